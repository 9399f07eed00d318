// Every Dutch text, one file per area. Dutch is the default language and names the keys.
// Short sentences, plain words (see PRODUCT.md). Loaded only by a page that shows Dutch.
// These are the texts every page shows; the coordinator's, the kiosk's, the report's and the
// importer's are in office.ts, which only the pages that show them load (ui/i18n.ts).

import { across } from './across.ts';
import { board } from './board.ts';
import { common } from './common.ts';
import { crossPay } from './crossPay.ts';
import { devices } from './devices.ts';
import { exchange } from './exchange.ts';
import { joining } from './joining.ts';
import { moving } from './moving.ts';
import { plans } from './plans.ts';
import { problems } from './problems.ts';
import { profile } from './profile.ts';
import { sharing } from './sharing.ts';
import { survey } from './survey.ts';
import { together } from './together.ts';

export const messages = {
  ...common,
  ...problems,
  ...board,
  ...exchange,
  ...joining,
  ...profile,
  ...moving,
  ...devices,
  ...sharing,
  ...survey,
  ...together,
  ...plans,
  ...crossPay,
  ...across,
} as const;
