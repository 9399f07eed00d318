// The peers' entries a ledger holds (docs/protocol-links.md §2): read and verified once,
// each under its peer's net (foreign.ts), kept by foreign key with their bytes, or kept
// aside with the reason they were refused on reading. Whether they count is step 5 of the
// rules (settleLinks.ts), derived with the ledger's own entries.
import type { Rejection } from '../state/Rejection.ts';
import { readForeignEntry } from './foreign.ts';
import type { ForeignEntry, ForeignKey, NetText } from './LinkState.ts';

export type HeldForeign = ForeignEntry & { bytes: Uint8Array };

/** The page gets a turn after this many foreign entries (each is verified on its own). */
const sliceEntries = 64;

export class ForeignStore {
  private readonly held = new Map<ForeignKey, HeldForeign>();
  private readonly refused = new Map<ForeignKey, { reason: Rejection; detail: string }>();
  private readonly own: NetText;

  constructor(own: NetText) {
    this.own = own;
  }

  get size(): number {
    return this.held.size;
  }

  values(): Iterable<HeldForeign> {
    return this.held.values();
  }

  bytesOf(key: ForeignKey): Uint8Array | undefined {
    return this.held.get(key)?.bytes;
  }

  /** Foreign entries refused on reading (not authentic under the peer's net, our own net, a type that does not cross). */
  refusals(): ReadonlyMap<ForeignKey, { reason: Rejection; detail: string }> {
    return this.refused;
  }

  /** Reads and verifies records not held yet; says which were taken and which refused. */
  async read(
    records: Iterable<readonly [ForeignKey, unknown]>,
    pause: () => Promise<void>,
  ): Promise<{ accepted: ForeignKey[]; refused: ForeignKey[] }> {
    const accepted: ForeignKey[] = [];
    const refused: ForeignKey[] = [];
    let done = 0;
    for (const [key, data] of records) {
      if (this.held.has(key)) continue;
      const read = await readForeignEntry(this.own, key, data);
      if (read.ok) {
        this.held.set(key, { ...read.foreign, bytes: read.bytes });
        this.refused.delete(key);
        accepted.push(key);
      } else {
        this.refused.set(key, { reason: read.reason, detail: read.detail });
        refused.push(key);
      }
      if (++done % sliceEntries === 0) await pause();
    }
    return { accepted, refused };
  }
}
