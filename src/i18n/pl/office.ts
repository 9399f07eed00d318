// The Polish texts of the coordinator's, the kiosk's and the report's pages and of the
// importer: loaded only by the pages that show them (ui/i18n.ts); index.ts has the rest.
import type { OfficeTexts } from '../messages.ts';
import { across } from './across.ts';
import { coordinator } from './coordinator.ts';
import { crossPay } from './crossPay.ts';
import { devices } from './devices.ts';
import { importing } from './importing.ts';
import { kiosk } from './kiosk.ts';
import { linkAccounts } from './linkAccounts.ts';
import { links } from './links.ts';
import { moving } from './moving.ts';
import { plans } from './plans.ts';
import { policy } from './policy.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { sharing } from './sharing.ts';
import { survey } from './survey.ts';
import { together } from './together.ts';
import { togetherReport } from './togetherReport.ts';

export const messages: OfficeTexts = {
  ...sharing,
  ...plans,
  ...together,
  ...survey,
  ...across,
  ...devices,
  ...moving,
  ...crossPay,
  ...coordinator,
  ...records,
  ...policy,
  ...importing,
  ...report,
  ...togetherReport,
  ...kiosk,
  ...links,
  ...linkAccounts,
};
