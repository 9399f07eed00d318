// From bytes that came from anywhere to a checked entry: size, canonical encoding, exact
// shape, id, signature. Everything a single entry can be checked for on its own.

import { publicKeyLength, signatureLength, verify } from '../crypto/signatures.ts';
import { fromBase64Url, toBase64Url } from '../encoding/base64url.ts';
import { decodeCanonical } from '../encoding/canonical.ts';
import { bodyReaders, type EntryType, entryTypes, idLength } from './bodies.ts';
import { type Entry, entryId, maxEntryBytes, protocolVersion, signedBytesOf } from './Entry.ts';
import { bytes, int, nullable, oneOf, record, ShapeError } from './shape.ts';

export type EntryProblem = 'oversized' | 'malformed' | 'wrong-id' | 'bad-signature';

export type ReadResult =
  | { ok: true; id: Uint8Array; idText: string; bytes: Uint8Array; entry: Entry }
  | { ok: false; problem: EntryProblem; detail: string };

/** The newest time an entry may claim: a little ahead, for clocks that run fast. */
export const maxClockSkewMs = 10 * 60 * 1000;

const envelope = record({
  v: int(protocolVersion, protocolVersion),
  type: oneOf(...entryTypes),
  author: bytes(publicKeyLength),
  seq: int(1, Number.MAX_SAFE_INTEGER),
  prev: nullable(bytes(idLength)),
  time: int(0, Number.MAX_SAFE_INTEGER),
  body: (value) => value,
  sig: bytes(signatureLength),
});

/**
 * Reads and verifies one entry of network `net` stored under `claimedId` (the Y.Map key,
 * base64url). Async only because WebCrypto verifies asynchronously.
 */
export async function readEntry(
  net: Uint8Array,
  claimedId: string,
  data: unknown,
  { trusted = false }: { trusted?: boolean } = {},
): Promise<ReadResult> {
  if (!(data instanceof Uint8Array)) return { ok: false, problem: 'malformed', detail: 'not bytes' };
  if (data.length > maxEntryBytes) return { ok: false, problem: 'oversized', detail: `${data.length} bytes` };
  // Trusted: bytes this device verified before and kept in its own storage.
  const id = trusted ? fromBase64Url(claimedId) : entryId(data);
  const idText = trusted ? claimedId : toBase64Url(entryId(data));
  if (!id || idText !== claimedId) return { ok: false, problem: 'wrong-id', detail: 'stored under another id' };
  let entry: Entry;
  try {
    const raw = envelope(decodeCanonical(data), 'entry');
    const type = raw.type as EntryType;
    const body = bodyReaders[type](raw.body, 'body');
    // A genesis entry is signed before its network has an id: its net is null.
    entry = { ...raw, net: type === 'genesis' ? null : net, type, body } as Entry;
  } catch (error) {
    return {
      ok: false,
      problem: 'malformed',
      detail: error instanceof ShapeError ? error.message : 'not canonical CBOR',
    };
  }
  if ((entry.seq === 1) !== (entry.prev === null)) {
    return { ok: false, problem: 'malformed', detail: 'prev must be null exactly when seq is 1' };
  }
  if (!trusted && !(await verify(entry.sig, signedBytesOf(entry), entry.author))) {
    return { ok: false, problem: 'bad-signature', detail: 'signature does not match' };
  }
  return { ok: true, id, idText, bytes: data, entry };
}
