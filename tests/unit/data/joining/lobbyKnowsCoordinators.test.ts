// The lobby learns who the coordinators are now (docs/protocol.md §6.1, "Who the lobby
// trusts"), without a suspension's reason: a suspended coordinator's answers stop counting
// once another coordinator's device has been online; a coordinator the members chose
// (vouches) is trusted there; a coordinator whose role was taken away and given back
// counts again. Each device in its own session, over in-memory rooms.
import { afterEach, describe, expect, it } from 'vitest';
import { idFromText } from '../../../../src/core/encoding/base64url.ts';
import { signEntry } from '../../../../src/core/entry/Entry.ts';
import { waitingRequests } from '../../../../src/data/coordinator/index.ts';
import { lobbyNetwork, takeInvite } from '../../../../src/data/joining/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { isCoordinator } from '../../../../src/data/session/index.ts';
import { detailsOf, Neighbourhood, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

function ok<T extends { ok: boolean }>(result: T): T & { ok: true } {
  if (!result.ok) throw new Error(`write failed: ${JSON.stringify(result)}`);
  return result as T & { ok: true };
}

const statusOf = (device: NetworkSession, who: NetworkSession) => device.memberState?.members.get(who.me)?.status;
const boxKeyOf = (session: NetworkSession) => session.identity.box.publicKey.join();
const lobbyTrusts = (device: NetworkSession, who: NetworkSession) =>
  (device.lobbyView?.coordinatorBoxKeys ?? []).some((key) => key.join() === boxKeyOf(who));

/** A newcomer who asks to join and waits. */
async function newcomer(coordinator: NetworkSession, invite: Parameters<typeof takeInvite>[1], name: string) {
  const device = hood.device(name);
  const session = await device.open(await takeInvite(device.device, invite));
  await until(session, () => lobbyNetwork(session) !== null);
  ok(await session.admission.requestToJoin(detailsOf(name)));
  await until(coordinator, () => waitingRequests(coordinator).some((r) => r.join.member === session.me));
  return session;
}

describe('the lobby knows who the coordinators are now', { timeout: 60_000 }, () => {
  it("stops counting a suspended coordinator's answers once another coordinator's device was online", async () => {
    const carla = await hood.found('Carla');
    const dirk = await hood.admitted(carla.session, carla.invite, 'Dirk');
    ok(await carla.session.coordinator.grantRole(dirk.me));
    await until(dirk, () => isCoordinator(dirk) && lobbyTrusts(dirk, dirk));
    const nina = await newcomer(carla.session, carla.invite, 'Nina');
    const joinId = nina.record.joinId ?? '';

    const suspension = ok(await carla.session.coordinator.suspend(dirk.me, 'Heeft geld gevraagd voor hulp'));
    // Carla's device is online: it tells the lobby (it does so after every change; once more here).
    await carla.session.coordinator.copyIntoLobby();
    // Dirk, suspended, still holds his key: he declines Nina in the lobby (it keeps no chains).
    const decline = signEntry(dirk.identity, {
      net: dirk.net,
      type: 'decline',
      seq: 1000,
      prev: new Uint8Array(20).fill(7),
      time: Date.now(),
      body: { member: nina.identity.signing.publicKey, join: idFromText(joinId), note: null, seen: [] },
    });
    expect(await carla.session.admission.takeHanded([decline.bytes])).not.toBeNull();
    expect(carla.session.lobbyView?.statusOf(nina.me)).toEqual({ kind: 'pending', joinId });
    expect(waitingRequests(carla.session).map((r) => r.join.member)).toContain(nina.me);
    // And the lobby holds no suspension, so no reason.
    expect(carla.session.admission.handedBytes(suspension.id)).toBeNull();
  });

  it('trusts a coordinator the members chose when none could act', async () => {
    const carla = await hood.found('Carla');
    const members: NetworkSession[] = [];
    for (const name of ['Dirk', 'Anna', 'Bram']) members.push(await hood.admitted(carla.session, carla.invite, name));
    const [dirk, anna, bram] = members as [NetworkSession, NetworkSession, NetworkSession];
    ok(await carla.session.coordinator.grantRole(dirk.me));
    await until(dirk, () => isCoordinator(dirk) && lobbyTrusts(dirk, dirk));
    await until(anna, () => anna.memberState?.members.get(dirk.me)?.roles.has('coordinator') === true);

    // Carla and Dirk suspend each other at once: both stand, nobody can act; Anna and Bram choose Bram.
    await Promise.all([carla.session.coordinator.suspend(dirk.me, ''), dirk.coordinator.suspend(carla.session.me, '')]);
    await until(anna, () => statusOf(anna, carla.session) === 'suspended' && statusOf(anna, dirk) === 'suspended');
    ok(await anna.vouching.vouch(bram.me));
    await until(bram, () => bram.memberState?.vouches.has(anna.me) === true);
    ok(await bram.vouching.vouch(bram.me));
    await until(bram, () => isCoordinator(bram));

    // Carla's device, still trusted by the lobby, tells it: Bram reads newcomers' details and admits them.
    await until(bram, () => lobbyTrusts(bram, bram) && !lobbyTrusts(bram, carla.session));
    const nina = await newcomer(bram, carla.invite, 'Nina');
    const request = waitingRequests(bram).find((r) => r.join.member === nina.me);
    expect(request?.details?.name).toBe('Nina');
    ok(await bram.admission.admit(request?.join.id ?? ''));
    await until(nina, () => nina.phase === 'member');
    await until(anna, () => statusOf(anna, nina) === 'admitted');
  });

  it('trusts a coordinator again once the role is given back', async () => {
    const carla = await hood.found('Carla');
    const dirk = await hood.admitted(carla.session, carla.invite, 'Dirk');
    ok(await carla.session.coordinator.grantRole(dirk.me));
    await until(dirk, () => isCoordinator(dirk) && lobbyTrusts(dirk, dirk));
    ok(await carla.session.coordinator.revokeRole(dirk.me));
    await until(carla.session, () => !lobbyTrusts(carla.session, dirk));
    ok(await carla.session.coordinator.grantRole(dirk.me));
    await until(dirk, () => isCoordinator(dirk) && dirk.lobbyView !== null);
    await carla.session.coordinator.copyIntoLobby();

    const nina = await newcomer(dirk, carla.invite, 'Nina');
    const joinId = waitingRequests(dirk).find((r) => r.join.member === nina.me)?.join.id ?? '';
    const admit = ok(await dirk.admission.admit(joinId));
    await until(carla.session, () => carla.session.admission.handedBytes(admit.id) !== null);
    expect(carla.session.lobbyView?.statusOf(nina.me).kind).toBe('admitted');
    await until(nina, () => nina.phase === 'member');
  });
});
