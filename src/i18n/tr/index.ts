// Every Turkish text, one file per area (each typed by its Dutch file).
// Loaded only by a page that shows Turkish. Translated from the Dutch, with the English as a check.
//
// Glossary: one Turkish word for each word of the product, used everywhere.
//   buurtgenoot, buur        komşu (buren: komşular)
//   buurt / buurtnetwerk     mahalle / mahalle ağı
//   coördinator              koordinatör
//   buurthuis                mahalle merkezi
//   buurtpot                 mahalle kumbarası (kumbara)
//   prikbord                 ilan panosu
//   vraag / aanbod           istek / teklif (yardım istemek / bir şey sunmak)
//   uren, uur                saat ("2 saat": after a number a Turkish noun has no plural)
//   saldo                    bakiye
//   welkomstcadeau           hoş geldin hediyesi
//   huisregels               ortak kurallar
//   afspraken                randevular
//   ledenkaart / pincode     üye kartı / PIN kodu
//   kiosk                    kiosk (suffixes: kioska, kiosku, kioskun)
//   herstelbestand           kurtarma dosyası; wachtwoord: şifre
//   apparaat                 cihaz
//   logboek                  kayıt defteri
//   op pauze                 ara vermek / ara verildi
// We address the reader as "siz": polite and warm, as a Turkish neighbour would speak to an
// older person. A {placeholder} never takes a suffix (Turkish suffixes follow the sound of the
// word before them, which a name filled in later does not tell): "{name} ile", "{name} için",
// "{name} ağına", or a label and a colon ("Gönderen: {name}").
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
