// A derivation's `start` from a checkpoint this device found true (docs/protocol.md §4.8),
// when the ledger is derived anew across it (CheckpointBook.derivation). From a partial
// verdict — F not all here, a phone that let go of it (§7.1) — the held entries below the
// tips count as F (belowTips.ts), as at opening (startAtRecorded.ts): the rows made of
// them stay in the view at a reconcile.
import type { EntryIdText, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import type { Steps } from '../state/steps.ts';
import { frontierWithKeptBelow } from './belowTips.ts';
import type { CheckpointVerdict } from './checkCheckpoint.ts';
import { stateFromCheckpoint } from './stateFromCheckpoint.ts';

/** Null if the carried genesis is missing (stateFromCheckpoint); F's ids are read at the first call. */
export function startFromVerdict(
  networkId: EntryIdText,
  verdict: CheckpointVerdict & { kind: 'true' },
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
): (() => Steps<NetworkState>) | null {
  // The carried entries by their ids, not found among every entry held.
  const carried = verdict.sections.carried.flatMap((record) => held.get(record.key) ?? []);
  const made = stateFromCheckpoint(networkId, verdict.sections, carried, verdict.frontier, verdict.until);
  if (!made) return null;
  let withBelow = verdict.partial ? null : made;
  return function* () {
    if (!withBelow) {
      const frontier = yield* frontierWithKeptBelow(verdict, held);
      withBelow = stateFromCheckpoint(networkId, verdict.sections, carried, frontier, verdict.until) ?? made;
    }
    return withBelow();
  };
}
