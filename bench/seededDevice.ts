// A device of one of the fixture's members, as the benchmarks play it: its own browser
// context with its identity and network record, and maybe the doc in IndexedDB the way a
// device that has been in the network all year would hold it. Also: waiting until its
// view holds a number of entries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import type { Identity } from '../src/core/Identity.ts';
import { restPieces } from '../src/sync/indexeddbDocStorage.ts';
import { updatePieces } from '../src/sync/updatePieces.ts';
import type { ServerProcess } from '../tests/support/processes.ts';
import type { Fixture } from './fixtureFile.ts';

export interface Device {
  context: BrowserContext;
  page: Page;
}

const dexieSource = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js'), 'utf8');
const minutes = 60_000;

/** A device of one of the fixture's members: identity, network record, and maybe the doc. */
export async function seededDevice(
  browser: Browser,
  site: ServerProcess,
  fixture: Fixture,
  update: Uint8Array,
  member: number,
  withDoc: boolean,
  role: 'member' | 'kiosk' = 'member',
  /** More of the network record: a checkpoint handed over at pairing, say. */
  recordMore: Record<string, unknown> = {},
  /**
   * Where the page's clock starts (ms since 1970; it runs on from there): a day after the
   * fixture ends unless given, so its posts (which expire as the app's editor sets, in months)
   * are on the board as on that day; 'machine' for the machine's clock.
   */
  clockAt: number | 'machine' = fixture.endTime + 24 * 60 * minutes,
): Promise<Device> {
  const identity = fixture.members[member] as Identity | undefined;
  if (!identity) throw new Error(`the fixture keeps no secrets for member ${member}`);
  const context = await browser.newContext();
  await context.grantPermissions(['camera', 'microphone']);
  // Every main-thread task over 50 ms, from the page's start: is the page responsive?
  await context.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as unknown as { benchLongTasks: [number, number][] }).benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) tasks.push([task.startTime, task.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await context.route('**/__bench/blank.html', (route) =>
    route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' }),
  );
  // Date only, shifted: Playwright's clock fakes `performance` too, and then no mark is kept.
  if (clockAt !== 'machine') await context.addInitScript(shiftDate, clockAt - Date.now());
  const page = await context.newPage();
  await page.goto(`${site.url}/__bench/blank.html`);
  await page.addScriptTag({ content: dexieSource });
  const record = {
    id: fixture.networkId,
    name: 'Buurtruil De Molenwijk',
    area: 'De Molenwijk',
    role,
    lobbySecret: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
    relays: [`ws://127.0.0.1:${site.port}/signal`],
    roomSecret: toBase64Url(fixture.roomSecret),
    epoch: 0,
    details: null,
    joinId: null,
    opened: clockAt === 'machine' ? Date.now() : clockAt,
    ...recordMore,
  };
  await page.evaluate(
    async ({ signingSecret, boxSecret, record }) => {
      interface Table {
        put(row: object): Promise<unknown>;
      }
      interface DeviceDb {
        version(n: number): { stores(schema: Record<string, string>): void };
        identity: Table;
        networks: Table;
        close(): void;
      }
      const Dexie = (globalThis as unknown as { Dexie: new (name: string) => DeviceDb }).Dexie;
      const device = new Dexie('buurtruil-device');
      // The same schema the app declares in src/data/devices/DeviceDatabase.ts.
      device.version(1).stores({ identity: 'id', networks: 'id, opened', drafts: 'key' });
      await device.identity.put({
        id: 'self',
        signingSecret: new Uint8Array(signingSecret),
        boxSecret: new Uint8Array(boxSecret),
      });
      await device.networks.put(record);
      device.close();
    },
    {
      signingSecret: [...identity.signing.secretKey],
      boxSecret: [...identity.box.secretKey],
      record,
    },
  );
  if (withDoc) await keepDocAtRest({ context, page }, `buurtruil-doc-${fixture.networkId}`, update);
  return { context, page };
}

/**
 * Writes `update` into the device's IndexedDB as the app keeps a doc at rest (y-indexeddb's
 * layout: database `name`, stores updates and custom; a large update in its pieces, as
 * src/sync/indexeddbDocStorage.ts writes it): the home doc is `buurtruil-doc-<network>`,
 * the part after a checkpoint `…-part-<summary>`.
 */
export async function keepDocAtRest({ context, page }: Device, name: string, update: Uint8Array): Promise<void> {
  const pieces = [...updatePieces(update, restPieces)];
  await context.route(`**/__bench/${name}/*.bin`, (route) => {
    const index = Number(/(\d+)\.bin$/.exec(route.request().url())?.[1]);
    route.fulfill({ body: Buffer.from(pieces[index] as Uint8Array), contentType: 'application/octet-stream' });
  });
  await page.evaluate(
    async ({ name, count }) => {
      const bytes: Uint8Array[] = [];
      for (let i = 0; i < count; i++)
        bytes.push(new Uint8Array(await (await fetch(`/__bench/${name}/${i}.bin`)).arrayBuffer()));
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('updates', { autoIncrement: true });
          request.result.createObjectStore('custom');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('updates', 'readwrite');
        for (const piece of bytes) tx.objectStore('updates').add(piece);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name, count: pieces.length },
  );
}

/** Waits until the device's view holds `count` entries; returns when, by the page's clock. */
export async function waitForProjected(page: Page, count: number): Promise<number> {
  const done = await page.waitForFunction(
    (n) => {
      const mark = performance.getEntriesByName('buurtruil:projected').at(-1) as PerformanceMark | undefined;
      const entries = (mark?.detail as { entries?: number } | undefined)?.entries ?? 0;
      return entries >= n ? performance.now() : false;
    },
    count,
    { polling: 50, timeout: 30 * minutes },
  );
  return (await done.jsonValue()) as number;
}

/** Runs in the page: `Date` as the machine's clock moved by `offset` ms, running on from there. */
function shiftDate(offset: number): void {
  const Machine = Date;
  class Shifted extends Machine {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(Machine.now() + offset);
      else super(...(args as [number]));
    }
    static override now(): number {
      return Machine.now() + offset;
    }
  }
  globalThis.Date = Shifted as DateConstructor;
}
