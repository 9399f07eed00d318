// Which of a batch of values may be carried across a link: each must be an authentic entry
// of the network it is said to come from (its own signature, over that network's id), of a
// type that crosses (protocol-links.md §2), and about this link: naming it, or (a shared
// post, its updates, its close) belonging to a post that a share on this link names. Nothing
// here judges the rules: the receiving network's ledger does; this keeps out what never counts.
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { equalBytes } from '../../core/encoding/canonical.ts';
import type { Entry } from '../../core/entry/Entry.ts';
import { type EntryVerifier, signatureCheckOf } from '../../core/entry/EntryVerifier.ts';
import { readEntry } from '../../core/entry/readEntry.ts';
import { isCrossingType, sharedPostTypes } from '../../core/links/crossingTypes.ts';
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

export interface CrossingVerdict {
  /** An authentic entry of `from` that crosses over this link now. */
  crosses: boolean;
  /** A share on this link that crosses: the post it shares (base64url). */
  shares: string | null;
  /** A post, update or close, authentic, whose post no share on this link names yet: that post. */
  waitsFor: string | null;
  /** The entry, when it crosses or waits (the carrier asks whose word it is: PeerTrust.ts). */
  entry?: Entry;
}

const no: CrossingVerdict = { crosses: false, shares: null, waitsFor: null };

/**
 * A verdict for each [id text, value] of `batch`; `isShared` says whether a share of
 * `sides.from` on this link names a post. Never throws: a verifier that fails says no.
 */
export async function entriesThatCross(
  verifier: EntryVerifier,
  sides: LinkSides,
  batch: readonly (readonly [string, unknown])[],
  isShared: (post: string) => boolean,
): Promise<CrossingVerdict[]> {
  const answers = batch.map(() => no);
  if (batch.length === 0) return answers;
  try {
    const verdicts = await verifier.check(sides.from, batch);
    const candidates: { at: number; entry: Entry; bytes: Uint8Array; verdict: CrossingVerdict }[] = [];
    for (const [at, verdict] of verdicts.entries()) {
      if (!verdict.ok) continue;
      const [id, data] = batch[at] ?? [];
      // A worker's verdict comes without what it read: read the fields again (checked already).
      const read = verdict.read ?? (id === undefined ? null : await readEntry(sides.from, id, data, { trusted: true }));
      if (!read?.ok) continue;
      const bearing = bearingOn(read.entry, read.idText, sides, isShared);
      if (bearing.crosses || bearing.waitsFor)
        candidates.push({ at, entry: read.entry, bytes: read.bytes, verdict: bearing });
    }
    if (candidates.length === 0) return answers;
    const signed = await verifier.signatures(candidates.map(({ entry, bytes }) => signatureCheckOf(entry, bytes)));
    for (const [i, { at, entry, verdict }] of candidates.entries())
      if (signed[i] === true) answers[at] = { ...verdict, entry };
  } catch (error) {
    // A verifier that broke (a worker gone) carries nothing now; the keys are looked at again
    // when they change or the link room opens again.
    console.error(error);
    return batch.map(() => no);
  }
  return answers;
}

/**
 * Signed in the network it came from (not a genesis), of a type that crosses, and about this
 * link: a `link` entry when its peer and terms make this link's id; a shared post, its
 * update or close when a share on this link names the post; any other when it names the link.
 */
export function bearingOn(
  entry: Entry,
  idText: string,
  sides: LinkSides,
  isShared: (post: string) => boolean,
): CrossingVerdict {
  if (entry.net === null || !equalBytes(entry.net, sides.from) || !isCrossingType(entry.type)) return no;
  if (entry.type === 'link') {
    const { peer, terms } = (entry as Entry<'link'>).body;
    const about = equalBytes(peer, sides.to) && equalBytes(linkId(sides.from, peer, terms), sides.id);
    return about ? { crosses: true, shares: null, waitsFor: null } : no;
  }
  if (sharedPostTypes.has(entry.type)) {
    const post = entry.type === 'post' ? idText : toBase64Url((entry as Entry<'post-update'>).body.post);
    return isShared(post)
      ? { crosses: true, shares: null, waitsFor: null }
      : { crosses: false, shares: null, waitsFor: post };
  }
  const body = entry.body as { link?: unknown; post?: unknown };
  if (!(body.link instanceof Uint8Array) || !equalBytes(body.link, sides.id)) return no;
  const shares = entry.type === 'post-share' && body.post instanceof Uint8Array ? toBase64Url(body.post) : null;
  return { crosses: true, shares, waitsFor: null };
}
