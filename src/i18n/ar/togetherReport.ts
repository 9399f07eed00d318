// Arabic texts: activities and plans in the report for funders (docs/protocol-together.md §8).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { togetherReport as dutch } from '../nl/togetherReport.ts';

export const togetherReport: Translation<typeof dutch> = {
  'togetherReport.title': 'معًا: الأنشطة والخطط',
  'togetherReport.intro':
    'الأنشطة التي أقيمت، ومن شارك فيها، وما حصل عليه المنظمون؛ والخطط التي تم التصويت عليها، وما دُفع منها. تظهر الساعات فقط إذا حصل عليها 5 أشخاص على الأقل.',
  'togetherReport.csv': 'حفظ أرقام «معًا» (CSV)',
  'togetherReport.fileName': 'buurtruil-معا',
  'togetherReport.held': 'الأنشطة',
  'togetherReport.participants': 'الأشخاص الذين شاركوا',
  'togetherReport.organiserHours': 'ساعات للمنظمين',
  'togetherReport.accepted': 'خطط مقبولة',
  'togetherReport.rejected': 'خطط مرفوضة',
  'togetherReport.planHours': 'ساعات مدفوعة من الخطط',
  'togetherReport.plans': 'الخطط',
  'togetherReport.plansIntro': 'فقط الخطط التي ساهم فيها 5 أعضاء على الأقل أو حصلوا منها على ساعات.',
  'togetherReport.plan': 'اسم الخطة',
  'togetherReport.result': 'النتيجة',
  'togetherReport.planAccepted': 'مقبولة',
  'togetherReport.planRejected': 'مرفوضة',
  'togetherReport.planMembers': 'الأعضاء',
  'togetherReport.planPaid': 'الساعات المدفوعة',
};
