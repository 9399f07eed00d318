// The menu of a member's pages; the coordinator's page only for coordinators. "Mijn
// afspraken" carries the number of posts with news. On a phone the same pages as five tabs,
// the last ("Meer") holding the rest.

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
  | 'thanks'
  | 'ideas'
  | 'plans'
  | 'survey';

/** `lookBack`: a look back is open that this member has not taken part in (together §6). */
export function memberLinks(current: MemberPage, coordinator: boolean, unread = 0, lookBack = false): NavLink[] {
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
    // Activities: behind "Meer" on a phone (five tabs at most).
    { href: '/#/agenda', label: t('together.agenda'), current: current === 'agenda', pictogram: 'appointments' },
    { href: '/#/profiel', label: t('me.navProfile'), current: current === 'profile', pictogram: 'profile' },
    { href: '/#/instellingen', label: t('me.navSettings'), current: current === 'settings', pictogram: 'settings' },
    { href: '/#/bedankjes', label: t('sharing.thanks.nav'), current: current === 'thanks', pictogram: 'done' },
    { href: '/#/plannen', label: t('plans.nav'), current: current === 'plans', pictogram: 'hours' },
    { href: '/#/ideeen', label: t('sharing.ideas.nav'), current: current === 'ideas', pictogram: 'offer' },
    ...(lookBack
      ? [{ href: '/#/terugblik', label: t('survey.nav'), current: current === 'survey', pictogram: 'ask' as const }]
      : []),
    ...(coordinator
      ? [
          {
            href: '/coordinator/',
            label: t('nav.coordinator'),
            current: current === 'coordinator',
            pictogram: 'coordinator' as const,
          },
        ]
      : []),
  ];
}

/** The phone's tab bar: at most five, the rarely used pages behind "Meer" (MorePage.tsx). */
export function memberTabs(current: MemberPage, unread = 0): NavLink[] {
  const [board, post, appointments, hours] = memberLinks(current, false, unread);
  const more =
    current === 'more' ||
    current === 'agenda' ||
    current === 'profile' ||
    current === 'settings' ||
    current === 'coordinator' ||
    current === 'thanks' ||
    current === 'ideas' ||
    current === 'plans' ||
    current === 'survey';
  return [
    board as NavLink,
    post as NavLink,
    appointments as NavLink,
    hours as NavLink,
    { href: '/#/meer', label: t('nav.more'), current: more, pictogram: 'more' },
  ];
}
