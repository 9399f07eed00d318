// Sealing a message across a link (docs/protocol-links.md §3): to the receiver's box keys
// (from the post's share or the message it answers) and the sender's, with associated data
// DAG-CBOR ["buurtruil cross message v3", link, from, to], so a box cannot be moved to
// another link, sender or receiver.
import { open, type SealedBox, seal } from '../crypto/sealedBox.ts';
import { encodeCanonical } from '../encoding/canonical.ts';
import type { Identity } from '../Identity.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function crossMessageData(link: Uint8Array, from: Uint8Array, to: Uint8Array): Uint8Array {
  return encodeCanonical(['buurtruil cross message v3', link, from, to]);
}

/** `from`: the sender's member key; `to`: the receiver's. */
export function sealCrossMessage(
  text: string,
  recipients: readonly Uint8Array[],
  link: Uint8Array,
  from: Uint8Array,
  to: Uint8Array,
): SealedBox {
  return seal(encoder.encode(text), recipients, crossMessageData(link, from, to));
}

export function openCrossMessage(
  box: SealedBox,
  me: Identity,
  link: Uint8Array,
  from: Uint8Array,
  to: Uint8Array,
): string | null {
  const bytes = open(box, me.box, crossMessageData(link, from, to));
  if (!bytes) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
