// Arabic texts: moving a timebank over from TimeOverflow.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { importing as dutch } from '../nl/importing.ts';

export const importing: Translation<typeof dutch> = {
  'import.title': 'الانتقال من TimeOverflow',
  'import.intro':
    'هل كان لدى حيّك بنك وقت في TimeOverflow؟ يمكنك نقل الجيران وأرصدتهم وعروضهم إلى هذه الشبكة الجديدة. هذا ممكن فقط ما دام لم ينضم جيران آخرون إلى الشبكة.',
  'import.membersFile': 'قائمة الأعضاء من TimeOverflow ‏(CSV)',
  'import.membersHint':
    'في TimeOverflow: التقارير، الأعضاء، CSV. البريد الإلكتروني والهاتف لا يُنقلان: يحفظ Buurtruil الاسم والحي فقط.',
  'import.offersFile': 'العروض من TimeOverflow ‏(CSV، يمكن أن يبقى فارغًا)',
  'import.look': 'عرض ما سيُنقل',
  'import.needMembers': 'يُرجى اختيار قائمة الأعضاء أولًا.',
  'import.summary': 'سيُنقل من الجيران: {members}، ومن العروض: {posts}. ومعهم معًا: {hours}.',
  'import.membersCaption': 'من سيُنقل',
  'import.opening': 'الرصيد',
  'import.problems': 'هذا لن يُنقل',
  'import.notices': 'هذا سيُنقل، مع تغيير صغير',
  'import.issueLine': '{file}، السطر {line}: {what}',
  'import.issue.unreadable': 'لا يمكن قراءة الملف ({value})',
  'import.issue.not-members-report': 'هذه ليست قائمة أعضاء من TimeOverflow',
  'import.issue.not-posts-report': 'هذه ليست قائمة عروض من TimeOverflow',
  'import.issue.too-few-fields': 'عدد الأعمدة قليل جدًا ({value})',
  'import.issue.missing-name': 'لا يوجد اسم (العضو {value})',
  'import.issue.name-too-long': 'الاسم طويل جدًا: {value}',
  'import.issue.duplicate-number': 'رقم العضو {value} موجود مرتين',
  'import.issue.bad-balance': 'الرصيد ليس رقمًا: {value}',
  'import.issue.balance-too-large': 'الرصيد كبير جدًا: {value}',
  'import.issue.missing-title': 'لا يوجد عنوان (العرض {value})',
  'import.issue.unknown-member': 'من شخص غير موجود في قائمة الأعضاء: {value}',
  'import.issue.balance-rounded': 'قُرّب الرصيد إلى دقائق كاملة (الثواني: {value})',
  'import.issue.area-shortened': 'اختُصر اسم الحي: {value}',
  'import.issue.title-shortened': 'اختُصر العنوان: {value}',
  'import.issue.category-guessed': 'نوع المساعدة مُخمَّن (كان: {value})',
  'import.consent': 'ما قيل للجيران',
  'import.consentHint': 'يُحفظ هذا مع كل جار يُنقل.',
  'import.consentDefault':
    'نُقل اسمك ورصيدك وعروضك من TimeOverflow إلى Buurtruil، بموافقتك. البريد الإلكتروني والهاتف لم يُنقلا.',
  'import.potNote': 'سيصبح رصيد صندوق الحي سالب {hours}: ومع كل الأرصدة يكون المجموع دائمًا صفرًا.',
  'import.run': 'نقل الجيران (العدد: {count})',
  'import.done': 'تم نقل الجيران ({members}) والعروض ({posts}).',
  'import.notNew': 'في هذه الشبكة جيران من قبل. النقل ممكن فقط إلى شبكة جديدة.',
  'import.claim':
    'يحصل الجيران المنقولون على ساعاتهم عندما يتقدّمون: ببطاقة العضوية، أو على هاتفهم الخاص، ثم ينقل المنسّق حسابهم.',
  'import.issue.tags-shortened': 'لم تتسع كل الكلمات المفتاحية: حُذف {value}',
};
