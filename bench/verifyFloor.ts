// The floor of figure (1) in Node: hash every entry's bytes with SHA-256 (node:crypto,
// native) and decode its payload, and verify the signature of every chain head with
// WebCrypto's Ed25519 (§3.5: a head vouches for its ancestors by their hashes). Nothing
// else: no rules, no rows.
import { createHash } from 'node:crypto';
import { signatureLength } from '../src/core/crypto/signatures.ts';
import { decodeStrict } from '../src/core/encoding/canonical.ts';
import type { SignatureWork } from './signatureWork.ts';

export async function verifyFloorMs(work: SignatureWork): Promise<number> {
  const started = performance.now();
  const keys = new Map<string, Promise<CryptoKey>>();
  const keyOf = (author: Uint8Array) => {
    const name = Buffer.from(author).toString('latin1');
    let key = keys.get(name);
    if (!key) {
      key = crypto.subtle.importKey('raw', author, { name: 'Ed25519' }, false, ['verify']);
      keys.set(name, key);
    }
    return key;
  };
  const verified = Promise.all(
    work.signatures.map(async (signature, i) =>
      crypto.subtle.verify(
        'Ed25519',
        await keyOf(work.authors[i] as Uint8Array),
        signature,
        work.messages[i] as Uint8Array,
      ),
    ),
  );
  for (const wire of work.wires) {
    createHash('sha256').update(wire).digest();
    decodeStrict(wire.subarray(signatureLength));
  }
  const results = await verified;
  if (!results.every(Boolean)) throw new Error('the floor found a signature that does not verify');
  return performance.now() - started;
}
