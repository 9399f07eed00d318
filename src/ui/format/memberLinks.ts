// The menu of a member's pages; the coordinator's page only for coordinators. "Mijn
// afspraken" carries the number of posts with news.

import type { NavLink } from '../common/PageHeader.tsx';
import { t } from '../i18n.ts';

export type MemberPage = 'board' | 'new' | 'hours' | 'appointments' | 'profile' | 'settings' | 'coordinator';

export function memberLinks(current: MemberPage, coordinator: boolean, unread = 0): NavLink[] {
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
    { href: '/#/profiel', label: t('me.navProfile'), current: current === 'profile', pictogram: 'profile' },
    { href: '/#/instellingen', label: t('me.navSettings'), current: current === 'settings', pictogram: 'settings' },
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
