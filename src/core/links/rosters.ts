// Which keys may speak for a side of a link, and for what (docs/protocol-links.md §1, §9):
// a side's first roster is the one its own `link` names as `ours` (the peer's half must name
// the same: what its coordinator received in person); each `link-roster` of that side names
// the roster it replaces (`prev`), so the rosters form a chain that no claimed time can
// reorder. Both networks hold both sides' roster-signed entries and judge them by these
// functions only, so they reach the same verdicts on every side's entries:
//
//  - a roster says which of its keys are coordinators' devices; only those sign `link`,
//    `link-roster` and `link-end`; any key on it signs `link-attest` and `link-statement`;
//  - the next roster is a `link-roster` naming the one it replaces as `prev`, signed by one of
//    its coordinators' keys; every such one counts, so the chain may fork (a key a roster
//    dropped can still sign a second child of the roster it was on, and grind its id);
//  - the roster in force is the chain's last; when it forked, the intersection of its tips:
//    a fork can only take keys away (freeze), never put a dropped key back or drop another;
//  - an attestation is judged, along each path to a tip, by the roster before the first later
//    roster whose `after` has it in its past, else by the tip; with a fork it must pass on every path;
//  - an end or a statement by the roster in force (a key dropped cannot backdate one).
import { toBase64Url } from '../encoding/base64url.ts';
import type { Entry } from '../entry/Entry.ts';
import type { EntryIdText } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';
import type { RosterStep } from './LinkState.ts';

export interface RosterEntry {
  idText: EntryIdText;
  entry: Entry<'link-roster'>;
}

/** The types a key on a side's roster signs, and that need no attestation. */
export type RosterSignedType = 'link' | 'link-roster' | 'link-attest' | 'link-end' | 'link-statement';

/** A roster as a body names it: its keys, the first `coordinators` of them coordinators' devices. */
export function rosterStep(
  id: EntryIdText,
  time: number,
  roster: readonly Uint8Array[],
  coordinators: number,
  after: readonly EntryIdText[] = [],
): RosterStep {
  const keys = roster.map(toBase64Url);
  return { id, time, keys: new Set(keys), coordinators: new Set(keys.slice(0, coordinators)), after: [...after] };
}

/** May `author` sign an entry of `type` for a side whose roster in force is `step`? The one rule of both sides. */
export function rosterAllows(step: RosterStep | undefined, author: Uint8Array, type: RosterSignedType): boolean {
  if (!step) return false;
  const key = toBase64Url(author);
  const coordinatorOnly = type === 'link' || type === 'link-roster' || type === 'link-end';
  return coordinatorOnly ? step.coordinators.has(key) : step.keys.has(key);
}

/**
 * The rosters that no counting roster replaces: the chain's tips. One on a chain; more when
 * it forked (two or more rosters name the same `prev`, at any depth). A step without `prev`
 * (the first, or one a checkpoint carried) follows the step before it in the list.
 */
export function rosterTips(steps: readonly RosterStep[]): RosterStep[] {
  const replaced = new Set(steps.map((_, i) => prevOf(steps, i)));
  return steps.filter((step) => !replaced.has(step.id));
}

/**
 * The roster in force now: the last of the chain; when the chain forked, the intersection of
 * its tips (a key is on it only if it is on every tip, a coordinator's only if one on every
 * tip). So a fork never adds a key nor drops one the other tips keep: at worst it freezes.
 */
export function latestRoster(steps: readonly RosterStep[]): RosterStep | undefined {
  const tips = rosterTips(steps);
  return tips.length <= 1 ? tips[0] : intersection(tips);
}

/**
 * The rosters in force, each side's a tree from its first roster (a chain unless it forked),
 * parents before children, and the side's `link-roster` entries that are not on it, with the
 * reason. `first`: the side's first roster, or the steps a checkpoint left. Every child of a
 * roster signed by a coordinator's key on it counts (no tie is broken: a ground id wins nothing).
 */
export function rosterSteps(
  first: RosterStep | readonly RosterStep[],
  entries: readonly RosterEntry[],
): { steps: RosterStep[]; refused: Map<EntryIdText, Rejection> } {
  const steps = Array.isArray(first) ? [...first] : [first as RosterStep];
  const byPrev = new Map<EntryIdText, RosterEntry[]>();
  for (const item of entries) {
    const prev = toBase64Url(item.entry.body.prev);
    byPrev.set(prev, [...(byPrev.get(prev) ?? []), item]);
  }
  const onTree = new Set<EntryIdText>(steps.map((step) => step.id));
  // Only the tips of the given steps can be replaced: the others were replaced already.
  const queue = rosterTips(steps);
  for (let at = 0; at < queue.length; at++) {
    const parent = queue[at] as RosterStep;
    const children = (byPrev.get(parent.id) ?? [])
      .filter((item) => !onTree.has(item.idText) && rosterAllows(parent, item.entry.author, 'link-roster'))
      .sort((a, b) => compare(a.idText, b.idText));
    for (const child of children) {
      onTree.add(child.idText);
      const { roster, coordinators, after } = child.entry.body;
      const step = rosterStep(child.idText, child.entry.time, roster, coordinators, after.map(toBase64Url));
      step.prev = parent.id;
      steps.push(step);
      queue.push(step);
    }
  }
  const refused = new Map<EntryIdText, Rejection>();
  for (const item of entries) if (!onTree.has(item.idText)) refused.set(item.idText, 'not-roster');
  return { steps, refused };
}

/**
 * The roster in force for an attestation. Along one path from the first roster to a tip: the
 * one before the first later roster that has it in the past of its `after`, or the tip when
 * none has. When the chain forked, the intersection of that roster over every path: it counts
 * only if every branch lets it, so a key one branch dropped gains nothing from another branch
 * that names it in its `after`. `inPastOf(step)` says whether it is in that step's past.
 */
export function rosterForAttestation(
  steps: readonly RosterStep[],
  inPastOf: (step: RosterStep) => boolean,
): RosterStep | undefined {
  const tips = rosterTips(steps);
  const byId = new Map(steps.map((step, i) => [step.id, i]));
  const forPath = (tip: RosterStep): RosterStep => {
    const path = [tip];
    for (let i = byId.get(tip.id) as number; ; ) {
      const prev = prevOf(steps, i);
      const up = prev === undefined ? undefined : byId.get(prev);
      if (up === undefined) break;
      path.unshift(steps[up] as RosterStep);
      i = up;
    }
    for (let i = 1; i < path.length; i++) if (inPastOf(path[i] as RosterStep)) return path[i - 1] as RosterStep;
    return tip;
  };
  if (tips.length <= 1) return tips[0] && forPath(tips[0]);
  return intersection(tips.map(forPath));
}

/** The roster a step replaces: its `prev`, or the one before it in the list (a chain's). */
function prevOf(steps: readonly RosterStep[], i: number): EntryIdText | undefined {
  const step = steps[i] as RosterStep;
  return step.prev ?? steps[i - 1]?.id;
}

/** The keys on every roster, and the coordinators' keys on every one. It names no entry: nothing can replace it. */
function intersection(rosters: readonly RosterStep[]): RosterStep {
  const [head, ...rest] = rosters as [RosterStep, ...RosterStep[]];
  const on = (key: string, pick: (step: RosterStep) => ReadonlySet<string>) =>
    rest.every((step) => pick(step).has(key));
  return {
    id: '',
    time: Math.max(...rosters.map((step) => step.time)),
    keys: new Set([...head.keys].filter((key) => on(key, (step) => step.keys))),
    coordinators: new Set([...head.coordinators].filter((key) => on(key, (step) => step.coordinators))),
    after: [],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
