// From bytes that came from anywhere to a checked entry: size, id, signature, canonical
// encoding, exact shape. Everything a single entry can be checked for on its own.
//
// The one-wire-form rule: the payload must be byte for byte the canonical encoding of the
// fields as they were read. A field the reader does not know, a field every JavaScript
// object inherits, a longer integer, another key order: all of them change the bytes, so
// none of them yields a second authentic copy of an entry under another id.

import { hash } from '../crypto/hash.ts';
import { isValidPublicKey, publicKeyLength, signatureLength, verify } from '../crypto/signatures.ts';
import { fromBase64Url, isBase64UrlOf } from '../encoding/base64url.ts';
import { decodeCanonical, decodeStrict, equalBytes } from '../encoding/canonical.ts';
import { keyText, sharedKey } from '../encoding/keyText.ts';
import { decodeProvenCanonical, sameDagValue, unproven } from '../encoding/provenCanonical.ts';
import { bodyReaders, isEntryType } from './bodies.ts';
import { type Entry, idLength, maxEntryBytes, payloadOf, protocolVersion, signedMessage } from './Entry.ts';
import { bytes, int, nullable, ShapeError, time } from './shape.ts';

export type EntryProblem = 'oversized' | 'malformed' | 'wrong-id' | 'bad-signature' | 'old-version';

export type ReadResult =
  | {
      ok: true;
      /** The id's bytes: read once the entry is checked, may be a view of a larger hash (copy to keep). */
      id: Uint8Array;
      idText: string;
      bytes: Uint8Array;
      entry: Entry;
      /** The author's key as text, made once here (VerifiedEntry). */
      authorText: string;
    }
  | { ok: false; problem: EntryProblem; detail: string };

/** The newest time an entry may claim: a little ahead, for clocks that run fast. */
export const maxClockSkewMs = 10 * 60 * 1000;

const readAuthor = bytes(publicKeyLength);
const readSeq = int(1, Number.MAX_SAFE_INTEGER);
const readPrev = nullable(bytes(idLength));
const readVia = nullable(bytes(publicKeyLength));

/**
 * Reads and verifies one entry of network `net` stored under `claimedId` (the Y.Map key,
 * base64url). Async only because WebCrypto verifies asynchronously. `trusted`: bytes this
 * device (or its verifier, EntryVerifier.ts) checked in full before: their id, canonical
 * form and signature are not checked again, only their fields are read. (A verifier of
 * many entries checks steps 1–6 with checkEntry and one signature per chain head, §3.5.)
 */
export async function readEntry(
  net: Uint8Array,
  claimedId: string,
  data: unknown,
  { trusted = false }: { trusted?: boolean } = {},
): Promise<ReadResult> {
  const result = checkEntry(net, claimedId, data, { trusted });
  if (!result.ok || trusted) return result;
  if (!(await signatureVerifies(result.entry, result.bytes))) {
    return { ok: false, problem: 'bad-signature', detail: 'signature does not match' };
  }
  return result;
}

/**
 * readEntry without step 7, the entry's own signature: everything checked at once, with no
 * promise per entry (a verifier checks tens of thousands in a row, EntryVerifier.ts).
 */
export function checkEntry(
  net: Uint8Array,
  claimedId: string,
  data: unknown,
  { trusted = false }: { trusted?: boolean } = {},
): ReadResult {
  if (!(data instanceof Uint8Array)) return { ok: false, problem: 'malformed', detail: 'not bytes' };
  if (data.length > maxEntryBytes) return { ok: false, problem: 'oversized', detail: `${data.length} bytes` };
  if (data.length <= signatureLength) return { ok: false, problem: 'malformed', detail: 'too short' };
  // Untrusted: the hash's first bytes, a view (not a copy: nothing keeps it past this read).
  const id = trusted ? fromBase64Url(claimedId) : hash(data).subarray(0, idLength);
  // The id read is the claimed one exactly when the claim is its text (no new text made).
  if (id?.length !== idLength || (!trusted && !isBase64UrlOf(claimedId, id))) {
    return isOldVersion(data)
      ? { ok: false, problem: 'old-version', detail: 'written by an older version of Buurtruil' }
      : { ok: false, problem: 'wrong-id', detail: 'stored under another id' };
  }
  const payload = data.subarray(signatureLength);
  let fields: unknown[];
  // Most payloads are read by a decoder that proves them canonical as it reads; the rest
  // (floats, tags, longer forms, keys out of order…) are decoded in full and judged by
  // re-encoding below, as before: the same bytes are refused either way.
  const proven = decodeProvenCanonical(payload);
  try {
    const decoded = proven === unproven ? decodeStrict(payload) : proven;
    if (!Array.isArray(decoded) || decoded.length !== 8) throw new ShapeError('entry', 'type', 'not an entry');
    fields = decoded;
  } catch (error) {
    return { ok: false, problem: 'malformed', detail: problemText(error) };
  }
  if (fields[0] !== protocolVersion) {
    return { ok: false, problem: 'old-version', detail: `protocol version ${String(fields[0])}` };
  }
  let entry: Entry;
  try {
    const type = fields[1];
    if (!isEntryType(type)) throw new ShapeError('entry.type', 'choice', 'not an entry type');
    const author = readAuthor(fields[2], 'entry.author');
    const seq = readSeq(fields[3], 'entry.seq');
    const prev = readPrev(fields[4], 'entry.prev');
    const when = time(fields[5], 'entry.time');
    const via = readVia(fields[6], 'entry.via');
    const body = bodyReaders[type](fields[7], 'entry.body');
    if ((seq === 1) !== (prev === null)) throw new ShapeError('entry.prev', 'missing', 'null exactly when seq is 1');
    // A genesis entry is signed before its network has an id: its net is null.
    entry = { type, author, seq, prev, time: when, via, body, net: type === 'genesis' ? null : net } as Entry;
  } catch (error) {
    return { ok: false, problem: 'malformed', detail: problemText(error) };
  }
  const idText = claimedId;
  if (!trusted) {
    const oneForm =
      proven === unproven
        ? equalBytes(payloadOf(entry), payload)
        : // The payload is canonical: it is the encoding of its fields exactly when the fields
          // as read are the values decoded (a reader that dropped or changed one would differ).
          readAsDecoded(entry, fields);
    if (!oneForm) {
      return { ok: false, problem: 'malformed', detail: 'not the one canonical form of its fields' };
    }
  }
  // An author's entries share one copy of its key (keyText.ts: a year holds 35,000 entries of
  // 400 authors), put in once the fields are proven to be the bytes' own: a copy equal to them.
  entry.author = sharedKey(entry.author);
  if (entry.via) entry.via = sharedKey(entry.via);
  if (!trusted && !isValidPublicKey(entry.author)) {
    return { ok: false, problem: 'bad-signature', detail: 'not a usable key' };
  }
  return { ok: true, id, idText, bytes: data, entry, authorText: keyText(entry.author) };
}

/** Whether the entry's fields are the payload's eight values decoded, in the order payloadOf encodes them. */
function readAsDecoded(entry: Entry, fields: readonly unknown[]): boolean {
  return (
    fields[0] === protocolVersion &&
    entry.type === fields[1] &&
    sameDagValue(entry.author, fields[2]) &&
    entry.seq === fields[3] &&
    sameDagValue(entry.prev, fields[4]) &&
    entry.time === fields[5] &&
    sameDagValue(entry.via, fields[6]) &&
    sameDagValue(entry.body, fields[7])
  );
}

/** Step 7 alone: the entry's own signature over its network and payload (wire = sig ‖ payload). */
export function signatureVerifies(entry: Pick<Entry, 'net' | 'author'>, wire: Uint8Array): Promise<boolean> {
  return verify(
    wire.subarray(0, signatureLength),
    signedMessage(entry.net, wire.subarray(signatureLength)),
    entry.author,
  );
}

/** Protocol 1 stored entries as a CBOR map of eight fields with `v: 1`. */
function isOldVersion(data: Uint8Array): boolean {
  if (data[0] !== 0xa8) return false;
  try {
    const value = decodeCanonical(data) as { v?: unknown } | null;
    return value !== null && typeof value === 'object' && Object.hasOwn(value, 'v') && value.v === 1;
  } catch {
    return false;
  }
}

function problemText(error: unknown): string {
  return error instanceof ShapeError ? error.message : 'not canonical CBOR';
}
