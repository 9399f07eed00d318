// Arabic texts: posts and messages across a link with another neighbourhood (protocol-links.md §3).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { across as dutch } from '../nl/across.ts';

export const across: Translation<typeof dutch> = {
  'across.shareLegend': 'هل تريد عرضه أيضًا في حي مرتبط؟',
  'across.shareIn': 'اعرضه أيضًا في {place}',
  'across.shareHint': 'سيرى الجيران هناك إعلانك واسمك، ويمكنهم أن يرسلوا لك رسالة.',
  'across.notInTerms': '{place}: غير ممكن. {category} ليس ضمن الاتفاق مع ذلك الحي.',
  'across.shared': 'معروض أيضًا في {place}. إذا أزلت هذا الإعلان، يختفي من هناك أيضًا.',
  'across.from': 'هذا الإعلان من {place}، وهو حي مرتبط بحيكم.',
  'across.someoneFrom': 'جار من {place}',
  'across.title': 'محادثة مع {name} من {place}',
  'across.titleSomeone': 'محادثة مع جار من {place}',
  'across.fieldSomeone': 'اكتب إلى هذا الجار من {place}',
  'across.private': 'أنتما الاثنان فقط تستطيعان قراءة هذا. يمر عبر أجهزة المنسقين، لذلك قد يتأخر الرد قليلًا.',
  'across.field': 'اكتب إلى {name} من {place}',
  'across.send': 'إرسال',
  'across.sent': 'تم الإرسال.',
  'across.responses': 'ردود من أحياء أخرى',
  'across.conversations': 'محادثات مع أحياء أخرى',
  'across.about': 'بخصوص: {title}',
};
