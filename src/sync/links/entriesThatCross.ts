// Which of a batch of values may be carried across a link: each must be an authentic entry
// of the network it is said to come from (its own signature, over that network's id), of a
// type that crosses (protocol-links.md §2), and about this link. Nothing here judges the
// rules: the receiving network's ledger does that; this only keeps out what can never count.
import { equalBytes } from '../../core/encoding/canonical.ts';
import type { Entry } from '../../core/entry/Entry.ts';
import { type EntryVerifier, signatureCheckOf } from '../../core/entry/EntryVerifier.ts';
import { readEntry } from '../../core/entry/readEntry.ts';
import { isCrossingType } from '../../core/links/crossingTypes.ts';
import { linkId } from '../../core/links/linkId.ts';

/** The link a carrier works for, from one side: its id and the two networks. */
export interface LinkSides {
  /** The link id (20 bytes, protocol-links.md §1). */
  id: Uint8Array;
  /** The network the entries come from. */
  from: Uint8Array;
  /** The network they go to. */
  to: Uint8Array;
}

/**
 * For each [id text, value] of `batch`: true when it is an authentic entry of `sides.from`
 * that crosses to `sides.to` over this link. Never throws: a verifier that fails says no.
 */
export async function entriesThatCross(
  verifier: EntryVerifier,
  sides: LinkSides,
  batch: readonly (readonly [string, unknown])[],
): Promise<boolean[]> {
  const answers = batch.map(() => false);
  if (batch.length === 0) return answers;
  try {
    const verdicts = await verifier.check(sides.from, batch);
    const candidates: { at: number; entry: Entry; bytes: Uint8Array }[] = [];
    for (const [at, verdict] of verdicts.entries()) {
      if (!verdict.ok) continue;
      const [id, data] = batch[at] ?? [];
      // A worker's verdict comes without what it read: read the fields again (checked already).
      const read = verdict.read ?? (id === undefined ? null : await readEntry(sides.from, id, data, { trusted: true }));
      if (!read?.ok) continue;
      if (!aboutThisLink(read.entry, sides)) continue;
      candidates.push({ at, entry: read.entry, bytes: read.bytes });
    }
    if (candidates.length === 0) return answers;
    const signed = await verifier.signatures(candidates.map(({ entry, bytes }) => signatureCheckOf(entry, bytes)));
    for (const [i, { at }] of candidates.entries()) if (signed[i] === true) answers[at] = true;
  } catch (error) {
    // A verifier that broke (a worker gone) carries nothing now; the keys are looked at again
    // when they change or the link room opens again.
    console.error(error);
    return batch.map(() => false);
  }
  return answers;
}

/**
 * Signed in the network it came from (not a genesis), of a type that crosses, and about this
 * link: a `link` entry when its peer and terms make this link's id, any other when its body
 * names the link.
 */
export function aboutThisLink(entry: Entry, sides: LinkSides): boolean {
  if (entry.net === null || !equalBytes(entry.net, sides.from) || !isCrossingType(entry.type)) return false;
  if (entry.type === 'link') {
    const { peer, terms } = (entry as Entry<'link'>).body;
    return equalBytes(peer, sides.to) && equalBytes(linkId(sides.from, peer, terms), sides.id);
  }
  const body = entry.body as { link?: unknown };
  return body.link instanceof Uint8Array && equalBytes(body.link, sides.id);
}
