// The menu of a member's pages; the coordinator's page only for coordinators. "Mijn
// afspraken" carries the number of posts with news. On a laptop one row: the four pages of
// every day, "Samen" (the pages of doing things together, as tiles) and "Meer" (the rest).
// On a phone the first four as tabs, the fifth ("Meer") listing all the others.

import type { NavLink } from '../common/header/PageHeader.tsx';
import { t } from '../i18n.ts';

export type MemberPage =
  | 'board'
  | 'new'
  | 'hours'
  | 'appointments'
  | 'agenda'
  | 'profile'
  | 'settings'
  | 'coordinator'
  | 'more'
  | 'together'
  | 'thanks'
  | 'ideas'
  | 'plans'
  | 'survey';

/** The pages of doing things together: under "Samen" on a laptop, under "Meer" on a phone. */
const togetherPages: MemberPage[] = ['together', 'agenda', 'thanks', 'plans', 'ideas', 'survey'];
/** The pages a member opens now and then: under "Meer". */
const otherPages: MemberPage[] = ['more', 'profile', 'settings'];

/** The four pages of every day, first in both menus. */
function everyDay(current: MemberPage, unread: number): NavLink[] {
  return [
    { href: '/#/', label: t('nav.board'), current: current === 'board', pictogram: 'board' },
    { href: '/#/nieuw', label: t('nav.new'), current: current === 'new', pictogram: 'newPost' },
    {
      href: '/#/afspraken',
      label: t('me.navAppointments'),
      current: current === 'appointments',
      count: unread,
      pictogram: 'appointments',
    },
    { href: '/#/uren', label: t('nav.hours'), current: current === 'hours', pictogram: 'hours' },
  ];
}

/** The coordinator's page, for coordinators: beside the language on a laptop (PageHeader's `side`). */
export function coordinatorLink(current: MemberPage, coordinator: boolean): NavLink[] {
  if (!coordinator) return [];
  return [
    {
      href: '/coordinator/',
      label: t('nav.coordinator'),
      current: current === 'coordinator',
      pictogram: 'coordinator',
    },
  ];
}

/**
 * The top menu (a laptop, a wall): one row, its "Samen" and "Meer" leading to the rest. The
 * coordinator's page, of every day for them, is beside the language (a seventh link wrapped).
 */
export function memberLinks(current: MemberPage, unread = 0): NavLink[] {
  return [
    ...everyDay(current, unread),
    { href: '/#/samen', label: t('nav.together'), current: togetherPages.includes(current), pictogram: 'meegaan' },
    { href: '/#/meer', label: t('nav.more'), current: otherPages.includes(current), pictogram: 'more' },
  ];
}

/**
 * What "Samen" holds: Agenda, Bedankjes, Plannen, Ideeën (TogetherPage.tsx shows them as tiles),
 * and "Terugblik" while a look back is open that this member has not taken part in (together §6).
 */
export function togetherLinks(current: MemberPage, lookBack = false): NavLink[] {
  return [
    { href: '/#/agenda', label: t('together.agenda'), current: current === 'agenda', pictogram: 'appointments' },
    { href: '/#/bedankjes', label: t('sharing.thanks.nav'), current: current === 'thanks', pictogram: 'done' },
    { href: '/#/plannen', label: t('plans.nav'), current: current === 'plans', pictogram: 'hours' },
    { href: '/#/ideeen', label: t('sharing.ideas.nav'), current: current === 'ideas', pictogram: 'offer' },
    ...(lookBack
      ? [{ href: '/#/terugblik', label: t('survey.nav'), current: current === 'survey', pictogram: 'ask' as const }]
      : []),
  ];
}

/** What "Meer" lists (MorePage.tsx): on a phone the only way to them, so the together pages too. */
export function moreLinks(current: MemberPage, coordinator: boolean, lookBack = false): NavLink[] {
  return [
    ...togetherLinks(current, lookBack),
    { href: '/#/profiel', label: t('me.navProfile'), current: current === 'profile', pictogram: 'profile' },
    { href: '/#/instellingen', label: t('me.navSettings'), current: current === 'settings', pictogram: 'settings' },
    ...coordinatorLink(current, coordinator),
  ];
}

/** The phone's tab bar: at most five, the rarely used pages behind "Meer" (MorePage.tsx). */
export function memberTabs(current: MemberPage, unread = 0): NavLink[] {
  const more = current === 'coordinator' || togetherPages.includes(current) || otherPages.includes(current);
  return [...everyDay(current, unread), { href: '/#/meer', label: t('nav.more'), current: more, pictogram: 'more' }];
}
