// What verifying a fixture means at the least, as plain bytes: for each entry the wire
// bytes whose hash is its id and the payload to decode, and for each chain head (§3.5: an
// entry no later entry of its author names as `prev`) the signature, the message it signs
// (domain ‖ payload) and the author's key. The floors (bench/verifyFloor.ts,
// bench/browserFloors.ts) do only this work, natively, so the figures can be read as a
// multiple of what the machine allows.
import { publicKeyLength, signatureLength } from '../src/core/crypto/signatures.ts';
import { decodeStrict } from '../src/core/encoding/canonical.ts';
import { signedMessage } from '../src/core/entry/Entry.ts';
import type { Fixture } from './fixtureFile.ts';

export interface SignatureWork {
  /** One per chain head. */
  signatures: Uint8Array[];
  messages: Uint8Array[];
  authors: Uint8Array[];
  /** Which entry (its index in `wires`) each signature is the head of. */
  headIndex: number[];
  /** One per entry. */
  wires: Uint8Array[];
}

export function signatureWork(fixture: Fixture): SignatureWork {
  const work: SignatureWork = { signatures: [], messages: [], authors: [], headIndex: [], wires: [] };
  const named = new Set<string>();
  const read = fixture.records.map(([, wire]) => {
    const payload = wire.subarray(signatureLength);
    const fields = decodeStrict(payload) as unknown[];
    const author = fields[2] as Uint8Array;
    if (author.length !== publicKeyLength) throw new Error('fixture entry without an author key');
    if (fields[4] instanceof Uint8Array) named.add(Buffer.from(fields[4]).toString('base64url'));
    return { wire, payload, fields, author };
  });
  fixture.records.forEach(([id], i) => {
    const { wire, payload, fields, author } = read[i] as (typeof read)[number];
    work.wires.push(wire);
    if (named.has(id)) return;
    work.signatures.push(wire.subarray(0, signatureLength));
    work.messages.push(signedMessage(fields[1] === 'genesis' ? null : fixture.net, payload));
    work.authors.push(author);
    work.headIndex.push(i);
  });
  return work;
}

/**
 * The same, packed into one buffer for a page: [count][per entry: u8 head?, (if a head: 32
 * key, 64 sig, u32 length, message), u32 length, wire].
 */
export function packSignatureWork(work: SignatureWork): Uint8Array {
  let size = 4;
  for (const wire of work.wires) size += 1 + 4 + wire.length;
  for (const message of work.messages) size += publicKeyLength + signatureLength + 4 + message.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, work.wires.length);
  let at = 4;
  let head = 0;
  work.wires.forEach((wire, i) => {
    const isHead = work.headIndex[head] === i;
    out[at] = isHead ? 1 : 0;
    at += 1;
    if (isHead) {
      const message = work.messages[head] as Uint8Array;
      out.set(work.authors[head] as Uint8Array, at);
      out.set(work.signatures[head] as Uint8Array, at + publicKeyLength);
      at += publicKeyLength + signatureLength;
      view.setUint32(at, message.length);
      out.set(message, at + 4);
      at += 4 + message.length;
      head++;
    }
    view.setUint32(at, wire.length);
    out.set(wire, at + 4);
    at += 4 + wire.length;
  });
  return out;
}
