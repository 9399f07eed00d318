// What verifying a fixture means at the least, as plain bytes: for each entry the
// signature, the message it signs (domain ‖ payload), the author's key, and the wire bytes
// whose hash is its id. The floors (bench/verifyFloor.ts, bench/browserFloors.ts) do only
// this work, natively, so the figures can be read as a multiple of what the machine allows.
import { publicKeyLength, signatureLength } from '../src/core/crypto/signatures.ts';
import { decodeStrict } from '../src/core/encoding/canonical.ts';
import { signedMessage } from '../src/core/entry/Entry.ts';
import type { Fixture } from './fixtureFile.ts';

export interface SignatureWork {
  signatures: Uint8Array[];
  messages: Uint8Array[];
  authors: Uint8Array[];
  wires: Uint8Array[];
}

export function signatureWork(fixture: Fixture): SignatureWork {
  const work: SignatureWork = { signatures: [], messages: [], authors: [], wires: [] };
  for (const [, wire] of fixture.records) {
    const payload = wire.subarray(signatureLength);
    const fields = decodeStrict(payload) as unknown[];
    const author = fields[2] as Uint8Array;
    if (author.length !== publicKeyLength) throw new Error('fixture entry without an author key');
    work.signatures.push(wire.subarray(0, signatureLength));
    work.messages.push(signedMessage(fields[1] === 'genesis' ? null : fixture.net, payload));
    work.authors.push(author);
    work.wires.push(wire);
  }
  return work;
}

/** The same, packed into one buffer for a page: [count][per entry: 32 key, 64 sig, u32 length, message, u32 length, wire]. */
export function packSignatureWork(work: SignatureWork): Uint8Array {
  let size = 4;
  for (let i = 0; i < work.wires.length; i++) {
    size += publicKeyLength + signatureLength + 8 + (work.messages[i]?.length ?? 0) + (work.wires[i]?.length ?? 0);
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, work.wires.length);
  let at = 4;
  for (let i = 0; i < work.wires.length; i++) {
    const message = work.messages[i] as Uint8Array;
    const wire = work.wires[i] as Uint8Array;
    out.set(work.authors[i] as Uint8Array, at);
    out.set(work.signatures[i] as Uint8Array, at + publicKeyLength);
    at += publicKeyLength + signatureLength;
    view.setUint32(at, message.length);
    out.set(message, at + 4);
    at += 4 + message.length;
    view.setUint32(at, wire.length);
    out.set(wire, at + 4);
    at += 4 + wire.length;
  }
  return out;
}
