// The summary and pages of the checkpoint this device derives across (docs/protocol.md §4.8),
// kept beside the view: at the next opening the ledger starts from them while the verified
// copy is read in, before the doc (which also holds them) is loaded. Only the newest
// checkpoint's are kept.
import type { NetworkDatabase } from './NetworkDatabase.ts';

/** Keeps these values (summary and pages, by the base64url of their hash) in place of the ones before. */
export async function keepCheckpointPages(db: NetworkDatabase, values: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await db.transaction('rw', db.pages, async () => {
    await db.pages.clear();
    await db.pages.bulkPut([...values].map(([hash, bytes]) => ({ hash, bytes })));
  });
}

export async function readCheckpointPages(db: NetworkDatabase): Promise<Map<string, Uint8Array>> {
  return new Map((await db.pages.toArray()).map((row) => [row.hash, row.bytes]));
}
