// Which keys may speak for a side of a link, and for what (docs/protocol-links.md §1, §9):
// a side's first roster is the one its own `link` names as `ours` (the peer's half must name
// the same: what its coordinator received in person); each `link-roster` of that side names
// the roster it replaces (`prev`), so the rosters form a chain that no claimed time can
// reorder. Both networks hold both sides' roster-signed entries and judge them by these
// functions only, so they reach the same verdicts on every side's entries:
//
//  - a roster says which of its keys are coordinators' devices; only those sign `link`,
//    `link-roster` and `link-end`; any key on it signs `link-attest` and `link-statement`;
//  - the next roster is the `link-roster` naming the one in force as `prev`, signed by one of
//    its coordinators' keys; of two, the lowest id (the other is `already-decided`);
//  - an attestation is judged by the roster in force before the first later roster whose
//    `after` has it in its past; one in no such past by the latest roster;
//  - an end or a statement by the latest roster (a key dropped cannot backdate one).
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

/** The roster in force now: the last of the chain. */
export function latestRoster(steps: readonly RosterStep[]): RosterStep | undefined {
  return steps[steps.length - 1];
}

/**
 * The rosters in force, oldest first, and the side's `link-roster` entries that are not on
 * the chain, with the reason. `first`: the side's first roster, or the steps a checkpoint left.
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
  const onChain = new Set<EntryIdText>();
  const refused = new Map<EntryIdText, Rejection>();
  for (;;) {
    const inForce = steps[steps.length - 1] as RosterStep;
    const next = (byPrev.get(inForce.id) ?? [])
      .filter((item) => !onChain.has(item.idText) && rosterAllows(inForce, item.entry.author, 'link-roster'))
      .sort((a, b) => compare(a.idText, b.idText));
    const chosen = next[0];
    if (!chosen) break;
    for (const other of next.slice(1)) refused.set(other.idText, 'already-decided');
    onChain.add(chosen.idText);
    const { roster, coordinators, after } = chosen.entry.body;
    steps.push(rosterStep(chosen.idText, chosen.entry.time, roster, coordinators, after.map(toBase64Url)));
  }
  for (const item of entries)
    if (!onChain.has(item.idText) && !refused.has(item.idText)) refused.set(item.idText, 'not-roster');
  return { steps, refused };
}

/**
 * The roster in force for an attestation: the one before the first later roster that has it
 * in the past of its `after`, or the latest when none has. `inPastOf(step)` says whether
 * the attestation is in that step's past.
 */
export function rosterForAttestation(
  steps: readonly RosterStep[],
  inPastOf: (step: RosterStep) => boolean,
): RosterStep | undefined {
  for (let i = 1; i < steps.length; i++) if (inPastOf(steps[i] as RosterStep)) return steps[i - 1];
  return latestRoster(steps);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
