// Turkish texts: activities and plans in the report for funders (docs/protocol-together.md §8).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { togetherReport as dutch } from '../nl/togetherReport.ts';

export const togetherReport: Translation<typeof dutch> = {
  'togetherReport.title': 'Birlikte: etkinlikler ve planlar',
  'togetherReport.intro':
    'Yapılan etkinlikler, kimlerin katıldığı ve düzenleyicilerin ne aldığı; oylanan planlar ve onlardan ne ödendiği. Saatler yalnızca en az 5 kişi aldıysa gösterilir.',
  'togetherReport.csv': 'Birlikte rakamlarını kaydet (CSV)',
  'togetherReport.fileName': 'buurtruil-birlikte',
  'togetherReport.held': 'Etkinlikler',
  'togetherReport.participants': 'Katılan kişiler',
  'togetherReport.organiserHours': 'Düzenleyicilere saatler',
  'togetherReport.accepted': 'Kabul edilen planlar',
  'togetherReport.rejected': 'Reddedilen planlar',
  'togetherReport.planHours': 'Planlardan ödenen saatler',
  'togetherReport.plans': 'Planlar',
  'togetherReport.plansIntro': 'Yalnızca en az 5 üyenin katkı verdiği veya ödeme aldığı planlar.',
  'togetherReport.plan': 'Planın adı',
  'togetherReport.result': 'Sonuç',
  'togetherReport.planAccepted': 'Kabul edildi',
  'togetherReport.planRejected': 'Reddedildi',
  'togetherReport.planMembers': 'Üyeler',
  'togetherReport.planPaid': 'Ödenen saatler',
};
