// Every Ukrainian text, one file per area (each typed by its Dutch file).
// Loaded only by a page that shows Ukrainian. Translated from the Dutch, with the English as a check.
//
// Glossary: one Ukrainian word for each word of the product, used everywhere.
//   buurtgenoot, buur        сусід (buren: сусіди)
//   buurt / buurtnetwerk     район / сусідська мережа
//   coördinator              координатор
//   buurthuis                сусідський центр
//   buurtpot                 спільна скарбничка (скарбничка)
//   prikbord                 дошка оголошень; a post on it: оголошення
//   vraag / aanbod           прохання / пропозиція (попросити / запропонувати)
//   aanvraag (to join)       заявка
//   uren, uur                години; after a number always "год" (see hours.unit)
//   saldo                    баланс
//   welkomstcadeau           вітальний подарунок
//   huisregels               правила
//   afspraken                справи ("Мої справи")
//   ledenkaart / pincode     картка учасника / PIN-код
//   kiosk                    інфокіоск (a bare "кіоск" is a newsstand)
//   herstelbestand           файл відновлення; wachtwoord: пароль
//   apparaat                 пристрій
//   logboek                  журнал
//   op pauze                 пауза ("на паузі")
//   doorgeven (hours)        записати години; bijschrijven: зарахувати
// We address the reader as "ви": polite, as Ukrainian apps and an older neighbour expect, and
// its past tense ("ви отримали") does not show whether a man or a woman is meant. Other past
// tenses do, and we never know: texts use the present tense, impersonal forms ("надіслано",
// "збережено") or nouns. A name stays in the nominative (Ukrainian would decline it): after a
// label ("Від: {name}", "Кому: {name}"), or a network's name in quotes after "мережа"
// ("до мережі «{name}»").
// Numbers: Ukrainian has three plural forms (1 година, 2 години, 5 годин) and the code chooses
// between two, as in Polish (pl/): a count is put after a label ("Заявки відкладено: {count}"),
// or the form is one that fits every number ("із 2 сусідами", "із 5 сусідами"; "год").
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
