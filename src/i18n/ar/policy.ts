// Arabic texts: the network's agreements (the `policy` entry), on the coordinator's settings page.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { policy as dutch } from '../nl/policy.ts';

export const policy: Translation<typeof dutch> = {
  'policy.title': 'اتفاقات الشبكة',
  'policy.intro': 'تسري هذه الاتفاقات على الجميع من لحظة حفظها. الخطة التي عُدّت أصواتها تبقى كما هي.',
  'policy.voteShare': 'كم بالمئة من أصوات «نعم» تحتاج الخطة؟',
  'policy.voteShareHint': 'تُنفَّذ الخطة إذا كانت أكثر من هذه النسبة من الأصوات «نعم». اختر من 50 إلى 99.',
  'policy.voteQuorum': 'كم بالمئة من الأعضاء يجب أن يصوّتوا؟',
  'policy.voteQuorumHint': 'إذا صوّت عدد أقل من الأعضاء، لا تُنفَّذ الخطة. اختر من 0 إلى 100.',
  'policy.shareAcross': 'يمكن للجيران عرض إعلاناتهم أيضًا في الأحياء المرتبطة',
  'policy.shareAcrossHint': 'إذا أوقفت هذا، لا يستطيع أحد مشاركة إعلانات جديدة. ما تمت مشاركته يبقى هناك.',
  'policy.activityPay': 'من يدفع لمنظِّم النشاط؟',
  'policy.activityPayHint': 'يكون هذا مختارًا مسبقًا عندما ينشئ أحد نشاطًا. ويمكنه اختيار شيء آخر.',
  'policy.save': 'حفظ الاتفاقات',
  'policy.saved': 'تم الحفظ. الاتفاقات الجديدة سارية من الآن.',
  'policy.wholeNumber': 'أدخل عددًا صحيحًا من {min} إلى {max}.',
  'audit.act.policy': 'تم تغيير الاتفاقات',
};
