// An entry below a checkpoint's tips by its place (docs/protocol.md §4.8): its author's seq
// at most that author's highest tip, its time at most the summary's `until`. It is never
// judged after the frontier, on any device, whether the device holds it or not — so a
// phone that lacks it and an archive device that has it agree, and it never belongs in
// the part after the checkpoint (§7.1).

import { authorOf } from '../state/entryTexts.ts';
import type { EntryIdText, VerifiedEntry } from '../state/NetworkState.ts';
import { entriesPerStep, type Steps } from '../state/steps.ts';
import type { Sections, TipRecord } from './records.ts';

export function belowTips(heads: Sections['heads'], until: number): (item: VerifiedEntry) => boolean {
  const highest = new Map<string, number>();
  for (const record of heads) highest.set(record.key, Math.max(...(record.tips as TipRecord[]).map((tip) => tip.seq)));
  return (item) => {
    const top = highest.get(authorOf(item));
    return top !== undefined && item.entry.seq <= top && item.entry.time <= until;
  };
}

/**
 * F's ids a derivation from a true verdict starts with: the verdict's, and, where those are
 * partial (F not all here, or a checkpoint built on one that was not), every held entry
 * below the tips by its place. A phone that let go of F keeps entries of it whose chains'
 * tips it let go (the hours others paid its member); they are of F, and the view's rows
 * made of them stay at every reconcile (tableComparison.ts). Every derivation from a
 * checkpoint — at opening (startAtRecorded.ts) or anew (CheckpointBook.derivation) — asks here.
 */
export function* frontierWithKeptBelow(
  verdict: { frontier: ReadonlySet<EntryIdText>; partial?: true; until: number; sections: Sections },
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
): Steps<ReadonlySet<EntryIdText>> {
  if (!verdict.partial) return verdict.frontier;
  const below = belowTips(verdict.sections.heads, verdict.until);
  const frontier = new Set(verdict.frontier);
  let looked = 0;
  for (const [id, item] of held) {
    if (!frontier.has(id) && below(item)) frontier.add(id);
    if (++looked % entriesPerStep === 0) yield;
  }
  return frontier;
}
