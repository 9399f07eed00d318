// Entry ids and derived names are SHA-256 (FIPS 180-4), from @noble/hashes (audited).
import { sha256 } from '@noble/hashes/sha2.js';

export function hash(bytes: Uint8Array): Uint8Array {
  return sha256(bytes);
}
