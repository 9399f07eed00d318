// Which keys may speak for a side of a link, and from when (docs/protocol-links.md §1): a
// side's first roster is the one the other side's `link` names (what its coordinator
// received in person); a `link-roster` of that side replaces it when a key on the roster
// in force signed it. Both networks hold both sides' roster entries, and judge them by this
// one function, so they agree on every side's rosters.
//
// Rule decided here (for docs/protocol-links.md): a side's `link-roster` entries are taken
// in the order of their time, then id; an entry (an attestation, a statement, an end) is
// judged by the roster in force at its time. A key dropped from the roster may still
// backdate an entry to before it was dropped: the known limit of §8 (what it attests moves
// at most the link's limit).
import { toBase64Url } from '../encoding/base64url.ts';
import type { Entry } from '../entry/Entry.ts';
import type { EntryIdText } from '../state/NetworkState.ts';
import type { RosterStep } from './LinkState.ts';

export interface RosterEntry {
  idText: EntryIdText;
  entry: Entry<'link-roster'>;
}

/** The rosters in force, oldest first, and the roster entries that did not count. */
export function rosterSteps(
  first: RosterStep | readonly RosterStep[],
  entries: readonly RosterEntry[],
): { steps: RosterStep[]; refused: EntryIdText[] } {
  // A list: the steps a checkpoint left (its first already from the start of time).
  const steps = Array.isArray(first) ? [...first] : [{ ...(first as RosterStep), time: Number.NEGATIVE_INFINITY }];
  const refused: EntryIdText[] = [];
  const ordered = [...entries].sort((a, b) => a.entry.time - b.entry.time || compare(a.idText, b.idText));
  for (const { idText, entry } of ordered) {
    const inForce = steps[steps.length - 1] as RosterStep;
    if (!inForce.keys.has(toBase64Url(entry.author))) {
      refused.push(idText);
      continue;
    }
    steps.push({ id: idText, time: entry.time, keys: new Set(entry.body.roster.map(toBase64Url)) });
  }
  return { steps, refused };
}

/** Was `author` on the side's roster in force at `time`? */
export function onRoster(steps: readonly RosterStep[], author: Uint8Array, time: number): boolean {
  let inForce: RosterStep | undefined;
  for (const step of steps) if (step.time <= time) inForce = step;
  return inForce?.keys.has(toBase64Url(author)) === true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
