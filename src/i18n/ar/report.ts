// Arabic texts: the monthly report without names.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { report as dutch } from '../nl/report.ts';

export const report: Translation<typeof dutch> = {
  'report.title': 'تقرير: ماذا تفعل الشبكة؟',
  'report.noNetwork': 'هذا الجهاز لا ينتمي إلى شبكة حي بعد.',
  'report.intro': 'أرقام {name}، لكل شهر، أُعدّت في {date}.',
  'report.privacy':
    'بدون أسماء وبدون أرقام لكل شخص. الأعداد الصغيرة (أقل من 5) تظهر هكذا: "< 5"، حتى لا يمكن التعرّف على أحد. الأعداد الأكبر والساعات مقرّبة إلى مضاعفات 5.',
  'report.print': 'طباعة',
  'report.csv': 'حفظ الأرقام (CSV)',
  'report.fileName': 'buurtruil-تقرير',
  'report.empty': 'لا توجد أرقام بعد.',
  'report.month': 'الشهر',
  'report.members': 'الأعضاء',
  'report.activeMembers': 'الأعضاء النشطون',
  'report.newMembers': 'الأعضاء الجدد',
  'report.exchanges': 'مرات المساعدة',
  'report.hours': 'الساعات',
  'report.reciprocal': 'أعضاء قدّموا وتلقّوا',
  'report.categories': 'أنواع المساعدة في {month}',
  'report.category': 'نوع المساعدة',
  'report.other': 'أخرى',
  'report.few': '< 5',
  'report.hidden': 'مخفي',
  'report.closedOnly': 'تُضاف أرقام الشهر الجاري عندما يُغلق الشهر: بعد أسبوع من انتهائه، حتى يُحسب ما يصل متأخرًا أيضًا.',
  'report.stories': 'قصص من الحي',
  'report.storyWith': 'مع {names}',
  'report.storiesIntro': 'قصص وافق عليها كل من فيها.',
};
