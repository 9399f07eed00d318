// A checkpoint's frontier F (docs/protocol.md §4.8): the largest set of entries dated no
// later than `until` that holds, with each entry, everything it depends on. Two devices
// that hold the same entries find the same F, whatever order they hold them in; a
// device that reads F from a summary's tips finds it again from the tips alone.
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { EntryIdText, VerifiedEntry } from '../state/NetworkState.ts';
import { dependenciesOf } from './dependencies.ts';

/** The largest causally closed set of `entries` dated ≤ `until`, by id. */
export function checkpointFrontier(entries: Iterable<VerifiedEntry>, until: number): Map<EntryIdText, VerifiedEntry> {
  const frontier = new Map<EntryIdText, VerifiedEntry>();
  for (const item of entries) if (item.entry.time <= until) frontier.set(item.idText, item);
  // Take out what needs an entry that is not there (or is later), and so on, until nothing changes.
  const needs = new Map<EntryIdText, EntryIdText[]>();
  const neededBy = new Map<EntryIdText, EntryIdText[]>();
  for (const [id, item] of frontier) {
    const deps = dependenciesOf(item.entry as AnyEntry);
    needs.set(id, deps);
    for (const dep of deps) neededBy.set(dep, [...(neededBy.get(dep) ?? []), id]);
  }
  const out = [...frontier.keys()].filter((id) => (needs.get(id) ?? []).some((dep) => !frontier.has(dep)));
  while (out.length) {
    const id = out.pop() as EntryIdText;
    if (!frontier.delete(id)) continue;
    for (const next of neededBy.get(id) ?? []) if (frontier.has(next)) out.push(next);
  }
  return frontier;
}

/** Why a set named by its tips is no frontier: not held, not closed, or dated after `until`. */
export type FrontierProblem = 'not-held' | 'not-closed' | 'too-late';

/**
 * The set whose tips a summary names: every tip and its chain ancestors. A device that does
 * not hold all of them cannot tell (`not-held`); one that does finds whether the set is
 * closed and dated ≤ `until`, from the signed entries alone. `checked`: a frontier found so
 * before (a recalled verdict): its entries are only collected; with `held: 'some'` too, only
 * those this device holds (a phone keeps the parts after it, §7.1).
 */
export function frontierOfTips(
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  tips: Iterable<EntryIdText>,
  until: number,
  { checked = false, held: holding = 'all' }: { checked?: boolean; held?: 'all' | 'some' } = {},
): Map<EntryIdText, VerifiedEntry> | FrontierProblem {
  const frontier = new Map<EntryIdText, VerifiedEntry>();
  const stack = [...tips];
  while (stack.length) {
    const id = stack.pop() as EntryIdText;
    if (frontier.has(id)) continue;
    const item = held.get(id);
    if (!item) {
      if (checked && holding === 'some') continue;
      return 'not-held';
    }
    frontier.set(id, item);
    const prev = item.entry.prev;
    if (prev) stack.push(toBase64Url(prev));
  }
  // Found closed and in time when it was checked (by this device, or the one that handed it on).
  if (checked) return frontier;
  for (const item of frontier.values()) {
    if (item.entry.time > until) return 'too-late';
    if (dependenciesOf(item.entry as AnyEntry).some((dep) => !frontier.has(dep))) return 'not-closed';
  }
  return frontier;
}
