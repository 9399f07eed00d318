// Every Dutch text, one file per area. Dutch is the default language and names the keys.
// Short sentences, plain words (see PRODUCT.md). Loaded only by a page that shows Dutch.

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

export const messages = {
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
} as const;
