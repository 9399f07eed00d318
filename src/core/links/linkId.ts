// The link id: one name for one link between two networks under one set of terms, the same
// on both sides (docs/protocol-links.md §1). It names both networks, so a record that names
// the link means nothing in a third network (`no-link`).
import { hash } from '../crypto/hash.ts';
import { encodeCanonical } from '../encoding/canonical.ts';
import type { LinkTerms } from '../entry/bodies/links.ts';
import { idLength } from '../entry/Entry.ts';

export type { LinkTerms } from '../entry/bodies/links.ts';

export const linkIdDomain = 'buurtruil link v3';

/** First 20 bytes of SHA-256(DAG-CBOR ["buurtruil link v3", lower net, higher net, terms]). */
export function linkId(netA: Uint8Array, netB: Uint8Array, terms: LinkTerms): Uint8Array {
  const [lower, higher] = compareBytes(netA, netB) <= 0 ? [netA, netB] : [netB, netA];
  const canonicalTerms = { categories: terms.categories, limit: terms.limit, since: terms.since };
  return hash(encodeCanonical([linkIdDomain, lower, higher, canonicalTerms])).slice(0, idLength);
}

/** Byte order: the lower net is the one whose bytes sort first (a shorter prefix first). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
