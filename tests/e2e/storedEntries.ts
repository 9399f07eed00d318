// What a browser profile keeps of its networks' entries, for a failure message: its own (the
// `entries` table) and the verified copy (`copy`, packed rows of ids). When a step waits in
// vain for what another device wrote, the counts tell "it never arrived" from "it arrived and
// the page did not show it", the view's last projection whether it came late, and the
// connection's counts whether it had anyone to come from.
import type { Page } from '@playwright/test';

export function storedEntries(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const each = <T>(db: IDBDatabase, store: string, take: (value: T) => void): Promise<void> =>
      new Promise((resolve) => {
        if (!db.objectStoreNames.contains(store)) return resolve();
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => {
          for (const value of request.result as T[]) take(value);
          resolve();
        };
        request.onerror = () => resolve();
      });
    let own = 0;
    let copied = 0;
    for (const info of await indexedDB.databases()) {
      if (!info.name?.startsWith('buurtruil-view-')) continue;
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await each(db, 'entries', () => own++);
      await each<{ ids?: unknown[] }>(db, 'copy', (row) => {
        copied += row.ids?.length ?? 0;
      });
      db.close();
    }
    const status = document.querySelector('[data-testid="connection-status"]');
    const peers = status
      ? `relays ${status.getAttribute('data-relays')}, WebRTC peers ${status.getAttribute('data-webrtc-peers')}`
      : 'no connection status';
    // When the view last took a change, and of how many entries: a late arrival shows as a
    // projection just now, a change not shown as one long ago.
    const projected = performance.getEntriesByName('buurtruil:projected').at(-1) as PerformanceMark | undefined;
    const last = projected
      ? `view last projected ${Math.round(performance.now() - projected.startTime)} ms ago, ${(projected.detail as { entries?: number } | null)?.entries ?? '?'} entries`
      : 'view never projected';
    return `${own} own, ${copied} in the verified copy; ${last}; ${peers}`;
  });
}

/** Runs a step; if it fails, says what each device keeps, with the step's own error. */
export async function withEntryCounts(devices: Record<string, Page>, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const counts: string[] = [];
    for (const [name, page] of Object.entries(devices)) {
      counts.push(`${name}: ${await storedEntries(page).catch(() => 'unknown')}`);
    }
    if (error instanceof Error) error.message += `\nentries kept: ${counts.join('; ')}`;
    throw error;
  }
}
