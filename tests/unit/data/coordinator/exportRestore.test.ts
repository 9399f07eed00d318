// The coordinator's export restored on a new laptop: with the coordinator's recovery file
// the same network comes back (same balances, same posts) and the laptop rejoins it; a
// file that was changed is refused with a plain reason and changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { readNetworkFile, writeNetworkFile } from '../../../../src/core/export/networkFile.ts';
import { restoreNetwork } from '../../../../src/data/coordinator/index.ts';
import { makeRecovery } from '../../../../src/data/devices/index.ts';
import { isCoordinator } from '../../../../src/data/session/index.ts';
import { Neighbourhood, postFields, until, untilStored } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

async function historyToExport() {
  const carla = await hood.found('Carla');
  const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
  const post = await anna.write('post', postFields({ title: 'Wie helpt met de tuin?' }));
  const paid = await anna.write('transfer', {
    to: carla.session.identity.signing.publicKey,
    minutes: 90,
    what: 'Tuin',
    post: null,
    proposal: null,
  });
  if (!post.ok || !paid.ok) throw new Error('history');
  await until(carla.session, () => carla.session.memberState?.transfers.has(paid.id) === true);
  const file = carla.session.exportFile();
  if (!file) throw new Error('no export');
  return { carla, anna, file, postId: post.id };
}

describe('export and restore', () => {
  it('gives back the same network on a fresh device with the coordinator’s recovery file', async () => {
    const { carla, anna, file, postId } = await historyToExport();
    // The recovery file "Bewaar je sleutel" makes, with the passphrase it shows once.
    const recovery = await makeRecovery(carla.session);
    if (!recovery) throw new Error('no recovery file');
    carla.session.close();

    const laptop = hood.device('Carla, new laptop');
    const restored = await restoreNetwork(laptop.device, file, {
      recovery: { file: recovery.file, passphrase: recovery.passphrase.toLowerCase() },
      viewDatabase: laptop.viewDatabase,
    });
    if (!restored.ok) throw new Error(restored.problem);
    expect(restored.canWrite).toBe(true);
    expect(restored.record.role).toBe('founder');

    const session = await laptop.open(restored.record);
    await until(session, () => session.phase === 'member' && isCoordinator(session));
    const members = await untilStored(
      () => session.db.members.toArray(),
      (rows) => rows.length === 2,
    );
    const balances = Object.fromEntries(members.map((m) => [m.name, m.balance]));
    expect(balances).toEqual({ Carla: 90, Anna: -90 });
    expect((await session.db.posts.get(postId))?.title).toBe('Wie helpt met de tuin?');
    // It is the network itself again: what Anna writes next reaches the new laptop.
    const next = await anna.write('post', postFields({ title: 'Nog een vraag' }));
    if (!next.ok) throw new Error(next.problem);
    await until(session, () => session.memberState?.posts.has(next.id) === true);
  });

  it('without the recovery file a device keeps a copy it can show', async () => {
    const { file, postId } = await historyToExport();
    const other = hood.device('Someone else');
    const restored = await restoreNetwork(other.device, file, { viewDatabase: other.viewDatabase });
    if (!restored.ok) throw new Error(restored.problem);
    expect(restored.canWrite).toBe(false);
    const db = other.viewDatabase(restored.record.id);
    expect((await db.posts.get(postId))?.title).toBe('Wie helpt met de tuin?');
    expect((await db.members.toArray()).map((m) => m.balance).sort()).toEqual([-90, 90]);
  });

  it('refuses a changed file, and changes nothing', async () => {
    const { file } = await historyToExport();
    const read = readNetworkFile(file);
    if (!read.ok) throw new Error(read.problem);
    const entries = read.file.entries.map((bytes) => bytes.slice());
    const last = entries.at(-1);
    if (!last) throw new Error('empty');
    last[last.length - 3] = (last[last.length - 3] ?? 0) ^ 1;
    const changed = writeNetworkFile({ ...read.file, entries });

    const laptop = hood.device('Laptop');
    expect(await restoreNetwork(laptop.device, changed, { viewDatabase: laptop.viewDatabase })).toEqual({
      ok: false,
      problem: 'not-authentic',
    });
    expect(await laptop.device.networks.count()).toBe(0);
    expect(await restoreNetwork(laptop.device, new TextEncoder().encode('naam,saldo'))).toEqual({
      ok: false,
      problem: 'not-a-network-file',
    });
    // One byte more at the end is not a network file either: exactly one form is read.
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    expect(readNetworkFile(longer)).toEqual({ ok: false, problem: 'not-a-network-file' });
    expect(await restoreNetwork(laptop.device, file, { viewDatabase: laptop.viewDatabase })).toMatchObject({
      ok: true,
    });
    expect(await restoreNetwork(laptop.device, file, { viewDatabase: laptop.viewDatabase })).toEqual({
      ok: false,
      problem: 'known-network',
    });
  });
});
