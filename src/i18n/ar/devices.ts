// Arabic texts: another device, a lost device and the recovery file.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { devices as dutch } from '../nl/devices.ts';

export const devices: Translation<typeof dutch> = {
  'device.title': 'أجهزتي',
  'device.thisOne': 'هذا الجهاز',
  'device.unnamed': 'جهاز',
  'device.remove': 'إيقاف استخدام {label}',
  'device.removeHint':
    'هل سُرق جهاز أو ضاع؟ اذهب إذن إلى المنسق أيضًا. إلى أن ينقلك المنسق إلى جهاز جديد، يستطيع من معه الجهاز أن يدفع من ساعاتك.',
  'device.addButton': 'على جهاز آخر أيضًا',
  'device.addIntro':
    'يُرجى فتح Buurtruil على جهازك الآخر، واختيار "أشارك من قبل على جهاز آخر". سيُظهر ذلك الجهاز رمزًا. يُرجى كتابة هذا الرمز هنا.',
  'device.label': 'ما هذا الجهاز؟',
  'device.labelHint': 'مثلًا: لابتوب، تابلت. لا يرى هذا غيرك.',
  'device.defaultLabel': 'جهازي الآخر',
  'device.code': 'الرمز الظاهر على الجهاز الآخر',
  'device.codeHint': '8 رموز، مثلًا 7K3M-Q9XD. لا فرق بين الأحرف الكبيرة والصغيرة.',
  'device.connect': 'اتصال',
  'device.connecting': 'جارٍ الاتصال بالجهاز الآخر…',
  'device.adding': 'جارٍ إضافة الجهاز الآخر…',
  'device.added': 'تمّ. {label} يعمل الآن باسمك. ساعاتك ومواعيدك موجودة هناك أيضًا.',
  'device.newTitle': 'ربط هذا الجهاز',
  'device.newIntro':
    'هل لديك حساب من قبل على هاتفك أو على جهاز آخر؟ إذن يمكن إضافة هذا الجهاز أيضًا. سيحصل على مفتاح خاص به، وتبقى ساعاتك ومواعيدك لك.',
  'device.lostTitle': 'فقدان الجهاز',
  'device.lostIntro':
    'هل فقدت هاتفك أو كمبيوترك، أو مُسح كل شيء؟ يمكنك الذهاب إلى المنسّق، مثلًا في مركز الحي، وإظهار هذا الرمز. ينقل المنسّق ساعاتك ومواعيدك ورسائلك إلى هذا الجهاز. بعد ذلك لا يُحسب جهازك القديم.',
  'device.opening': 'جارٍ إنشاء رمز…',
  'device.showCodePair':
    'يُرجى كتابة هذا الرمز على جهازك الآخر، في الإعدادات، عند "على جهاز آخر أيضًا". أو مسح رمز QR بكاميرا ذلك الجهاز.',
  'device.showCodeLost': 'يُرجى إظهار هذا الرمز للمنسّق.',
  'device.qr': 'رمز QR يحمل الرمز {code}',
  'device.qrHint': 'يُرجى إبقاء هذه الصفحة مفتوحة حتى النهاية.',
  'device.waitingPair': 'جيد. بانتظار أن يرسل الجهاز الآخر كل شيء…',
  'device.waitingMove': 'جيد. بانتظار أن يؤكّد المنسّق النقل…',
  'device.alreadyMember': 'هذا الجهاز مشارك من قبل في شبكة حي.',
  'device.toBoard': 'إلى لوحة الإعلانات',
  'device.problem.unknownCode': 'لا يوجد جهاز بهذا الرمز. يُرجى التأكد من الرمز، ومن أن الشاشة الأخرى ما زالت مفتوحة.',
  'device.problem.unreachable': 'لا يوجد اتصال. هل الجهازان متصلان؟ يُرجى المحاولة مرة أخرى.',
  'device.problem.closed': 'انقطع الاتصال. يُرجى البدء من جديد.',
  'device.problem.refused':
    'أرسل الجهاز الآخر شيئًا لا علاقة له بالربط. يُرجى تحميل الصفحة من جديد على الجهازين، والبدء من جديد.',
  'device.problem.tampered':
    'مفتاح الجهاز الآخر لم يكن المفتاح الذي وعد به أولًا. ربما يتدخّل شخص ما بينكما. لم يُرسَل شيء. يُرجى البدء من جديد.',
  'device.moveTitle': 'شخص فقد كل شيء',
  'device.moveIntro':
    'فقد أحد الجيران هاتفه، أو مُسح كل شيء. يُرجى التحدّث معه أولًا، للتأكد من هويته. ثم يختار الجار على الجهاز الجديد "فقدتُ جهازي"، ويُكتب هنا الرمز الظاهر هناك.',
  'device.moveCode': 'الرمز الظاهر على الجهاز الجديد',
  'device.moveWho': 'من هذا الشخص؟',
  'device.moveChoose': 'اختيار جار',
  'device.moveReason': 'السبب؟ (يُكتب في السجلّ)',
  'device.moveReasonDefault': 'فُقد الهاتف، تم اللقاء في مركز الحي.',
  'device.moveConfirm': 'النقل إلى الجهاز الجديد',
  'device.moveHint': 'تبقى الساعات والمواعيد والرسائل ملكًا للجار. ما يكتبه الجهاز القديم بعد ذلك لا يُحسب.',
  'device.moving': 'جارٍ النقل…',
  'device.moved': 'تمّ. حساب {name} الآن على الجهاز الجديد.',
  'device.moveNoMember': 'يُرجى اختيار الشخص أولًا.',
  'recovery.title': 'حفظ مفتاحك بأمان',
  'recovery.intro':
    'يمكنك إنشاء ملف استعادة. إذا فقدت هذا الجهاز، يعيد هذا الملف مع كلمة المرور كل شيء على جهاز جديد: ساعاتك ومواعيدك ورسائلك.',
  'recovery.forkHint':
    'انتباه: يُستخدم ملف الاستعادة فقط عندما يكون جهازك القديم قد ضاع. إذا استُخدم الجهاز القديم والجهاز المستعاد كلاهما، يرى المنسّق تاريخًا مزدوجًا. هذا لا يكلّف أحدًا آخر شيئًا، لكنه مزعج. لاستخدام جهازين، يُرجى اختيار "على جهاز آخر أيضًا".',
  'recovery.make': 'إنشاء ملف استعادة',
  'recovery.making': 'لحظة…',
  'recovery.passphraseOnce':
    'هذه كلمة المرور الخاصة بك. تظهر مرة واحدة فقط. يُرجى كتابتها على ورقة أو طباعة الصفحة، وحفظها بعيدًا عن الملف.',
  'recovery.save': 'حفظ الملف',
  'recovery.print': 'طباعة الورقة',
  'recovery.sheetTitle': 'مفتاحي في Buurtruil',
  'recovery.sheetFor': 'الاسم: {name}، الشبكة: {network}.',
  'recovery.sheetDate': 'أُنشئ في {date}.',
  'recovery.sheetFile': 'اسم الملف: {file}',
  'recovery.sheetHow':
    'جهاز جديد؟ 1. فتح Buurtruil. 2. اختيار "لديّ ملف استعادة". 3. اختيار الملف وكتابة كلمة المرور المذكورة أعلاه.',
  'recovery.sheetKeep': 'يُرجى حفظ هذه الورقة كما يُحفظ المفتاح. من يملك الملف وكلمة المرور هذه يستطيع المشاركة باسمك.',
  'recovery.problem.notYet': 'هذا ممكن حالما يحمّل هذا الجهاز بيانات الحي. يُرجى المحاولة بعد قليل.',
  'recovery.restoreTitle': 'الاستعادة من ملف استعادة',
  'recovery.restoreIntro':
    'يُرجى اختيار ملف الاستعادة، وكتابة كلمة المرور الخاصة به. بعد ذلك يجلب هذا الجهاز كل شيء من الجيران.',
  'recovery.file': 'ملف الاستعادة',
  'recovery.passphrase': 'كلمة المرور',
  'recovery.passphraseHint': 'كما في الورقة: خمس مجموعات من أربعة رموز. لا فرق بين الأحرف الكبيرة والصغيرة.',
  'recovery.restore': 'استعادة',
  'recovery.opening': 'جارٍ فتح الملف. يستغرق ذلك لحظة…',
  'recovery.problem.noFile': 'يُرجى اختيار ملف الاستعادة أولًا.',
  'recovery.problem.passphrase': 'كلمة المرور لا تناسب هذا الملف. يُرجى التحقق منها مرة أخرى.',
  'recovery.problem.file': 'هذا ليس ملف استعادة من Buurtruil، أو أنه تالف.',
};
