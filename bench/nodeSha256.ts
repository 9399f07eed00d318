// Node's native SHA-256 (node:crypto) given to the core through its hash port
// (src/core/crypto/hash.ts): how a Node process audits, as the floor (verifyFloor.ts) hashes.
import { hash as nodeHash } from 'node:crypto';
import { useSha256 } from '../src/core/crypto/hash.ts';

export function useNodeSha256(): void {
  useSha256((bytes) => {
    const digest = nodeHash('sha256', bytes, 'buffer');
    // A plain Uint8Array over the same memory: the core's bytes are never Buffers.
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.length);
  });
}
