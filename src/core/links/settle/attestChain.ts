// One side's attestations for one link, judged in that side's causal order (the chain
// through `after`; docs/protocol-links.md §2, §4, §6). Both networks hold both sides'
// attestations and judge each side by this one function, so they reach the same verdicts:
//
//  - an attestation counts when a key on the side's roster in force for it signed it: the
//    roster before the first later roster whose `after` has it in its past, else the latest
//    (rosters.ts; its claimed time plays no part, so a dropped key cannot backdate one);
//  - of a side that ended the link, only attestations in the past of its `last`, or dated at
//    or before its end, count: a `last` that leaves out what was attested undoes nothing;
//  - it waits (`missing-ref`) until every attestation it names in `after` and every entry
//    it attests is there, and so do the attestations after it;
//  - it is refused (`over-link-limit`) when the records it names for the first time would
//    take that side's clearing account beyond ±limit, counting every record the side has
//    attested (the other side's attestation come or not);
//  - a record counts once, by its id: the first attestation of the side that names it.
// Ties in the order (attestations that did not see each other) go by lowest id.
import { toBase64Url } from '../../encoding/base64url.ts';
import type { Entry } from '../../entry/Entry.ts';
import type { EntryIdText } from '../../state/NetworkState.ts';
import type { Rejection } from '../../state/Rejection.ts';
import type { RosterStep } from '../LinkState.ts';
import { rosterAllows, rosterForAttestation } from '../rosters.ts';

export interface Attestation {
  idText: EntryIdText;
  entry: Entry<'link-attest'>;
  /** False when the side's own rules refused it (only ever known of our own side). */
  ruled: boolean;
}

export interface ChainInput {
  link: EntryIdText;
  attestations: readonly Attestation[];
  rosters: readonly RosterStep[];
  /** The side's `link-end` heads, or null while it has not ended the link. */
  last: readonly EntryIdText[] | null;
  /** The time of the side's `link-end`: its attestations dated at or before it count all the same. */
  endTime?: number | undefined;
  limit: number;
  /** Is this entry there (on either side), so an `after` or an attested id can be judged? */
  known(id: EntryIdText): boolean;
  /** What an attested record moves for this side's clearing account: + paid out, − paid in, 0 for anything else. */
  minutesOf(id: EntryIdText): number;
  /**
   * Where a checkpoint left the chain (src/core/checkpoint/linkObjects.ts): what the side
   * had attested by then, its clearing account and its heads. The attestations given are
   * the ones after it; one that names an attestation of the checkpoint in `after` finds it
   * done (`known` says it is there).
   */
  prior?: { attested: ReadonlyMap<EntryIdText, EntryIdText>; clearing: number; heads: readonly EntryIdText[] };
}

export interface ChainVerdict {
  /** The attestations that count, in the order judged. */
  counted: EntryIdText[];
  /** Attestations that do not count (yet), with the reason. */
  refused: Map<EntryIdText, Rejection>;
  /** Each record the side attests, to the attestation that counts it. */
  attested: Map<EntryIdText, EntryIdText>;
  /** The side's clearing account by its attestations (its view: + out, − in). */
  clearing: number;
  /** The counted attestations no later counted one names: what a new one names as `after`. */
  heads: EntryIdText[];
}

export function judgeChain(input: ChainInput): ChainVerdict {
  const byId = new Map(input.attestations.map((item) => [item.idText, item]));
  const after = new Map<EntryIdText, EntryIdText[]>();
  const waiting = new Set<EntryIdText>();
  const successors = new Map<EntryIdText, EntryIdText[]>();
  const pending = new Map<EntryIdText, number>();
  for (const item of input.attestations) {
    const named = item.entry.body.after.map(toBase64Url);
    after.set(item.idText, named);
    let count = 0;
    for (const id of named) {
      if (byId.has(id)) {
        count++;
        const list = successors.get(id);
        if (list) list.push(item.idText);
        else successors.set(id, [item.idText]);
      } else if (!input.known(id)) waiting.add(item.idText);
    }
    if (item.entry.body.entries.some((id) => !input.known(toBase64Url(id)))) waiting.add(item.idText);
    pending.set(item.idText, count);
  }
  const inPast = input.last ? pastOf(input.last, after) : null;
  const rosterPasts = new Map(input.rosters.map((step) => [step.id, pastOf(step.after, after)]));

  const verdict: ChainVerdict = {
    counted: [],
    refused: new Map(),
    attested: new Map(input.prior?.attested),
    clearing: input.prior?.clearing ?? 0,
    heads: [],
  };
  // A heap of the attestations whose `after` are all judged, lowest id first: a flood of
  // attestations naming one `after` costs n log n, not n² (a sorted list's inserts did).
  const ready = new IdHeap();
  for (const item of input.attestations) if (pending.get(item.idText) === 0) ready.push(item.idText);
  while (ready.size > 0) {
    const id = ready.pop();
    if (waiting.has(id)) continue; // it, and everything after it, waits
    const reason = judgeOne(input, byId.get(id) as Attestation, inPast, rosterPasts, verdict);
    if (reason) verdict.refused.set(id, reason);
    else verdict.counted.push(id);
    for (const next of successors.get(id) ?? []) {
      const left = (pending.get(next) as number) - 1;
      pending.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  const countedSet = new Set(verdict.counted);
  for (const item of input.attestations) {
    if (!countedSet.has(item.idText) && !verdict.refused.has(item.idText))
      verdict.refused.set(item.idText, 'missing-ref');
  }
  const named = new Set(verdict.counted.flatMap((id) => after.get(id) ?? []));
  const before = (input.prior?.heads ?? []).filter((id) => !named.has(id));
  verdict.heads = [...before, ...verdict.counted.filter((id) => !named.has(id))].sort();
  return verdict;
}

function judgeOne(
  input: ChainInput,
  item: Attestation,
  inPast: ReadonlySet<EntryIdText> | null,
  rosterPasts: ReadonlyMap<EntryIdText, ReadonlySet<EntryIdText>>,
  verdict: ChainVerdict,
): Rejection | null {
  const { entry, idText } = item;
  const inForce = rosterForAttestation(input.rosters, (step) => rosterPasts.get(step.id)?.has(idText) === true);
  if (!rosterAllows(inForce, entry.author, 'link-attest')) return 'not-roster';
  // On the roster, so the peer counts it, but our own rules refused it: the mirror names its records.
  if (!item.ruled) return 'not-coordinator';
  if (inPast && !inPast.has(idText) && !(entry.time <= (input.endTime ?? Number.NEGATIVE_INFINITY)))
    return 'link-ended';
  const fresh = entry.body.entries.map(toBase64Url).filter((id) => !verdict.attested.has(id));
  const delta = fresh.reduce((sum, id) => sum + input.minutesOf(id), 0);
  if (Math.abs(verdict.clearing + delta) > input.limit) return 'over-link-limit';
  verdict.clearing += delta;
  for (const id of fresh) verdict.attested.set(id, idText);
  return null;
}

/** The heads and every attestation they name through `after`, and so on: the past of a link-end. */
function pastOf(last: readonly EntryIdText[], after: ReadonlyMap<EntryIdText, EntryIdText[]>): Set<EntryIdText> {
  const past = new Set<EntryIdText>();
  const stack = [...last];
  while (stack.length > 0) {
    const id = stack.pop() as EntryIdText;
    if (past.has(id)) continue;
    past.add(id);
    stack.push(...(after.get(id) ?? []));
  }
  return past;
}

/** A binary min-heap of ids (compared as strings, as the order of ties is by lowest id). */
class IdHeap {
  private readonly items: EntryIdText[] = [];

  get size(): number {
    return this.items.length;
  }

  push(id: EntryIdText): void {
    const items = this.items;
    items.push(id);
    let at = items.length - 1;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if ((items[up] as EntryIdText) <= id) break;
      items[at] = items[up] as EntryIdText;
      at = up;
    }
    items[at] = id;
  }

  pop(): EntryIdText {
    const items = this.items;
    const top = items[0] as EntryIdText;
    const last = items.pop() as EntryIdText;
    if (items.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && (items[right] as EntryIdText) < (items[left] as EntryIdText) ? right : left;
      if ((items[child] as EntryIdText) >= last) break;
      items[at] = items[child] as EntryIdText;
      at = child;
    }
    items[at] = last;
    return top;
  }
}
