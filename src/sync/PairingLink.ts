// A direct, addressed link between two devices for the length of a pairing: bytes in,
// bytes out, in order. PeerPairing is the browser's (PeerJS through the relay's /peerjs);
// MemoryPairingLink joins two ends inside one process, for tests.
import type { PairingSide } from '../core/pairing.ts';

export type PairingProblem =
  /** The relay's PeerJS server could not be reached, or the link could not be set up. */
  | 'unreachable'
  /** No device is showing this code (now). */
  | 'unknown-code'
  /** The other end went away. */
  | 'closed'
  /** The other end sent what a pairing never sends here: a message out of order, of another shape or size, of an older version. */
  | 'refused'
  /** The other end's key was not the one it committed to: someone may sit in between. */
  | 'tampered';

export class PairingError extends Error {
  readonly problem: PairingProblem;

  constructor(problem: PairingProblem) {
    super(`pairing: ${problem}`);
    this.problem = problem;
  }
}

export interface PairingLink {
  /** The opener is the end that connected (it typed the code): it commits first in the handshake. */
  readonly side: PairingSide;
  send(bytes: Uint8Array): void;
  /** The next message from the other end; rejects with PairingError('closed') once the link is gone. */
  receive(): Promise<Uint8Array>;
  close(): void;
}
