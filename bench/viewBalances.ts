// The balances a device's view holds (its IndexedDB rows), read from the bench: figure (3b)
// and the phone's first verification end when every member's is the whole history's.
import type { Page } from '@playwright/test';

const minutes = 60_000;

/** The balances the page's view holds, by member (none before the app made its view). */
export async function memberBalances(page: Page, networkId: string): Promise<Map<string, number>> {
  const rows = await page.evaluate(async (id) => {
    // Opened only once the app has made it: opening it first would make an empty one.
    const name = `buurtruil-view-${id}`;
    if (!(await indexedDB.databases()).some((known) => known.name === name)) return [];
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = db.objectStoreNames.contains('members')
      ? await new Promise<{ key: string; balance: number }[]>((resolve) => {
          const request = db.transaction('members').objectStore('members').getAll();
          request.onsuccess = () => resolve(request.result);
        })
      : [];
    db.close();
    return all.map((row) => [row.key, row.balance] as [string, number]);
  }, networkId);
  return new Map(rows);
}

/**
 * Waits until the view's balances are `whole`, every member's (the balances right, and the
 * state they come from one the device can write on); returns when, by the page's clock.
 */
export async function waitForBalances(page: Page, networkId: string, whole: Map<string, number>): Promise<number> {
  for (const deadline = Date.now() + 30 * minutes; Date.now() < deadline; await page.waitForTimeout(100)) {
    const at = await page.evaluate(() => performance.now());
    const have = await memberBalances(page, networkId);
    if ([...whole].every(([key, balance]) => have.get(key) === balance)) return at;
  }
  throw new Error('the balances were not right within 30 minutes');
}
