// Two ends of a pairing link inside one process, for tests in Node: what one sends, the
// other receives, in order.
import type { PairingSide } from '../core/pairing.ts';
import { PairingError, type PairingLink } from './PairingLink.ts';

class MemoryEnd implements PairingLink {
  readonly side: PairingSide;
  other: MemoryEnd | null = null;
  private readonly waiting: Uint8Array[] = [];
  private readonly readers: { resolve(bytes: Uint8Array): void; reject(error: Error): void }[] = [];
  private closed = false;

  constructor(side: PairingSide) {
    this.side = side;
  }

  send(bytes: Uint8Array): void {
    if (this.closed || !this.other) throw new PairingError('closed');
    this.other.deliver(new Uint8Array(bytes));
  }

  receive(): Promise<Uint8Array> {
    const next = this.waiting.shift();
    if (next) return Promise.resolve(next);
    if (this.closed) return Promise.reject(new PairingError('closed'));
    return new Promise((resolve, reject) => this.readers.push({ resolve, reject }));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const reader of this.readers.splice(0)) reader.reject(new PairingError('closed'));
    this.other?.close();
  }

  private deliver(bytes: Uint8Array): void {
    if (this.closed) return;
    const reader = this.readers.shift();
    if (reader) reader.resolve(bytes);
    else this.waiting.push(bytes);
  }
}

/** The opener's end and the answerer's. */
export function memoryPairingLinks(): [PairingLink, PairingLink] {
  const a = new MemoryEnd('opener');
  const b = new MemoryEnd('answerer');
  a.other = b;
  b.other = a;
  return [a, b];
}
