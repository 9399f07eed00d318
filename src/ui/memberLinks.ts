// The menu of a member's pages; the coordinator's page only for coordinators.
import { t } from './i18n.ts';

export function memberLinks(current: 'board' | 'new' | 'hours' | 'coordinator', coordinator: boolean) {
  return [
    { href: '/#/', label: t('nav.board'), current: current === 'board' },
    { href: '/#/nieuw', label: t('nav.new'), current: current === 'new' },
    { href: '/#/uren', label: t('nav.hours'), current: current === 'hours' },
    ...(coordinator
      ? [{ href: '/coordinator/', label: t('nav.coordinator'), current: current === 'coordinator' }]
      : []),
  ];
}
