// Every English text, one file per area (each typed by its Dutch file).
// Loaded only by a page that shows English.
import type { Catalogue } from '../messages.ts';
import { board } from './board.ts';
import { common } from './common.ts';
import { coordinator } from './coordinator.ts';
import { devices } from './devices.ts';
import { exchange } from './exchange.ts';
import { importing } from './importing.ts';
import { joining } from './joining.ts';
import { kiosk } from './kiosk.ts';
import { problems } from './problems.ts';
import { profile } from './profile.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { sharing } from './sharing.ts';
import { together } from './together.ts';

export const messages: Catalogue = {
  ...common,
  ...problems,
  ...board,
  ...exchange,
  ...joining,
  ...profile,
  ...devices,
  ...coordinator,
  ...records,
  ...importing,
  ...report,
  ...kiosk,
  ...sharing,
  ...together,
};
