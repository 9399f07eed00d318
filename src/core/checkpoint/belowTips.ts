// An entry below a checkpoint's tips by its place (docs/protocol.md §4.8): its author's seq
// at most that author's highest tip, its time at most the summary's `until`. It is never
// judged after the frontier, on any device, whether the device holds it or not — so a
// phone that lacks it and an archive device that has it agree, and it never belongs in
// the part after the checkpoint (§7.1).

import { authorOf } from '../state/entryTexts.ts';
import type { VerifiedEntry } from '../state/NetworkState.ts';
import type { Sections, TipRecord } from './records.ts';

export function belowTips(heads: Sections['heads'], until: number): (item: VerifiedEntry) => boolean {
  const highest = new Map<string, number>();
  for (const record of heads) highest.set(record.key, Math.max(...(record.tips as TipRecord[]).map((tip) => tip.seq)));
  return (item) => {
    const top = highest.get(authorOf(item));
    return top !== undefined && item.entry.seq <= top && item.entry.time <= until;
  };
}
