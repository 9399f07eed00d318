// Arabic texts: a member moves house to a linked neighbourhood (protocol-links.md §5).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { moving as dutch } from '../nl/moving.ts';

export const moving: Translation<typeof dutch> = {
  'move.title': 'الانتقال إلى حي آخر',
  'move.intro': 'هل تنتقل إلى حي مرتبط بهذا الحي؟ يمكنك أن تأخذ ساعاتك معك.',
  'move.choose': 'إلى أي حي تنتقل؟',
  'move.what': 'ماذا يحدث؟',
  'move.hoursGo': 'ساعاتك تذهب معك: {hours}.',
  'move.historyStays': 'ما فعلته هنا يبقى محفوظًا هنا.',
  'move.bothAgree': 'يجب أن يوافق منسقك ومنسق {to} كلاهما.',
  'move.afterwards': 'بعد ذلك تصبح جارًا في {to}. لا يمكنك فعل أي شيء هنا بعد ذلك.',
  'move.confirm': 'نعم، أريد الانتقال إلى {to}',
  'move.asked': 'طلبت الانتقال إلى {to}. لم يوافق المنسقون بعد.',
  'move.done': 'انتقلت إلى {to}. ساعاتك ذهبت معك.',
  'move.open': 'إلى {to}',
  'move.waitKey': 'انتظر حتى يرسل {to} وصولك…',
  'move.thisDevice': 'تنتقل بهذا الهاتف أو الحاسوب. يمكنك ربط جهاز آخر من جديد في {to} بعد ذلك.',
  'move.otherDevice': 'دخولك إلى {to} موجود على الهاتف أو الحاسوب الذي طلبت منه الانتقال. تابع هناك.',
  'move.requestsTitle': 'جيران يريدون الانتقال',
  'move.requestRow': '{name} يريد الانتقال إلى {to}. الساعات التي تذهب: {hours}.',
  'move.agree': 'نعم، {name} ينتقل إلى {to}',
  'move.incomingTitle': 'جيران ينتقلون إلى هنا',
  'move.incomingRow': '{name} يأتي من {from}، مع {hours}.',
  'move.welcome': 'نعم، أهلًا {name}',
  'move.movedTitle': 'انتقلوا',
  'move.movedRow': '{name} انتقل إلى {to}. ما فعله {name} هنا يبقى محفوظًا.',
};
