// Every Polish text, one file per area (each typed by its Dutch file).
// Loaded only by a page that shows Polish. Translated from the Dutch, with the English as a check.
//
// Glossary: one Polish word for each word of the product, used everywhere.
//   buurtgenoot, buur        sąsiad (buren: sąsiedzi)
//   buurt / buurtnetwerk     okolica / sieć sąsiedzka
//   coördinator              koordynator
//   buurthuis                dom sąsiedzki
//   buurtpot                 wspólna skarbonka (skarbonka)
//   prikbord                 tablica ogłoszeń
//   vraag / aanbod           prośba / oferta (poprosić o pomoc / zaoferować)
//   uren, uur                godziny; after a number always "godz." (see hours.unit)
//   saldo                    saldo
//   welkomstcadeau           prezent na powitanie
//   huisregels               zasady
//   afspraken                sprawy ("Moje sprawy")
//   ledenkaart / pincode     karta członkowska / PIN
//   kiosk                    infokiosk (a bare "kiosk" is a newsstand in Polish)
//   herstelbestand           plik odzyskiwania; wachtwoord: hasło
//   apparaat                 urządzenie
//   logboek                  dziennik
//   op pauze                 przerwa ("ma przerwę")
// We address the reader as "ty", as the Dutch "je". Polish past tenses and adjectives show
// whether a man or a woman is meant, and we never know: texts use the present tense,
// impersonal forms ("wysłano", "zapisane") or nouns. A name stays in the nominative (Polish
// would decline it): "Od: {name}", "sieć {name}", "{name} pisze".
// Numbers: Polish has three plural forms (1 godzina, 2 godziny, 5 godzin) and the code
// chooses between two; a count is put after a label ("Oferty: {posts}"), or the form is one
// that fits every number ("z 2 sąsiadami", "z 5 sąsiadami"; "2 razy", "5 razy").
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
