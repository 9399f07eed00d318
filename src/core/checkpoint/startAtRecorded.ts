// Where a device starts at its next opening (docs/protocol.md §4.8): from the checkpoint its
// record keeps — one it checked, or one a device of its own member checked and handed it at
// pairing — read from the pages kept beside its view, judging only what came after its
// frontier. Decided when the ledger first derives, once the verified copy is in: if the
// pages are not there or do not read, the device derives from the beginning, as before it
// had a checkpoint. F need not be held: a phone keeps the parts after it (§7.1).
import { idFromText } from '../encoding/base64url.ts';
import { emptyState } from '../state/emptyState.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import { runToEnd, type Steps } from '../state/steps.ts';
import { frontierWithKeptBelow } from './belowTips.ts';
import { documentOf, type PageLookup } from './CheckpointBook.ts';
import { recalledVerdictInSteps } from './checkCheckpoint.ts';
import { stateFromCheckpoint } from './stateFromCheckpoint.ts';

/**
 * A derivation's `start` from a checkpoint this device took before (or its member's device
 * handed it) whose pages are here now: null when they do not read. A device that holds none
 * of F — a new device in the part after it (§7.1) — starts so, before it sees the checkpoint
 * entry counted: who signed it is in F.
 */
export function startAtSummary(
  networkId: EntryIdText,
  summaryText: string,
  lookup: PageLookup,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
): (() => NetworkState) | null {
  return runToEnd(startAtSummaryInSteps(networkId, summaryText, lookup, held));
}

/** startAtSummary, yielding every few entries of F (a device that was there all along holds all of it). */
function* startAtSummaryInSteps(
  networkId: EntryIdText,
  summaryText: string,
  lookup: PageLookup,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
): Steps<(() => NetworkState) | null> {
  const summary = idFromText(summaryText);
  const body = { part: 0, after: null, summary, seen: [] };
  const verdict = yield* recalledVerdictInSteps(body, documentOf(summary, lookup), held);
  if (verdict?.kind !== 'true') return null;
  // The carried entries by their ids, not found among every entry held.
  const carried = verdict.sections.carried.flatMap((record) => held.get(record.key) ?? []);
  return stateFromCheckpoint(
    networkId,
    verdict.sections,
    carried,
    yield* frontierWithKeptBelow(verdict, held),
    verdict.until,
  );
}

/**
 * A derivation's `start`: the recorded checkpoint's state when it can be read, else the empty
 * state. Read in the derivation's steps: at four years, finding F among every entry a device
 * that was there all along holds was one task of 300 ms at each opening.
 */
export function startAtRecorded(
  networkId: EntryIdText,
  summaryText: string,
  lookup: PageLookup,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
): () => Steps<NetworkState> {
  // Once read, F is what its tips name: the same at every later derivation.
  let start: (() => NetworkState) | null = null;
  return function* () {
    start ??= yield* startAtSummaryInSteps(networkId, summaryText, lookup, held);
    return start ? start() : emptyState(networkId);
  };
}
