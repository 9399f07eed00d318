// The entry reader as it was before it proved canonical form while decoding (round 4,
// sixth session): decode, read the fields, encode them again and compare. Kept as the
// reference the property test holds today's reader to (provenCanonical.test.ts): both must
// refuse exactly the same bytes, with the same answer. Not used by the app.

import * as dagCbor from '@ipld/dag-cbor';
import { isValidPublicKey, publicKeyLength, signatureLength, verify } from '../../../src/core/crypto/signatures.ts';
import { fromBase64Url, toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { equalBytes } from '../../../src/core/encoding/canonical.ts';
import { bodyReaders, isEntryType } from '../../../src/core/entry/bodies.ts';
import {
  type Entry,
  entryId,
  idLength,
  maxEntryBytes,
  payloadOf,
  protocolVersion,
  signedMessage,
} from '../../../src/core/entry/Entry.ts';
import type { ReadResult } from '../../../src/core/entry/readEntry.ts';
import { bytes, int, nullable, ShapeError, time } from '../../../src/core/entry/shape.ts';

/** The old decodeStrict: DAG-CBOR decoded by @ipld/dag-cbor, canonical form not proven. */
const decodeStrict = (bytes: Uint8Array): unknown => dagCbor.decode(bytes);

/** The old decodeCanonical: decode, encode again, compare. */
export function decodeCanonicalBefore(bytes: Uint8Array): unknown {
  const value = dagCbor.decode(bytes);
  if (!equalBytes(dagCbor.encode(value), bytes)) throw new Error('not canonical');
  return value;
}
const decodeCanonical = decodeCanonicalBefore;

const readAuthor = bytes(publicKeyLength);
const readSeq = int(1, Number.MAX_SAFE_INTEGER);
const readPrev = nullable(bytes(idLength));
const readVia = nullable(bytes(publicKeyLength));

/**
 * Reads and verifies one entry of network `net` stored under `claimedId` (the Y.Map key,
 * base64url). Async only because WebCrypto verifies asynchronously. `trusted`: bytes this
 * device (or its verifier, EntryVerifier.ts) checked in full before: their id, canonical
 * form and signature are not checked again, only their fields are read. `signature:
 * false`: steps 1–6 only; the entry is authentic once its own signature or an authentic
 * child vouches for it (§3.5, chainAuthenticity.ts).
 */
export async function readEntryBefore(
  net: Uint8Array,
  claimedId: string,
  data: unknown,
  { trusted = false, signature = true }: { trusted?: boolean; signature?: boolean } = {},
): Promise<ReadResult> {
  if (!(data instanceof Uint8Array)) return { ok: false, problem: 'malformed', detail: 'not bytes' };
  if (data.length > maxEntryBytes) return { ok: false, problem: 'oversized', detail: `${data.length} bytes` };
  if (data.length <= signatureLength) return { ok: false, problem: 'malformed', detail: 'too short' };
  const id = trusted ? fromBase64Url(claimedId) : entryId(data);
  const idText = trusted ? claimedId : toBase64Url(id as Uint8Array);
  if (id?.length !== idLength || idText !== claimedId) {
    return isOldVersion(data)
      ? { ok: false, problem: 'old-version', detail: 'written by an older version of Buurtruil' }
      : { ok: false, problem: 'wrong-id', detail: 'stored under another id' };
  }
  const payload = data.subarray(signatureLength);
  let fields: unknown[];
  try {
    const decoded = decodeStrict(payload);
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
  if (trusted) return { ok: true, id: id as Uint8Array, idText, bytes: data, entry, ...textsOf(entry) };
  if (!equalBytes(payloadOf(entry), payload)) {
    return { ok: false, problem: 'malformed', detail: 'not the one canonical form of its fields' };
  }
  if (!isValidPublicKey(entry.author)) return { ok: false, problem: 'bad-signature', detail: 'not a usable key' };
  if (signature && !(await signatureVerifies(entry, data))) {
    return { ok: false, problem: 'bad-signature', detail: 'signature does not match' };
  }
  return { ok: true, id: id as Uint8Array, idText, bytes: data, entry, ...textsOf(entry) };
}

/**
 * The author's text today's reader carries (a pure function of the fields, added since; the
 * parent's text is made where it is needed, src/core/state/entryTexts.ts).
 */
function textsOf(entry: Entry): { authorText: string } {
  return { authorText: toBase64Url(entry.author) };
}

/** Step 7 alone: the entry's own signature over its network and payload (wire = sig ‖ payload). */
function signatureVerifies(entry: Pick<Entry, 'net' | 'author'>, wire: Uint8Array): Promise<boolean> {
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
