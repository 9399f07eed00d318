// A join request carries a small proof of work: SHA-256 over the request's key material
// and an 8-byte nonce must start with `bits` zero bits (the network's setting, 16 by
// default). It costs an honest newcomer a moment once, and a flood of thousands of fake
// requests as many moments, while checking one costs a single hash. The price rises with
// the lobby's load (joinWorkFor): a join with only the network's bits still counts, but
// in a long list it ranks below those that paid the price of the load (requestOrder.ts).
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64Url } from './encoding/base64url.ts';
import { encodeCanonical } from './encoding/canonical.ts';
import { maxJoinWork } from './entry/bodies.ts';

export const defaultJoinWork = 16;
/** The lobby's load counts the open requests of the last 7 days. */
export const loadWindowMs = 7 * 24 * 60 * 60 * 1000;
/** Every doubling of (1 + load / loadStep) asks one bit more. */
export const loadStep = 32;

/**
 * The bits a join should carry when the lobby holds `load` open requests of the last 7
 * days: base + floor(log2(1 + load / 32)), at most 24. Integer arithmetic, so that every
 * implementation agrees: the largest k with 32 * 2^k <= 32 + load.
 */
export function joinWorkFor(base: number, load: number): number {
  let extra = 0;
  while (loadStep * 2 ** (extra + 1) <= loadStep + Math.max(0, load)) extra++;
  return Math.max(base, Math.min(maxJoinWork, base + extra));
}

function workPrefix(net: Uint8Array, author: Uint8Array, boxKey: Uint8Array): Uint8Array {
  return encodeCanonical(['buurtruil join work v2', net, author, boxKey]);
}

export function hasJoinWork(
  networkId: string,
  author: Uint8Array,
  body: { boxKey: Uint8Array; work: Uint8Array },
  bits: number,
): boolean {
  return joinWorkBits(networkId, author, body) >= bits;
}

/** The zero bits a join's work has: what its sender paid (0 when the network id is not one). */
export function joinWorkBits(networkId: string, author: Uint8Array, body: { boxKey: Uint8Array; work: Uint8Array }) {
  const net = fromBase64Url(networkId);
  if (!net) return 0;
  return workBits(workPrefix(net, author, body.boxKey), body.work);
}

/** The zero bits SHA-256(prefix ‖ work) starts with: the same measure for every proof of work. */
export function workBits(prefix: Uint8Array, work: Uint8Array): number {
  if (work.length !== 8) return 0;
  const message = withRoomForWork(prefix);
  message.set(work, message.length - 8);
  return leadingZeroBits(sha256(message));
}

/** Finds a nonce with enough leading zero bits (about 2^bits hashes). */
export function findJoinWork(net: Uint8Array, author: Uint8Array, boxKey: Uint8Array, bits: number): Uint8Array {
  const message = withRoomForWork(workPrefix(net, author, boxKey));
  const view = new DataView(message.buffer, message.length - 8, 8);
  for (let attempt = 0; ; attempt++) {
    view.setUint32(0, Math.floor(attempt / 2 ** 32));
    view.setUint32(4, attempt >>> 0);
    if (leadingZeroBits(sha256(message)) >= bits) return message.slice(message.length - 8);
  }
}

/** The same search, pausing every few thousand tries so a page stays responsive. */
export async function findJoinWorkInSteps(
  net: Uint8Array,
  author: Uint8Array,
  boxKey: Uint8Array,
  bits: number,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<Uint8Array> {
  return findWorkInSteps(workPrefix(net, author, boxKey), bits, pause);
}

/** A nonce after `prefix` with enough leading zero bits, pausing now and then (any proof of work). */
export async function findWorkInSteps(
  prefix: Uint8Array,
  bits: number,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<Uint8Array> {
  const message = withRoomForWork(prefix);
  const view = new DataView(message.buffer, message.length - 8, 8);
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0 && attempt % 4096 === 0) await pause();
    view.setUint32(0, Math.floor(attempt / 2 ** 32));
    view.setUint32(4, attempt >>> 0);
    if (leadingZeroBits(sha256(message)) >= bits) return message.slice(message.length - 8);
  }
}

function withRoomForWork(prefix: Uint8Array): Uint8Array {
  const message = new Uint8Array(prefix.length + 8);
  message.set(prefix);
  return message;
}

function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
