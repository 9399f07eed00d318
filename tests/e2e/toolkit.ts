// Steps the coordinator's toolkit tests share: going to one of the coordinator's pages and
// acting there as a person would (open a member's options, give a reason, confirm), and
// reading a device's own storage to see which epoch it is in and which entries reached it.
import { expect, type Locator, type Page } from '@playwright/test';

/** The coordinator's pages, by their titles in the coordinator's menu. */
export const coordinatorPages = {
  today: 'Vandaag',
  invite: 'Uitnodiging',
  requests: 'Aanvragen om mee te doen',
  flags: 'Om eens naar te kijken',
  signals: 'Berichten aan de coördinator',
  members: 'Buren',
  move: 'Iemand is alles kwijt',
  outreach: 'Wie zien we weinig?',
  board: 'Berichten nakijken',
  hours: 'Uren die zijn doorgegeven',
  pot: 'Buurtpot',
  kiosk: 'De kiosk in het buurthuis',
  cards: 'Leden met een ledenkaart',
  links: 'Buurt koppelen',
  log: 'Logboek',
  settings: 'Instellingen en huisregels',
  keep: 'Bewaren en overdragen',
  import: 'Overstappen van TimeOverflow',
} as const;

export type CoordinatorPage = keyof typeof coordinatorPages;

/** The coordinator's menu (at the side on a laptop; behind one button on a phone). */
export function coordinatorMenu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Onderdelen voor de coördinator' });
}

/** Goes to one of the coordinator's pages through its menu, as a person would. */
export async function openSection(page: Page, section: CoordinatorPage): Promise<void> {
  const menu = coordinatorMenu(page);
  const link = menu.getByRole('link', { name: new RegExp(`^${coordinatorPages[section].replace('?', '\\?')}`) });
  if ((await link.getAttribute('aria-current')) === 'page') return;
  const toggle = menu.getByRole('button', { name: /^Menu/ });
  if (await toggle.isVisible()) await toggle.click();
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}

/** One member's row in the coordinator's members table. */
export function memberRow(page: Page, name: string): Locator {
  return page.getByTestId('member-row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** Opens the options of one member in the coordinator's members table (on its page). */
export async function memberOptions(page: Page, name: string): Promise<Locator> {
  await openSection(page, 'members');
  const row = memberRow(page, name);
  const details = row.locator('details');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await row.getByText('Mogelijkheden', { exact: true }).click();
  }
  return row;
}

/**
 * Presses an act's button, writes the words, and confirms; waits until the form has gone
 * (it stays, with the problem in words, when the act could not be done).
 */
export async function act(
  scope: Locator,
  button: RegExp,
  words: string | null,
  confirm: string | RegExp,
): Promise<void> {
  await scope.getByRole('button', { name: button }).click();
  const form = scope.locator('form.act-form');
  if (words !== null) await form.getByRole('textbox').fill(words);
  await form.getByRole('button', { name: confirm }).click();
  await expect(form, 'the act was done (no problem shown)').toHaveCount(0);
}

interface StoredRecord {
  epoch: number;
  lobbySecret: string;
  roomSecret: string | null;
  /** The checkpoint this device checked or was handed (its summary's hash), if any. */
  checkpoint?: string | null;
  /** The checkpoint below which this phone let go of the history at rest (docs/protocol.md §7.1). */
  firstDocLetGo?: string | null;
}

/** Every row of `store` in the page's first IndexedDB database whose name starts with `prefix`. */
export async function readAll<T>(page: Page, prefix: string, store: string): Promise<T[]> {
  return page.evaluate(
    async ([dbPrefix, storeName]) => {
      const name = (await indexedDB.databases()).find((db) => db.name?.startsWith(dbPrefix))?.name ?? '';
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows: unknown[] = await new Promise((resolve) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return JSON.parse(JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? null : v)));
    },
    [prefix, store] as const,
  ) as Promise<T[]>;
}

/** The device's record of its network: which epoch (member room) it is in. */
export async function storedRecord(page: Page): Promise<StoredRecord> {
  const [record] = await readAll<StoredRecord>(page, 'buurtruil-device', 'networks');
  if (!record) throw new Error('no network on this device');
  return record;
}

/** The ids of every entry in the device's verified copy: packed, and the device's own writes a row each. */
export async function storedEntryIds(page: Page): Promise<string[]> {
  const own = (await readAll<{ id: string }>(page, 'buurtruil-view-', 'entries')).map((row) => row.id);
  const packed = (await readAll<{ ids: string[] }>(page, 'buurtruil-view-', 'copy')).flatMap((part) => part.ids);
  return [...new Set([...own, ...packed])];
}

/** The epoch a device is in, once it is `epoch`. */
export async function expectEpoch(page: Page, epoch: number): Promise<void> {
  await expect.poll(async () => (await storedRecord(page)).epoch, { timeout: 30_000 }).toBe(epoch);
}

/** The audit log's kinds of line, as the coordinator's log page shows them. */
export async function auditTypesOn(page: Page): Promise<string[]> {
  await openSection(page, 'log');
  return page.getByTestId('audit-line').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type') ?? ''));
}
