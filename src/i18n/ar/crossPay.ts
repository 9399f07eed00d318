// Arabic texts: a member pays hours to a member of a linked neighbourhood (protocol-links.md §4).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { crossPay as dutch } from '../nl/crossPay.ts';

export const crossPay: Translation<typeof dutch> = {
  'crossPay.title': 'ادفع ساعات لشخص من حيّ آخر',
  'crossPay.intro': 'هل ساعدك شخص من حيّ مرتبط؟ ادفع الساعات هنا.',
  'crossPay.payTo': 'ادفع ساعات إلى {name} في {buurt}',
  'crossPay.send': 'ادفع',
  'crossPay.cancel': 'ليس الآن',
  'crossPay.sent': 'أُرسلت الساعات. الآن ننتظر الحيّين: تُحسب الساعات عندما يرى حيّك و{buurt} الدفعة.',
  'crossPay.overLinkLimit': 'وصلتم إلى الحدّ مع {buurt}: ذهبت ساعات أكثر مما عاد. اسأل المنسّق.',
  'crossPay.ended': 'توقّف الربط مع {buurt}. لا يمكنك بعد الآن دفع ساعات لهذا الحيّ.',
  'crossPay.notOpen': 'الربط مع {buurt} لا يعمل بعد. حاول مرة أخرى لاحقًا.',
  'crossPay.waiting': 'بانتظار الحيّين',
  'crossPay.to': 'إلى {name} في {buurt}',
  'crossPay.from': 'من {name} في {buurt}',
  'crossPay.toSomeone': 'إلى شخص في {buurt}',
  'crossPay.fromSomeone': 'من شخص في {buurt}',
};
