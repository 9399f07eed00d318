// Checkpoint n built on checkpoint n − 1 (docs/protocol.md §4.8, "Built on the one before").
// Its frontier F(n) is F(n − 1) and the entries after it up to `until` that are closed; its
// summary describes the state every device judged across checkpoint n − 1: n − 1's state with
// those entries judged after it (stage 2). So a device that holds n − 1's state and the part
// after it — a phone that never held the history below — builds and checks it as an archive
// device does, and what stage 2 decided between two checkpoints is what the next one says.
import { idFromText } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { ForeignEntry } from '../links/LinkState.ts';
import { deriveStateInSteps } from '../state/deriveState.ts';
import { parentOf } from '../state/entryTexts.ts';
import type { EntryIdText, VerifiedEntry } from '../state/NetworkState.ts';
import { entriesPerStep, type Steps, stepsOf } from '../state/steps.ts';
import { belowTips } from './belowTips.ts';
import { dependenciesOf } from './dependencies.ts';
import { checkpointFrontierInSteps, type FrontierProblem } from './frontier.ts';
import { paginateInSteps } from './pages.ts';
import { carriedIds, recordsOf, type Sections, tipsOf } from './records.ts';
import { stateFromCheckpoint } from './stateFromCheckpoint.ts';
import type { BuiltSummary, CheckpointHeader } from './summary.ts';

/** What a device knows of checkpoint n − 1: its records, `until`, and the ids of F it holds. */
export interface CheckpointBase {
  sections: Sections;
  until: number;
  frontier: ReadonlySet<EntryIdText>;
  /** `frontier` is not all of F(n − 1) (a phone's, or one handed over at pairing). */
  partial?: true;
}

/** Is this entry of F(n − 1) or below its tips by place — settled there, whether held or not? */
export function settledByBase(base: CheckpointBase): (item: VerifiedEntry) => boolean {
  const tips = new Set(tipsOf(base.sections));
  const below = belowTips(base.sections.heads, base.until);
  return (item) => tips.has(item.idText) || base.frontier.has(item.idText) || below(item);
}

/**
 * The entries of F(n) after checkpoint n − 1, for a proposal: the largest set of the entries
 * held after it, dated ≤ `until`, whose every dependency is in the set or an entry held that
 * n − 1 settled. An entry needing one this device does not hold at all stays out.
 */
export function* nextFrontierInSteps(
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  base: CheckpointBase,
  until: number,
): Steps<Map<EntryIdText, VerifiedEntry>> {
  const settled = settledByBase(base);
  const after: VerifiedEntry[] = [];
  let done = 0;
  for (const item of held.values()) {
    if (++done % entriesPerStep === 0) yield;
    if (!settled(item)) after.push(item);
  }
  return yield* checkpointFrontierInSteps(after, until, (id) => {
    const item = held.get(id);
    return item !== undefined && settled(item);
  });
}

/**
 * The entries of F(n) after checkpoint n − 1 that a summary's tips name: each tip and its
 * chain ancestors down to what n − 1 settled. A device that lacks one of them cannot tell;
 * one dated after `until`, or a dependency that is held, not settled by n − 1 and not in the
 * set, makes it no frontier. A dependency not held at all: a device holding all of F(n − 1)
 * waits for it (cannot tell yet); one that does not (`partial`) takes it as of F(n − 1), as
 * only a device that holds it can tell otherwise (an archive device does).
 */
export function* partFrontierOfTipsInSteps(
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  tips: Iterable<EntryIdText>,
  base: CheckpointBase,
  until: number,
  report: { missing?: EntryIdText } = {},
): Steps<Map<EntryIdText, VerifiedEntry> | FrontierProblem> {
  const settled = settledByBase(base);
  const baseTips = new Set(tipsOf(base.sections));
  const part = new Map<EntryIdText, VerifiedEntry>();
  const stack = [...tips];
  let done = 0;
  while (stack.length) {
    if (++done % entriesPerStep === 0) yield;
    const id = stack.pop() as EntryIdText;
    if (part.has(id)) continue;
    // A tip of n − 1 (or an id of its F held here) ends the chain, held or not.
    if (base.frontier.has(id) || baseTips.has(id)) continue;
    const item = held.get(id);
    if (!item) {
      report.missing = id;
      return 'not-held';
    }
    if (settled(item)) continue;
    part.set(id, item);
    const prev = parentOf(item);
    if (prev) stack.push(prev);
  }
  for (const item of part.values()) {
    if (++done % entriesPerStep === 0) yield;
    if (item.entry.time > until) return 'too-late';
    for (const dep of dependenciesOf(item.entry as AnyEntry)) {
      const needed = held.get(dep);
      // Holding all of F(n − 1), a name not held at all is of neither: wait for it (then tell).
      if (!needed && !part.has(dep) && !base.partial) {
        report.missing = dep;
        return 'not-held';
      }
      if (needed && !part.has(dep) && !settled(needed)) return 'not-closed';
    }
  }
  return part;
}

/**
 * The summary of F(n) = F(n − 1) + `part`: n − 1's state rebuilt from its records and the
 * carried entries, `part` judged after it, written out. Null when n − 1's carried genesis
 * (or an open post's entries) is not here.
 */
export function* summaryAfterInSteps(
  networkId: EntryIdText,
  header: CheckpointHeader,
  base: CheckpointBase,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  part: ReadonlyMap<EntryIdText, VerifiedEntry>,
  falseCheckpoints: ReadonlySet<EntryIdText> = new Set(),
  foreign: readonly ForeignEntry[] = [],
): Steps<BuiltSummary | null> {
  const carried = base.sections.carried.flatMap((record) => held.get(record.key) ?? []);
  const made = stateFromCheckpoint(networkId, base.sections, carried, base.frontier, base.until);
  if (!made) return null;
  const state = yield* deriveStateInSteps(networkId, part.values(), header.until, {
    start: () => stepsOf(made),
    falseCheckpoints,
    foreign,
  });
  const sections = recordsOf(state, carriedIds(state, header.until), header.until);
  const paged = yield* paginateInSteps({ net: idFromText(networkId), ...header }, sections);
  return { ...paged, frontier: part, state, sections };
}

/**
 * An archive device's proposal for checkpoint n on n − 1: the summary of the largest F(n) it
 * holds, as every checker will find it again from its tips. Null when it cannot be built.
 */
export function* proposalAfterInSteps(
  networkId: EntryIdText,
  header: CheckpointHeader,
  base: CheckpointBase,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  falseCheckpoints: ReadonlySet<EntryIdText> = new Set(),
  foreign: Iterable<ForeignEntry> = [],
): Steps<BuiltSummary | null> {
  const dated = [...foreign].filter((item) => item.entry.time <= header.until);
  const largest = yield* nextFrontierInSteps(held, base, header.until);
  const built = yield* summaryAfterInSteps(networkId, header, base, held, largest, falseCheckpoints, dated);
  if (!built) return null;
  // A checker derives what the tips name: an entry after n − 1 that no chain holds (a fork
  // off the history below, refused) is not among them. Built again from those if so.
  const named = yield* partFrontierOfTipsInSteps(held, tipsOf(built.sections), base, header.until);
  if (typeof named === 'string') return null;
  if (named.size === largest.size) return built;
  const again = yield* summaryAfterInSteps(networkId, header, base, held, named, falseCheckpoints, dated);
  const check = again && (yield* partFrontierOfTipsInSteps(held, tipsOf(again.sections), base, header.until));
  return check && typeof check !== 'string' && check.size === named.size ? again : null;
}
