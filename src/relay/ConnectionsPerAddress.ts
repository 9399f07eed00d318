// How many connections each address holds, so one address cannot take the whole pool.
// Only counts live here, keyed by address; nothing is kept once an address's last
// connection ends, and nothing is logged.
import { addressKey } from './clientAddress.ts';

export class ConnectionsPerAddress {
  private readonly counts = new Map<string, number>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Takes a place for a connection from `address`; returns its release, or null when that address is full. */
  acquire(address: string): (() => void) | null {
    const key = addressKey(address);
    const count = this.counts.get(key) ?? 0;
    if (count >= this.limit) return null;
    this.counts.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
    };
  }

  /** How many addresses hold a connection now (a count, never which). */
  get addresses(): number {
    return this.counts.size;
  }
}
