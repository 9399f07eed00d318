// What the view's schema upgrade (version 1 → 2: the verified copy packed, unread indexes
// dropped) costs a device of the year once, in Chromium: its view as version 1 wrote it,
// then opened with version 2 (the same steps as src/data/store/NetworkDatabase.ts). Run: node bench/viewUpgrade.ts [--quick]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { Ledger } from '../src/core/Ledger.ts';
import { tableRows } from '../src/data/store/index.ts';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';
import { loadFixture } from './fixtureFile.ts';
import { benchSeed, busyYear, quickYear } from './yearFixture.ts';

const quick = process.argv.includes('--quick');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, quick ? quickYear : busyYear, benchSeed, console.log);
const ledger = new Ledger(fixture.networkId, { now: () => fixture.endTime + 86_400_000 });
await ledger.add(fixture.records);
const rows = tableRows(ledger.state, ledger.rejections());
const entries = [...ledger.entries()].map((held) => ({
  id: held.idText,
  bytes: [...held.bytes],
  author: 'x'.repeat(43),
  seq: held.entry.seq,
}));
const dexieSource = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js'), 'utf8');

const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs });
try {
  const page = await (await browser.newContext()).newPage();
  await page.route('**/blank.html', (route) =>
    route.fulfill({ body: '<!doctype html><title>upgrade</title>', contentType: 'text/html' }),
  );
  await page.goto('http://127.0.0.1:9/blank.html');
  await page.addScriptTag({ content: dexieSource });
  const ms = await page.evaluate(
    async ({ entries, transfers, posts }) => {
      type Db = {
        version(n: number): { stores(s: Record<string, string>): { upgrade(f: (tx: unknown) => unknown): void } };
        table(name: string): {
          bulkPut(rows: unknown[]): Promise<unknown>;
          toArray(): Promise<unknown[]>;
          add(row: unknown): Promise<unknown>;
          clear(): Promise<unknown>;
        };
        open(): Promise<unknown>;
        close(): void;
      };
      const Dexie = (globalThis as unknown as { Dexie: new (name: string) => Db }).Dexie;
      const v1 = {
        entries: 'id, [author+seq]',
        members: 'key, status, name',
        posts: 'id, [category+created], created, author, kind, status',
        transfers: 'id, from, to, time, *parties',
        messages: 'id, [conversation+time], to, from',
        rejected: 'id, reason',
      };
      const old = new Dexie('buurtruil-view-upgrade');
      old.version(1).stores(v1);
      for (let i = 0; i < entries.length; i += 2000) {
        await old
          .table('entries')
          .bulkPut(entries.slice(i, i + 2000).map((e) => ({ ...e, bytes: new Uint8Array(e.bytes) })));
      }
      await old.table('transfers').bulkPut(transfers);
      await old.table('posts').bulkPut(posts);
      old.close();
      // The same schema and upgrade as src/data/store/NetworkDatabase.ts.
      const started = performance.now();
      const db = new Dexie('buurtruil-view-upgrade');
      db.version(1).stores(v1);
      db.version(2)
        .stores({ copy: '++n', transfers: 'id, *parties', messages: 'id, [conversation+time]' })
        .upgrade(async (tx) => {
          const t = tx as { table(name: string): ReturnType<Db['table']> };
          const kept = (await t.table('entries').toArray()) as { id: string; bytes: Uint8Array }[];
          for (let i = 0; i < kept.length; i += 256) {
            const slice = kept.slice(i, i + 256);
            const sizes = slice.map((e) => e.bytes.length);
            const bytes = new Uint8Array(sizes.reduce((n, x) => n + x, 0));
            let at = 0;
            for (const e of slice) {
              bytes.set(e.bytes, at);
              at += e.bytes.length;
            }
            await t.table('copy').add({ ids: slice.map((e) => e.id), sizes, bytes });
          }
          await t.table('entries').clear();
        });
      await db.open();
      return performance.now() - started;
    },
    { entries, transfers: rows.transfers, posts: rows.posts },
  );
  console.log(
    `${entries.length} entries, ${rows.transfers.length} transfer rows: the upgrade took ${ms.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
}
