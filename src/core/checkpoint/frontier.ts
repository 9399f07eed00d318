// A checkpoint's frontier F (docs/protocol.md §4.8): the largest set of entries dated no
// later than `until` that holds, with each entry, everything it depends on. Two devices
// that hold the same entries find the same F, whatever order they hold them in; a
// device that reads F from a summary's tips finds it again from the tips alone.
// Both walk every entry of the history: generators that yield every few entries, so an
// archive device's page runs them in slices (four years were tasks of 230 and 470 ms).
import type { AnyEntry } from '../entry/Entry.ts';
import { parentOf } from '../state/entryTexts.ts';
import type { EntryIdText, VerifiedEntry } from '../state/NetworkState.ts';
import { entriesPerStep, runToEnd, type Steps } from '../state/steps.ts';
import { dependenciesOf } from './dependencies.ts';

/** The largest causally closed set of `entries` dated ≤ `until`, by id. */
export function checkpointFrontier(entries: Iterable<VerifiedEntry>, until: number): Map<EntryIdText, VerifiedEntry> {
  return runToEnd(checkpointFrontierInSteps(entries, until));
}

/**
 * checkpointFrontier, yielding every few entries. `outside`: a dependency met outside these
 * entries (settled by the checkpoint before, summaryAfter.ts).
 */
export function* checkpointFrontierInSteps(
  entries: Iterable<VerifiedEntry>,
  until: number,
  outside: (id: EntryIdText) => boolean = () => false,
): Steps<Map<EntryIdText, VerifiedEntry>> {
  let done = 0;
  const frontier = new Map<EntryIdText, VerifiedEntry>();
  for (const item of entries) {
    if (++done % entriesPerStep === 0) yield;
    if (item.entry.time <= until) frontier.set(item.idText, item);
  }
  // Take out what needs an entry that is not there (or is later), and so on, until nothing changes.
  const neededBy = new Map<EntryIdText, EntryIdText[]>();
  const out: EntryIdText[] = [];
  for (const [id, item] of frontier) {
    if (++done % entriesPerStep === 0) yield;
    const deps = dependenciesOf(item.entry as AnyEntry);
    let missing = false;
    for (const dep of deps) {
      const list = neededBy.get(dep);
      if (list) list.push(id);
      else neededBy.set(dep, [id]);
      if (!frontier.has(dep) && !outside(dep)) missing = true;
    }
    if (missing) out.push(id);
  }
  while (out.length) {
    if (++done % entriesPerStep === 0) yield;
    const id = out.pop() as EntryIdText;
    if (!frontier.delete(id)) continue;
    for (const next of neededBy.get(id) ?? []) if (frontier.has(next)) out.push(next);
  }
  return frontier;
}

/** Why a set named by its tips is no frontier: not held, not closed, or dated after `until`. */
export type FrontierProblem = 'not-held' | 'not-closed' | 'too-late';

export interface FrontierOfTipsOptions {
  /** A frontier found so before (a recalled verdict): its entries are only collected. */
  checked?: boolean;
  /** With `checked`: only those this device holds (a phone keeps the parts after it, §7.1). */
  held?: 'all' | 'some';
  /** Where `not-held` is the answer, the id it did not hold is written here. */
  report?: { missing?: EntryIdText };
}

/**
 * The set whose tips a summary names: every tip and its chain ancestors. A device that does
 * not hold all of them cannot tell (`not-held`); one that does finds whether the set is
 * closed and dated ≤ `until`, from the signed entries alone.
 */
export function frontierOfTips(
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  tips: Iterable<EntryIdText>,
  until: number,
  options: FrontierOfTipsOptions = {},
): Map<EntryIdText, VerifiedEntry> | FrontierProblem {
  return runToEnd(frontierOfTipsInSteps(held, tips, until, options));
}

/** frontierOfTips, yielding every few entries. */
export function* frontierOfTipsInSteps(
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  tips: Iterable<EntryIdText>,
  until: number,
  { checked = false, held: holding = 'all', report }: FrontierOfTipsOptions = {},
): Steps<Map<EntryIdText, VerifiedEntry> | FrontierProblem> {
  let done = 0;
  const frontier = new Map<EntryIdText, VerifiedEntry>();
  const stack = [...tips];
  while (stack.length) {
    if (++done % entriesPerStep === 0) yield;
    const id = stack.pop() as EntryIdText;
    if (frontier.has(id)) continue;
    const item = held.get(id);
    if (!item) {
      if (checked && holding === 'some') continue;
      if (report) report.missing = id;
      return 'not-held';
    }
    frontier.set(id, item);
    const prev = parentOf(item);
    if (prev) stack.push(prev);
  }
  // Found closed and in time when it was checked (by this device, or the one that handed it on).
  if (checked) return frontier;
  for (const item of frontier.values()) {
    if (++done % entriesPerStep === 0) yield;
    if (item.entry.time > until) return 'too-late';
    if (dependenciesOf(item.entry as AnyEntry).some((dep) => !frontier.has(dep))) return 'not-closed';
  }
  return frontier;
}
