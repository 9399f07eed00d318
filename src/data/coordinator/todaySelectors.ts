// What waits for the coordinator today, counted: the first page ("Vandaag") and the
// badges in the coordinator's menu read these, so both always say the same numbers.
import type { SessionView } from '../session/SessionView.ts';
import { flagLines } from './coordinatorSelectors.ts';
import { outreachLines } from './outreachSelectors.ts';
import { signalsToRead } from './signalSelectors.ts';

export interface TodaySummary {
  /** Join requests waiting in the lobby. */
  requests: number;
  /** Things worth a look (src/core/state/flags.ts), without the requests "via de coördinator". */
  flags: number;
  /** Requests members asked "via de coördinator". */
  viaCoordinator: number;
  /** Private words from members ("Dit wordt me te veel"). */
  signals: number;
  /** People the coordinator might reach out to. */
  outreach: number;
  /** Everything above together: nothing waits when it is 0. */
  total: number;
}

export function todaySummary(view: SessionView, now = Date.now()): TodaySummary {
  const flags = flagLines(view, now);
  const viaCoordinator = flags.filter((flag) => flag.kind === 'via-coordinator').length;
  const counts = {
    requests: view.lobbyView?.pending.length ?? 0,
    flags: flags.length - viaCoordinator,
    viaCoordinator,
    signals: signalsToRead(view).length,
    outreach: outreachLines(view, now).length,
  };
  return {
    ...counts,
    total: counts.requests + counts.flags + counts.viaCoordinator + counts.signals + counts.outreach,
  };
}

/** The count a section's menu entry shows (0: no badge), by the section's id. */
export function waitingIn(summary: TodaySummary, section: string): number {
  switch (section) {
    case 'today':
      return summary.total;
    case 'requests':
      return summary.requests;
    case 'flags':
      return summary.flags + summary.viaCoordinator;
    case 'signals':
      return summary.signals;
    case 'outreach':
      return summary.outreach;
    default:
      return 0;
  }
}
