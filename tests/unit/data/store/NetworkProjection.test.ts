// The Dexie view: applying entries as they come gives the same tables as a full rebuild,
// and the verified copy survives a restart.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import type { PostRow } from '../../../../src/data/store/index.ts';
import {
  NetworkDatabase,
  NetworkProjection,
  type PostRowsWritten,
  tableRows,
} from '../../../../src/data/store/index.ts';
import { readCopy, smallPartsBeforeMerge, unpack } from '../../../../src/data/store/verifiedCopy.ts';
import { idOf, keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const open: NetworkDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function database(): NetworkDatabase {
  const db = new NetworkDatabase(`test-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

async function dump(db: NetworkDatabase) {
  const sortBy = <T>(rows: T[], key: (row: T) => string) => rows.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return {
    members: sortBy(await db.members.toArray(), (r) => r.key),
    posts: sortBy(await db.posts.toArray(), (r) => r.id),
    transfers: sortBy(await db.transfers.toArray(), (r) => r.id),
    messages: sortBy(await db.messages.toArray(), (r) => r.id),
    rejected: sortBy(await db.rejected.toArray(), (r) => r.id),
    entries: [...(await readCopy(db)).entries.keys()].sort(),
  };
}

function busyNetwork(): TestNetwork {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  const post = network.post(anna);
  network.write(bram, 'profile', {
    name: 'Bram',
    area: 'Oost',
    offers: ['klussen'],
    words: 'Ik repareer fietsen',
    languages: ['nl'],
    paused: false,
    perWeek: 0,
  });
  const pay = network.transfer(anna, bram, 90);
  network.transfer(bram, anna, 30);
  network.transfer(anna, anna, 30);
  network.write(network.founder, 'reverse-transfer', { transfer: pay.id, reason: 'Dubbel' });
  network.write(network.founder, 'hide-post', { post: post.id, reason: 'Per ongeluk geplaatst' });
  network.post(bram, { kind: 'offer', title: 'Fiets nakijken', category: 'klussen' });
  return network;
}

describe('NetworkProjection', () => {
  it('incremental apply and a full rebuild give identical tables', async () => {
    const network = busyNetwork();
    const incrementalDb = database();
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
    // A page's copy of the posts, kept only from what the projection says it wrote.
    const told = new Map<string, PostRow>();
    const follow = (written: PostRowsWritten) => {
      if (written.cleared) told.clear();
      for (const id of written.removed) told.delete(id);
      for (const row of written.put) told.set(row.id, row);
    };
    const incremental = new NetworkProjection(incrementalDb, ledger, follow);
    let inPlace = 0;
    for (const record of network.records()) {
      const change = await ledger.add([record]);
      if (!change.rebuilt) inPlace++;
      await incremental.update(change);
    }
    // Most entries took the path that writes only the rows they touched.
    expect(inPlace).toBeGreaterThan(5);

    const rebuiltDb = database();
    const fullLedger = await network.ledger();
    const full = new NetworkProjection(rebuiltDb, fullLedger);
    await full.reconcile();
    await full.rebuild();

    const a = await dump(incrementalDb);
    expect(a).toEqual(await dump(rebuiltDb));
    expect([...told.values()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(a.posts);
    // After a rebuild (tables cleared and written anew) the copy is the table again.
    told.set('a post that is gone', { ...(a.posts[0] as PostRow), id: 'a post that is gone' });
    await new NetworkProjection(incrementalDb, ledger, follow).rebuild();
    expect([...told.values()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(a.posts);
    expect(a.posts.find((p) => p.title === 'Fiets nakijken')?.status).toBe('open');
    expect(a.posts.find((p) => p.category === 'meegaan')).toMatchObject({
      status: 'hidden',
      hiddenReason: 'Per ongeluk geplaatst',
    });
    expect(a.transfers.find((t) => t.minutes === 90)).toMatchObject({ reversed: true });
    expect(a.members.find((m) => m.name === 'Bram')?.balance).toBe(120 + 0 - 30);
    expect(a.rejected.map((r) => r.reason)).toEqual(['self']);
  });

  it('what a member writes from another device (a card, an added phone) updates the member row in place', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const phone = newIdentity();
    network.addDevice(bram, phone);
    const db = database();
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
    const projection = new NetworkProjection(db, ledger);
    for (const record of network.records()) await projection.update(await ledger.add([record]));
    const start = network.entries.length;
    network.write(phone, 'profile', {
      name: 'Bram',
      area: 'Oost',
      offers: [],
      words: '',
      languages: [],
      paused: false,
      perWeek: 0,
    });
    network.transfer(phone, anna, 30);
    for (const record of network.records(network.entries.slice(start))) {
      const change = await ledger.add([record]);
      expect(change.rebuilt).toBe(false);
      await projection.update(change);
    }
    expect(await db.members.get(keyOf(bram))).toMatchObject({ name: 'Bram', balance: 120 - 30 });
    expect(await db.members.get(keyOf(anna))).toMatchObject({ balance: 120 + 30 });
  });

  it('finds rows by their indexes', async () => {
    const network = busyNetwork();
    const db = database();
    const projection = new NetworkProjection(db, await network.ledger());
    await projection.reconcile();
    const offers = await db.posts
      .where('[category+created]')
      .between(['klussen', 0], ['klussen', Number.MAX_SAFE_INTEGER])
      .toArray();
    expect(offers.map((p) => p.title)).toEqual(['Fiets nakijken']);
    const members = [...(await network.state()).members.keys()];
    const anna = members[1] as string;
    expect(await db.transfers.where('parties').equals(anna).count()).toBe(2);
    expect(await db.members.where('status').equals('admitted').count()).toBe(3);
  });

  it('keeps the verified copy: after a restart the ledger is whole without the doc', async () => {
    const network = busyNetwork();
    const db = database();
    const ledger = await network.ledger();
    await new NetworkProjection(db, ledger).reconcile();

    const restarted = new Ledger(network.netId, { now: () => network.clock + 1000 });
    await new NetworkProjection(db, restarted).loadVerifiedCopy();
    expect(restarted.state.members.get(keyOf(network.founder))?.status).toBe('admitted');
    expect(restarted.has(idOf(network.genesis))).toBe(true);
    expect(restarted.state.transfers.size).toBe(ledger.state.transfers.size);
  });

  it("a device's view of before (version 1) opens with every entry packed and every row, without the indexes nobody reads", async () => {
    const network = busyNetwork();
    const ledger = await network.ledger();
    const name = `test-${crypto.randomUUID()}`;
    // The view as version 1 of the schema wrote it.
    const old = new Dexie(`buurtruil-view-${name}`);
    old.version(1).stores({
      entries: 'id, [author+seq]',
      members: 'key, status, name',
      posts: 'id, [category+created], created, author, kind, status',
      transfers: 'id, from, to, time, *parties',
      messages: 'id, [conversation+time], to, from',
      rejected: 'id, reason',
    });
    const rows = tableRows(ledger.state, ledger.rejections());
    const entries = [...ledger.entries()].map((held) => ({
      id: held.idText,
      bytes: held.bytes,
      author: keyOf(network.founder),
      seq: held.entry.seq,
    }));
    await old.table('entries').bulkPut(entries);
    await old.table('transfers').bulkPut(rows.transfers);
    await old.table('messages').bulkPut(rows.messages);
    old.close();

    const db = new NetworkDatabase(name);
    open.push(db);
    expect(db.verno).toBe(3);
    expect([...(await readCopy(db)).entries.keys()].sort()).toEqual(entries.map((e) => e.id).sort());
    // Packed: a row per part, not per entry.
    expect(await db.copy.count()).toBe(1);
    expect(await db.entries.count()).toBe(0);
    expect(await db.transfers.count()).toBe(rows.transfers.length);
    expect(db.transfers.schema.indexes.map((index) => index.name)).toEqual(['parties']);
    expect(db.messages.schema.indexes.map((index) => index.name)).toEqual(['[conversation+time]']);
    const anna = [...ledger.state.members.keys()][1] as string;
    expect(await db.transfers.where('parties').equals(anna).count()).toBe(2);
    const restarted = new Ledger(network.netId, { now: () => network.clock + 1000 });
    await new NetworkProjection(db, restarted).loadVerifiedCopy();
    expect(restarted.size).toBe(ledger.size);
  });

  it('packs the verified copy a part at a time, and entries that come one by one together in time', async () => {
    const network = busyNetwork();
    for (let i = 0; i < 40; i++) network.post(network.founder, { title: `Vraag ${i}` });
    const db = database();
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
    const projection = new NetworkProjection(db, ledger);
    // This device's own write keeps its place in the chain (the write pipeline does this).
    const [genesis] = network.entries;
    if (!genesis) throw new Error('no genesis');
    const founder = keyOf(network.founder);
    await db.entries.put({ id: idOf(genesis), bytes: genesis.bytes, author: founder, seq: 1 });
    for (const signed of network.entries) {
      const added = await ledger.add([[idOf(signed), signed.bytes]]);
      await projection.update({ ...added, rebuilt: false });
    }
    expect([...(await readCopy(db)).entries.keys()].sort()).toEqual(network.entries.map(idOf).sort());
    // 50 entries that came one by one: not 50 rows.
    expect(await db.copy.count()).toBeLessThan(smallPartsBeforeMerge);
    const own = await db.entries
      .where('[author+seq]')
      .between([founder, 1], [founder, Number.MAX_SAFE_INTEGER])
      .toArray();
    expect(own.map((entry) => entry.id)).toEqual([idOf(genesis)]);

    const restarted = new Ledger(network.netId, { now: () => network.clock + 1000 });
    await new NetworkProjection(db, restarted).loadVerifiedCopy();
    expect(restarted.size).toBe(network.entries.length);
  });

  it('a change after the state was derived anew writes every entry the copy lacks, not only its own', async () => {
    // A new device's view waits for its checkpoint's summary: the changes before it are not
    // projected, and the derivation that follows is told as a change of no entries.
    const network = busyNetwork();
    const db = database();
    const ledger = await network.ledger();
    await new NetworkProjection(db, ledger).update({ accepted: [], refused: [], rebuilt: true });
    expect((await readCopy(db)).entries.size).toBe(network.entries.length);
  });

  it('a first write of thousands of entries goes in full packs, eight to a transaction', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    for (let i = 0; i < 2600; i++) network.post(anna, { title: `Hulp ${i}` });
    const db = database();
    const ledger = await network.ledger();
    await new NetworkProjection(db, ledger).reconcile();
    const copy = await readCopy(db);
    expect(copy.entries.size).toBe(network.entries.length);
    // Only the last pack of the write is short (a pack split at a transaction's end was too).
    expect(copy.small.length).toBe(1);
  });

  it('two projections at once copy each entry once (a change beside the derivation anew)', async () => {
    const network = busyNetwork();
    // Enough for the first write to take several transactions while the second begins.
    const anna = network.member('Anna de tweede');
    for (let i = 0; i < 3000; i++) network.post(anna, { title: `Hulp ${i}` });
    const db = database();
    const ledger = await network.ledger();
    const projection = new NetworkProjection(db, ledger);
    const all = network.entries.map(idOf);
    await Promise.all([
      projection.update({ accepted: all, refused: [], rebuilt: false }),
      projection.update({ accepted: [], refused: [], rebuilt: true }),
    ]);
    const copied = (await db.copy.toArray()).flatMap((part) => unpack(part).map((entry) => entry.id));
    expect(copied.sort()).toEqual([...all].sort());
  });
});
