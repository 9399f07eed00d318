// Arabic texts: the app name, the menu, the language switch, the connection, and a browser that cannot run the app.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { common as dutch } from '../nl/common.ts';

export const common: Translation<typeof dutch> = {
  'app.name': 'Buurtruil',
  'app.tagline': 'الجيران يساعد بعضهم بعضًا. كل ساعة لها القيمة نفسها.',
  'language.label': 'اللغة',
  'nav.label': 'القائمة الرئيسية',
  'nav.board': 'لوحة الإعلانات',
  'nav.new': 'أطلب أو أعرض',
  'nav.hours': 'ساعاتي',
  'nav.coordinator': 'المنسّق',
  'common.back': 'رجوع',
  'common.cancel': 'إلغاء',
  'common.loading': 'جارٍ التحميل…',
  'common.you': 'أنت',
  'common.someone': 'أحد الجيران',
  'common.brokenPage': 'لا يمكن عرض هذه الصفحة الآن. يمكنك تحميلها من جديد، ولن يضيع شيء.',
  'common.brokenCard': 'لا يمكن عرض هذا الجزء. كل شيء آخر يعمل بشكل عادي.',
  'status.label': 'الاتصال',
  'status.offline': 'لا يوجد اتصال. عملك محفوظ، وسيُشارَك لاحقًا.',
  'status.alone': 'تم الاتصال. لا يوجد جيران متصلون الآن؛ سيُشارَك عملك حين يتصل أحدهم.',
  'status.peers': 'عدد الجيران المتصلين: {count}.',
  'integrity.refused': 'وصل شيء غير صحيح (عدد الرسائل: {count})، مثل شيء مزوّر. لم يُقبَل. لم يضِع شيء.',
  'integrity.storageFull':
    'هذا الجهاز ممتلئ. ما يكتبه الجيران يصل، لكن لا يمكن حفظه هنا الآن. يُرجى إفراغ بعض المساحة، ولن يضيع شيء.',
  'integrity.restored': 'حاول أحدهم حذف رسائل أو تغييرها (عدد الرسائل: {count}). أُعيدت كما كانت.',
  'browser.title': 'لا يمكن تشغيل Buurtruil هنا',
  'browser.insecure':
    'لم تُفتح هذه الصفحة بطريقة آمنة (العنوان يبدأ بـ http:// وليس بـ https://)، ولذلك لا يسمح المتصفح بعمل Buurtruil.',
  'browser.insecure.todo': 'يُرجى فتح العنوان الذي يبدأ بـ https://. هل الأمر غير واضح؟ يمكنك سؤال المنسّق.',
  'browser.no-crypto': 'ينقص هذا المتصفحَ الحمايةُ التي يحتاجها Buurtruil؛ ربما هو قديم جدًا.',
  'browser.no-crypto.todo':
    'يُرجى تحديث المتصفح أو استخدام متصفح آخر، مثل Chrome أو Firefox أو Safari. لم ينجح ذلك؟ يمكنك سؤال المنسّق.',
  'browser.no-storage': 'لا يستطيع هذا المتصفح حفظ أي شيء على هذا الجهاز، أما Buurtruil فيحفظ كل شيء على جهازك أنت.',
  'browser.no-storage.todo': 'يُرجى استخدام متصفح آخر، مثل Chrome أو Firefox أو Safari. لم ينجح ذلك؟ يمكنك سؤال المنسّق.',
  'browser.storage-refused': 'هذا المتصفح يرفض حفظ أي شيء، مثلًا لأن هذه نافذة خاصة (تصفّح متخفٍّ).',
  'browser.storage-refused.todo': 'يُرجى فتح Buurtruil في نافذة عادية. لم ينجح ذلك؟ يمكنك سؤال المنسّق.',
  'browser.no-webrtc': 'لا يستطيع هذا المتصفح الاتصال مباشرة بأجهزة الجيران (WebRTC مُطفأ).',
  'browser.no-webrtc.todo': 'يُرجى تشغيل WebRTC أو استخدام متصفح آخر. لم ينجح ذلك؟ يمكنك سؤال المنسّق.',
  'browser.noscript': 'لا يعمل Buurtruil إلا عندما يكون JavaScript مُشغَّلًا. يُرجى تشغيله، أو طلب المساعدة من المنسّق.',
};
