// Every English text, one file per area (each typed by its Dutch file).
// Loaded only by a page that shows English.
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
