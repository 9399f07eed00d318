// Every Arabic text, one file per area (each typed by its Dutch file).
// Loaded only by a page that shows Arabic (written right to left: languages.ts says so, and the
// page then gets dir="rtl"). Translated from the Dutch, with the English as a check; Modern
// Standard Arabic in short sentences, as the many Arabic speakers from different countries share.
//
// Glossary: one Arabic word for each word of the product, used everywhere.
//   buurtgenoot, buur        جار (buren: الجيران)
//   buurt / buurtnetwerk     الحي / شبكة الحي
//   coördinator              المنسّق (coördinatoren: المنسّقون)
//   buurthuis                مركز الحي
//   buurtpot                 صندوق الحي (the pot: الصندوق)
//   prikbord                 لوحة الإعلانات; a post on it: إعلان
//   vraag / aanbod           طلب / عرض ("أطلب مساعدة" / "أعرض شيئًا")
//   aanvraag (to join)       طلب الانضمام
//   uren, uur                ساعات, ساعة (see hours.unit)
//   saldo                    الرصيد
//   welkomstcadeau           هدية الترحيب
//   huisregels               القواعد المشتركة
//   afspraken                مواعيدي ("Mijn afspraken")
//   ledenkaart / pincode     بطاقة العضوية / الرقم السري
//   kiosk                    شاشة مركز الحي (a bare كشك is a street stall)
//   herstelbestand           ملف الاستعادة; wachtwoord: كلمة المرور
//   apparaat                 جهاز
//   logboek                  السجلّ
//   op pauze                 متوقف مؤقتًا / استراحة
//   doorgeven (hours)        تسجيل الساعات
// Arabic says "you" differently to a man and a woman, and we never know which: buttons are
// verbal nouns ("إرسال", "حفظ"), choices speak as "I" ("أطلب مساعدة"), instructions use
// "يُرجى" or "يمكنك" with a noun, and only forms that read the same for both without vowel
// marks are used ("طلبك", "لديك"). A poster or a paper slip speaks to everyone in the plural
// ("امسحوا الرمز"). Sentences about a named neighbour avoid a verb that shows whether the name
// is a man's or a woman's: a label and a colon ("من {name}: ...", "وصل ردّ من {name}").
// Numbers: Arabic has six plural forms and the code chooses between two; a count stands after a
// label ("العدد: {count}"), and hours use ساعة for 1 and ساعات otherwise (right for 2 to 10,
// the usual amounts; "20 ساعات" is understood, though a grammar book would say "20 ساعة").
// These are the texts every page shows; the coordinator's, the kiosk's, the report's and the
// importer's are in office.ts, which only the pages that show them load (ui/i18n.ts).
import type { EverydayTexts } from '../messages.ts';
import { board } from './board.ts';
import { common } from './common.ts';
import { exchange } from './exchange.ts';
import { firstLoad } from './firstLoad.ts';
import { joining } from './joining.ts';
import { problems } from './problems.ts';
import { profile } from './profile.ts';

export const messages: EverydayTexts = {
  ...common,
  ...problems,
  ...board,
  ...exchange,
  ...joining,
  ...firstLoad,
  ...profile,
};
