// History in parts (docs/protocol.md §7.1), between sessions in memory: once a checkpoint
// counts every device writes into the part after it; a phone leaves the first doc's room,
// the coordinator's device (an archive) stays in both and copies forward what a device that
// was away still wrote there; a new device, handed the checkpoint at pairing, joins the part
// only and shows the same balances; a new archive device gets all of it back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { idFromText } from '../../../../src/core/encoding/base64url.ts';
import { memberRoomName, partRoomName } from '../../../../src/core/rooms.ts';
import { addPairedDevice } from '../../../../src/data/devices/index.ts';
import { olderHoursElsewhere } from '../../../../src/data/exchange/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { transferRows } from '../../../../src/data/store/index.ts';
import { Neighbourhood, type TestDevice, until, untilAny, untilStored } from '../../../support/Neighbourhood.ts';
import { pairNewDevice } from '../../../support/pairNewDevice.ts';
import { balances, minutesOf, pay } from '../../../support/sessionHours.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  vi.useRealTimers();
  await hood.close();
  hood = new Neighbourhood();
});

/** The entry ids a device keeps at rest in one of its docs. */
function idsAtRest(device: TestDevice, name: string): Set<string> {
  const doc = new Y.Doc();
  device.storage.keep(name, doc);
  const ids = new Set(doc.getMap('entries').keys());
  doc.destroy();
  return ids;
}

describe('history in parts', () => {
  it('moves every device on to the part after a checkpoint, and loses no entry on the way', async () => {
    const { device: carlaDevice, session: carla, invite } = await hood.found('Carla');
    const anna = await hood.admitted(carla, invite, 'Anna');
    const bram = await hood.admitted(carla, invite, 'Bram');
    const before = await pay(anna, carla, 30, 'Boodschappen');
    await until(bram, () => (bram.memberState?.transfers.size ?? 0) === 1);
    // Bram's phone is away while the checkpoint is made.
    bram.close();

    // Five months on: the quarter the network was founded in ended more than 30 days ago.
    const now = new Date();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 5, 1));
    const after = await pay(carla, anna, 45, 'Fiets');

    const secret = idFromText(carla.record.roomSecret ?? '');
    const home = memberRoomName(secret, carla.record.epoch);
    const netId = carla.networkId;
    await until(carla, () => Boolean(carla.record.checkpoint && carla.memberState?.checkpoint));
    const summary = carla.record.checkpoint ?? '';
    const part = partRoomName(secret, carla.record.epoch, idFromText(summary));
    // Both moved on: the phone is in the part's room only, the coordinator's laptop in both.
    await untilAny([carla, anna], () => anna.record.checkpoint === summary && hood.network.occupants(part) === 2);
    await untilAny([carla, anna], () => hood.network.occupants(home) === 1);

    // What is written now goes into the part; the part holds what came after the frontier.
    const inPart = await pay(anna, carla, 15, 'Koffie');
    await until(carla, () => minutesOf(carla).includes(15));
    const partDoc = `buurtruil-doc-${netId}-part-${summary}`;
    const annaPart = idsAtRest(hood.owner(anna), partDoc);
    expect(annaPart.has(after)).toBe(true);
    expect(annaPart.has(inPart)).toBe(true);
    expect(annaPart.has(before)).toBe(false);
    // The first doc lost nothing: it still holds the history below the checkpoint.
    expect(idsAtRest(carlaDevice, `buurtruil-doc-${netId}`).has(before)).toBe(true);

    // Bram comes back and pays at once, into whichever doc he writes to first: the phone
    // that is in the part only gets it (an archive device copies it forward if need be).
    const bramAgain = await hood.reopen(bram);
    await bramAgain.memberReady;
    const late = await pay(bramAgain, anna, 10, 'Ladder');
    await until(anna, () => minutesOf(anna).includes(10));
    expect(idsAtRest(hood.owner(anna), partDoc).has(late)).toBe(true);
    await until(bramAgain, () => bramAgain.record.checkpoint === summary);
    await untilAny([carla, anna], () => balances(carla).join() === balances(anna).join());

    // A tablet Anna pairs now is handed the checkpoint: it joins the part only, holds none
    // of the history below it, and shows the same balances.
    const tablet = await pairNewDevice(hood, 'Anna tablet', async (link, keys) => {
      expect((await addPairedDevice(link, anna, keys, 'tablet')).ok).toBe(true);
    });
    expect(tablet.session.record.checkpoint).toBe(summary);
    await untilAny([tablet.session, carla], () => balances(tablet.session).join() === balances(carla).join());
    expect(hood.network.occupants(home)).toBe(1);
    expect(idsAtRest(tablet.device, `buurtruil-doc-${netId}`).size).toBe(0);
    expect(idsAtRest(tablet.device, partDoc).has(before)).toBe(false);
    // Its "Mijn uren" says the hours before the checkpoint are elsewhere; Anna's phone has them.
    const olderOn = async (session: NetworkSession) =>
      olderHoursElsewhere(
        session.memberState?.checkpoint?.until,
        await transferRows(session.db, anna.memberKey),
        session.memberState?.members.get(anna.memberKey)?.admittedAt ?? null,
      );
    await untilStored(
      () => transferRows(tablet.session.db, anna.memberKey),
      (rows) => rows.length >= 3,
    );
    expect(await olderOn(tablet.session)).toBe(tablet.session.memberState?.checkpoint?.until);
    expect(await olderOn(anna)).toBeNull();
    // At its next opening it starts from the checkpoint at once: its pages are kept beside its view.
    await untilStored(
      () => tablet.session.db.pages.toArray(),
      (rows) => rows.some((row) => row.hash === summary),
    );
    tablet.session.close();
    const tabletAgain = await hood.reopen(tablet.session);
    await tabletAgain.memberReady;
    expect(tabletAgain.memberState?.checkpoint).toBeDefined();
    expect(balances(tabletAgain)).toEqual(balances(carla));
    // It writes for Anna into the part, and everyone gets it.
    await pay(tabletAgain, bramAgain, 5, 'Soep');
    await until(carla, () => minutesOf(carla).includes(5));
    await until(bramAgain, () => minutesOf(bramAgain).includes(5));

    // And back: a laptop Carla pairs is an archive device; it gets the whole history from the first doc.
    const laptop = await pairNewDevice(hood, 'Carla laptop', async (link, keys) => {
      expect((await addPairedDevice(link, carla, keys, 'laptop')).ok).toBe(true);
    });
    await untilAny([laptop.session, carla], () => minutesOf(laptop.session).join() === minutesOf(carla).join());
    expect(minutesOf(laptop.session)).toEqual([5, 10, 15, 30, 45]);
    expect(idsAtRest(laptop.device, `buurtruil-doc-${netId}`).has(before)).toBe(true);
    // It judged the checkpoint holding only part of F: what of F arrived later stays out of the part.
    expect(idsAtRest(laptop.device, partDoc).has(before)).toBe(false);
    expect(balances(laptop.session)).toEqual(balances(carla));

    // Carla's first laptop, opened again, is back in the first doc's room beside the new one:
    // it knows it keeps the archive from what it loaded.
    carla.close();
    const carlaAgain = await hood.reopen(carla);
    await untilAny([carlaAgain, laptop.session], () => hood.network.occupants(home) === 2);
    expect(hood.network.occupants(part)).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
