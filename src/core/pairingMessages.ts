// The three messages of the pairing handshake (version 3), in the order they cross:
//
//   A → B:  DAG-CBOR [3, "commit", commitment (32)]
//   B → A:  DAG-CBOR [3, "key",    keyB (32), nonceB (32)]
//   A → B:  DAG-CBOR [3, "reveal", keyA (32), nonceA (32)]
//
// Each has exactly one length and one encoding, so a reader that expects one kind takes
// those bytes and nothing else: another kind (a message out of order), another version
// (a version-2 device sends its bare 32-byte key), a byte more or less is refused before
// anything is decoded or believed.
import { decodeCanonical, encodeCanonical } from './encoding/canonical.ts';
import { pairingNonceLength } from './pairing.ts';

export const pairingVersion = 3;

export type PairingMessage =
  | { kind: 'commit'; commitment: Uint8Array }
  | { kind: 'key'; key: Uint8Array; nonce: Uint8Array }
  | { kind: 'reveal'; key: Uint8Array; nonce: Uint8Array };

export type PairingMessageKind = PairingMessage['kind'];

export function encodePairingMessage(message: PairingMessage): Uint8Array {
  return encodeCanonical(
    message.kind === 'commit'
      ? [pairingVersion, message.kind, message.commitment]
      : [pairingVersion, message.kind, message.key, message.nonce],
  );
}

/** The one length each message has (its fields are of fixed size). */
const lengthOf: Record<PairingMessageKind, number> = {
  commit: encodePairingMessage({ kind: 'commit', commitment: new Uint8Array(32) }).length,
  key: encodePairingMessage({ kind: 'key', key: new Uint8Array(32), nonce: new Uint8Array(pairingNonceLength) }).length,
  reveal: encodePairingMessage({
    kind: 'reveal',
    key: new Uint8Array(32),
    nonce: new Uint8Array(pairingNonceLength),
  }).length,
};

/** The message of `kind`, exactly as a version-3 end encodes it; null for any other bytes. */
export function readPairingMessage<K extends PairingMessageKind>(
  bytes: Uint8Array,
  kind: K,
): Extract<PairingMessage, { kind: K }> | null {
  if (bytes.length !== lengthOf[kind]) return null;
  let value: unknown;
  try {
    value = decodeCanonical(bytes);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value[0] !== pairingVersion || value[1] !== kind) return null;
  if (kind === 'commit') {
    const [, , commitment] = value as unknown[];
    if (value.length !== 3 || !isBytes(commitment, 32)) return null;
    return { kind, commitment } as Extract<PairingMessage, { kind: K }>;
  }
  const [, , key, nonce] = value as unknown[];
  if (value.length !== 4 || !isBytes(key, 32) || !isBytes(nonce, pairingNonceLength)) return null;
  return { kind, key, nonce } as Extract<PairingMessage, { kind: K }>;
}

function isBytes(value: unknown, length: number): value is Uint8Array {
  return value instanceof Uint8Array && value.length === length;
}
