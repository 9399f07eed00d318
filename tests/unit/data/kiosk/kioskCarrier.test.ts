// One way back after a rekey: Bram's phone was off through a suspension and rekey; when it
// comes back, only the kiosk is online, and Bram finds the rekey in the notice room of his
// epoch (where the kiosk listens) and moves on. Nobody listens in the old member room any
// more, so the suspended member, back in it, gets nothing written after the rekey.
import { afterEach, describe, expect, it } from 'vitest';
import { idFromText, toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { memberRoomName } from '../../../../src/core/rooms.ts';
import { sealLobbySecret } from '../../../../src/core/sealing.ts';
import { cardShareReaders } from '../../../../src/core/state/cardReaders.ts';
import { waitingRequests } from '../../../../src/data/coordinator/index.ts';
import { lobbyNetwork, takeInvite } from '../../../../src/data/joining/index.ts';
import { becomeKiosk } from '../../../../src/data/kiosk/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { detailsOf, Neighbourhood, postFields, type TestDevice, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

async function member(carla: Awaited<ReturnType<Neighbourhood['found']>>, name: string) {
  const device = hood.device(name);
  const session = await device.open(await takeInvite(device.device, carla.invite));
  await until(session, () => lobbyNetwork(session) !== null);
  await session.admission.requestToJoin(detailsOf(name));
  const request = () => waitingRequests(carla.session).find((r) => r.join.member === session.me);
  await until(carla.session, () => request() !== undefined);
  await carla.session.admission.admit(request()?.join.id ?? '');
  await until(session, () => session.phase === 'member' && session.record.details === null);
  return { device, session };
}

async function reopen(device: TestDevice, networkId: string): Promise<NetworkSession> {
  const record = await device.device.networks.get(networkId);
  if (!record) throw new Error('no record');
  return device.open(record);
}

describe('the kiosk as a carrier', () => {
  it('brings a device that missed a rekey to the new room, and leaves nobody in the old one', async () => {
    const carla = await hood.found('Carla');
    const kioskDevice = hood.device('Kiosk');
    const keys = await kioskDevice.device.ownIdentity();
    const granted = await carla.session.kiosk.enrol(
      { signing: keys.signing.publicKey, box: keys.box.publicKey },
      'Kiosk',
    );
    if (!granted.ok) throw new Error(granted.problem);
    const kiosk = await kioskDevice.open(await becomeKiosk(kioskDevice.device, granted.grant));
    const bram = await member(carla, 'Bram');
    const dirk = await member(carla, 'Dirk');
    await until(kiosk, () => kiosk.memberState?.members.get(dirk.session.me)?.profile !== null);

    // Bram's phone goes off. Carla suspends Dirk and opens epoch 1 for everyone else.
    bram.session.close();
    const oldRoom = memberRoomName(idFromText(carla.session.record.roomSecret ?? ''), 0);
    const suspended = await carla.session.coordinator.suspend(dirk.session.me, 'test');
    expect(suspended.ok).toBe(true);
    await until(kiosk, () => kiosk.record.epoch === 1);
    await until(carla.session, () => carla.session.record.epoch === 1);

    // Written after the rekey: it must never reach the old room.
    const after = await carla.session.write('post', postFields({ title: 'Na de nieuwe sleutel' }));
    if (!after.ok) throw new Error(after.problem);
    await until(kiosk, () => kiosk.memberState?.posts.has(after.id) === true);
    await until(dirk.session, () => dirk.session.memberState?.epochs.at(-1)?.epoch === 1);
    // Everyone else goes offline: only the kiosk is left to carry anything.
    carla.session.close();
    dirk.session.close();

    // Noon: Bram is back, only the kiosk is online, and Bram is in the old room.
    const back = await reopen(bram.device, bram.session.networkId);
    expect(back.record.epoch).toBe(0);
    await until(back, () => back.record.epoch === 1 && back.memberState?.posts.has(after.id) === true);
    const written = await back.write('post', postFields({ title: 'Van Bram, terug' }));
    if (!written.ok) throw new Error(written.problem);
    await until(kiosk, () => kiosk.memberState?.posts.has(written.id) === true);

    // The suspended device comes back to the old room too, and finds only what came before the rekey.
    // Nobody listens in the old member room: the kiosk left it with everyone else.
    expect(hood.network.occupants(oldRoom)).toBe(0);
    const dirkBack = await reopen(dirk.device, dirk.session.networkId);
    await until(dirkBack, () => dirkBack.memberState?.epochs.at(-1)?.epoch === 1);
    expect(dirkBack.record.epoch).toBe(0);
    expect(dirkBack.memberState?.posts.has(after.id)).toBe(false);
    expect(dirkBack.memberState?.posts.has(written.id)).toBe(false);
  });

  it('follows a new invite: the kiosk keeps the newest lobby open', async () => {
    const carla = await hood.found('Carla');
    const kioskDevice = hood.device('Kiosk');
    const keys = await kioskDevice.device.ownIdentity();
    const granted = await carla.session.kiosk.enrol(
      { signing: keys.signing.publicKey, box: keys.box.publicKey },
      'Kiosk',
    );
    if (!granted.ok) throw new Error(granted.problem);
    const kiosk = await kioskDevice.open(await becomeKiosk(kioskDevice.device, granted.grant));
    await until(kiosk, () => kiosk.phase === 'member');
    const state = carla.session.memberState;
    if (!state) throw new Error('no state');
    const lobby = crypto.getRandomValues(new Uint8Array(32));
    const invite = await carla.session.write('invite', {
      secret: sealLobbySecret(lobby, cardShareReaders(state), carla.session.net),
    });
    expect(invite.ok).toBe(true);
    await until(kiosk, () => kiosk.record.lobbySecret === toBase64Url(lobby));
    await until(kiosk, () => kiosk.lobbyView?.genesis !== null);
  });
});
