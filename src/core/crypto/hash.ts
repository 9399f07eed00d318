// Entry ids and derived names are SHA-256 (FIPS 180-4), from @noble/hashes (audited) unless
// the platform gives its own: a port, so Node can hash with its native node:crypto (about
// twice as fast for a year's entries) while the core imports nothing of Node's and the
// browser keeps @noble/hashes (WebCrypto's digest is async, and dearer per small entry).
import { sha256 } from '@noble/hashes/sha2.js';

/** A SHA-256 of bytes: 32 bytes out, and nothing else may differ from @noble/hashes'. */
export type Sha256 = (bytes: Uint8Array) => Uint8Array;

let sha256Of: Sha256 = sha256;

export function hash(bytes: Uint8Array): Uint8Array {
  return sha256Of(bytes);
}

/**
 * Gives the core the platform's own SHA-256 (for every hash from then on, in this thread);
 * without an argument, @noble/hashes' again. Called once at start-up, before any entry is read.
 */
export function useSha256(platform: Sha256 = sha256): void {
  sha256Of = platform;
}
