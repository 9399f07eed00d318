// Arabic texts: a coordinator links this neighbourhood with another one (protocol-links.md §1).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { links as dutch } from '../nl/links.ts';

export const links: Translation<typeof dutch> = {
  'links.section': 'ربط حي آخر',
  'links.intro':
    'اربط حيّكم بحيّ آخر. عندها يستطيع جيران الحيّين مساعدة بعضهم. افعل ذلك مع منسّق الحي الآخر: على الهاتف أو جنبًا إلى جنب.',
  'links.termsTitle': 'على ماذا تتفقون؟',
  'links.categories': 'ما أنواع المساعدة التي تتشاركونها؟',
  'links.categoriesHint': 'لا تختر شيئًا لمشاركة كل شيء. اختاروا الشيء نفسه على الشاشتين.',
  'links.limit': 'كم ساعة يمكن أن تذهب في اتجاه واحد أكثر مما يعود؟',
  'links.limitHint': 'بين 1 و1000 ساعة. اختاروا الشيء نفسه على الشاشتين.',
  'links.limitProblem': 'اختر عدد ساعات بين 1 و1000.',
  'links.meetTitle': 'الاتصال بالمنسّق الآخر',
  'links.showCode': 'سأعرض رمزًا',
  'links.code': 'أو اكتب رمز المنسّق الآخر',
  'links.connect': 'اتصال',
  'links.connecting': 'جارٍ الاتصال بالحي الآخر…',
  'links.yourCode': 'اقرأ هذا الرمز للمنسّق الآخر. يكتبه عند "ربط حي آخر".',
  'links.yourCodeLabel': 'رمزك: {code}',
  'links.checkAloud': 'اقرؤوا الأرقام الستة لبعضكم.',
  'links.waiting': 'بانتظار الحي الآخر…',
  'links.compareTitle': 'هل هذا ما اتفقتم عليه؟',
  'links.compareHint': 'هل تظهر الشاشتان الشيء نفسه؟ إذن أكّدا كلاكما.',
  'links.termsCaption': 'اتفاق الحيّين',
  'links.termCategories': 'أنواع المساعدة',
  'links.termLimit': 'الحد',
  'links.termSince': 'من',
  'links.allCategories': 'الكل',
  'links.confirm': 'نعم، اربط مع {name}',
  'links.decline': 'لا، لا تربط',
  'links.writing': 'جارٍ حفظ الربط…',
  'links.done': 'تم. حيّكم مرتبط الآن مع {name}.',
  'links.doneNext': 'يعمل الربط عندما يؤكّد منسّق {name} أيضًا.',
  'links.listTitle': 'الأحياء المرتبطة',
  'links.none': 'لا توجد أحياء مرتبطة بعد.',
  'links.statusOpen': 'الربط يعمل.',
  'links.statusWaiting': 'بانتظار أن يصل الربط إلى الحي الآخر أيضًا.',
  'links.problem.otherTerms':
    'الاتفاق على الشاشتين ليس نفسه. لم يُربط شيء. اختاروا معًا أنواع المساعدة نفسها والحد نفسه، وابدؤوا من جديد.',
  'links.problem.badOffer': 'أرسل الحي الآخر شيئًا غير صحيح. لم يُربط شيء. ابدأ من جديد.',
  'links.problem.sameNetwork': 'هذا حيّكم أنتم. اربط مع منسّق حي آخر. لم يُربط شيء.',
  'links.problem.notCoordinator': 'المنسّق فقط يستطيع ربط حي.',
  'links.problem.declined': 'لم تربط. لم يُحفظ شيء.',
  'links.problem.failed': 'لم ينجح الربط. لم يُحفظ شيء. ابدأ من جديد.',
};
