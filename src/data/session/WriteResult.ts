// What became of a write: the entry, or the one problem that stopped it. Each problem is
// one situation with its own plain line (src/i18n, mapped in src/ui/app/problemText.ts).
import type { FieldProblem } from '../../core/entry/checkBody.ts';
import type { SignedEntry } from '../../core/entry/Entry.ts';
import type { Rejection } from '../../core/state/Rejection.ts';

/** Situations in which this device cannot do it now; none is a broken rule. */
export type SessionProblem =
  /** The page closed this network. */
  | 'session-closed'
  /** This device holds no member room: not admitted (yet). */
  | 'no-member-room'
  /** The post is not (yet) on this device. */
  | 'unknown-post'
  /** The activity is not (yet) on this device. */
  | 'unknown-activity'
  /** The plan is not (yet) on this device. */
  | 'unknown-plan'
  /** A pledge would take this member past the network's credit limit: this device does not write it. */
  | 'over-limit'
  /** The proposal of hours is not (yet) on this device. */
  | 'unknown-proposal'
  /** The join request is not in the lobby (any more). */
  | 'unknown-join'
  /** The lobby is not open on this device. */
  | 'no-lobby'
  /** This device cannot open the member room's current key, so it cannot pass it on. */
  | 'no-room-key'
  /** The lobby has not shown the network yet: the join request waits until it does. */
  | 'lobby-not-ready'
  /** There is no join request to send: no details were given. */
  | 'no-join-details'
  /** A join request is waiting for an answer already. */
  | 'already-asked'
  /** The lobby shows this device admitted already. */
  | 'already-admitted'
  /** An earlier request was declined; a new one goes only when the person sends it. */
  | 'declined-before'
  /** Done already, on another screen (another tab wrote it first). */
  | 'not-needed'
  /** Restored from a recovery file: this device waits until its own earlier entries are back from peers. */
  | 'catching-up';

export type WriteResult =
  | { ok: true; entry: SignedEntry; id: string }
  | { ok: false; problem: 'field'; field: FieldProblem }
  | { ok: false; problem: 'rule'; rule: Rejection }
  | { ok: false; problem: 'storage-full' }
  | { ok: false; problem: SessionProblem };

export type WriteProblem = Exclude<WriteResult, { ok: true }>;

export function failed(problem: SessionProblem): WriteProblem {
  return { ok: false, problem };
}
