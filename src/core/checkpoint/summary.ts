// Building a checkpoint's summary (docs/protocol.md §4.8): the frontier of the entries held,
// derived alone, written out as records and pages. A pure function of the set of entries:
// two devices that hold the same entries, in any order and however often, build the same
// bytes, so a second signer can countersign and any device can check.
import { idFromText } from '../encoding/base64url.ts';
import type { ForeignEntry } from '../links/LinkState.ts';
import { deriveStateInSteps } from '../state/deriveState.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import { runToEnd, type Steps } from '../state/steps.ts';
import { checkpointFrontierInSteps } from './frontier.ts';
import { type Paged, paginateInSteps } from './pages.ts';
import { carriedIds, recordsOf, type Sections } from './records.ts';

export interface CheckpointHeader {
  part: number;
  /** The summary hash of the counting checkpoint before it, or null for the first. */
  after: Uint8Array | null;
  /** The end of the stretch it summarises: every entry of its frontier is dated no later. */
  until: number;
}

export interface BuiltSummary extends Paged {
  frontier: ReadonlyMap<EntryIdText, VerifiedEntry>;
  /** derive(F): what the pages describe. */
  state: NetworkState;
  sections: Sections;
}

/**
 * The summary of the largest frontier of `entries` dated ≤ `until`, with the peers' foreign
 * entries dated ≤ `until` that it settles (protocol-links.md §8): the summary lists those,
 * so a device that checks it derives with exactly the same ones.
 */
export function checkpointSummary(
  networkId: EntryIdText,
  header: CheckpointHeader,
  entries: Iterable<VerifiedEntry>,
  falseCheckpoints?: ReadonlySet<EntryIdText>,
  foreign: Iterable<ForeignEntry> = [],
): BuiltSummary {
  return runToEnd(checkpointSummaryInSteps(networkId, header, entries, falseCheckpoints, foreign));
}

/** checkpointSummary, yielding every few entries of the derivation (a page runs it in slices). */
export function* checkpointSummaryInSteps(
  networkId: EntryIdText,
  header: CheckpointHeader,
  entries: Iterable<VerifiedEntry>,
  falseCheckpoints?: ReadonlySet<EntryIdText>,
  foreign: Iterable<ForeignEntry> = [],
): Steps<BuiltSummary> {
  const dated = [...foreign].filter((item) => item.entry.time <= header.until);
  const frontier = yield* checkpointFrontierInSteps(entries, header.until);
  return yield* summaryOfFrontierInSteps(networkId, header, frontier, falseCheckpoints, dated);
}

/** The summary of a given frontier (one read from a summary's tips, to check it). */
export function summaryOfFrontier(
  networkId: EntryIdText,
  header: CheckpointHeader,
  frontier: ReadonlyMap<EntryIdText, VerifiedEntry>,
  falseCheckpoints: ReadonlySet<EntryIdText> = new Set(),
  foreign: readonly ForeignEntry[] = [],
): BuiltSummary {
  return runToEnd(summaryOfFrontierInSteps(networkId, header, frontier, falseCheckpoints, foreign));
}

/** summaryOfFrontier, yielding every few entries of the derivation. */
export function* summaryOfFrontierInSteps(
  networkId: EntryIdText,
  header: CheckpointHeader,
  frontier: ReadonlyMap<EntryIdText, VerifiedEntry>,
  falseCheckpoints: ReadonlySet<EntryIdText> = new Set(),
  foreign: readonly ForeignEntry[] = [],
): Steps<BuiltSummary> {
  // Nothing of F is dated after `until`, so nothing waits as from the future.
  const state = yield* deriveStateInSteps(networkId, frontier.values(), header.until, { falseCheckpoints, foreign });
  const sections = recordsOf(state, carriedIds(state, header.until), header.until);
  const paged = yield* paginateInSteps({ net: idFromText(networkId), ...header }, sections);
  return { ...paged, frontier, state, sections };
}
