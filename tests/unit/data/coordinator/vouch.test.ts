// When no coordinator can act (the two coordinators suspended each other at the same
// time), every member's board offers the choice of a new one; more than half of the
// members choosing the same person makes them coordinator, and they can act.
import { afterEach, describe, expect, it } from 'vitest';
import { coordinatorCanAct, vouchStanding } from '../../../../src/data/coordinator/index.ts';
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

describe('choosing a coordinator when none can act', () => {
  it('Carla and Dirk suspend each other; Anna and Bram choose Bram, who admits a newcomer', async () => {
    const carla = await hood.found('Carla');
    const members: NetworkSession[] = [];
    for (const name of ['Dirk', 'Anna', 'Bram', 'Cor'])
      members.push(await hood.admitted(carla.session, carla.invite, name));
    const [dirk, anna, bram, cor] = members as [NetworkSession, NetworkSession, NetworkSession, NetworkSession];
    ok(await carla.session.coordinator.grantRole(dirk.me));
    await until(dirk, () => isCoordinator(dirk));
    await until(
      anna,
      () => coordinatorCanAct(anna) && anna.memberState?.members.get(dirk.me)?.roles.has('coordinator') === true,
    );
    expect(vouchStanding(anna)).toBeNull();

    // At the same time, neither having seen the other's: both suspensions stand.
    await Promise.all([carla.session.coordinator.suspend(dirk.me, ''), dirk.coordinator.suspend(carla.session.me, '')]);
    await until(anna, () => statusOf(anna, carla.session) === 'suspended' && statusOf(anna, dirk) === 'suspended');
    expect(coordinatorCanAct(anna)).toBe(false);
    const before = vouchStanding(anna);
    expect(before).toMatchObject({ members: 3, needed: 2, mine: null });
    expect(before?.candidates.map((candidate) => [candidate.name, candidate.voices])).toEqual([
      ['Anna', 0],
      ['Bram', 0],
      ['Cor', 0],
    ]);
    // A suspended member is not offered the choice.
    await until(dirk, () => statusOf(dirk, dirk) === 'suspended');
    expect(vouchStanding(dirk)).toBeNull();

    // Anna chooses Bram: one voice of the two needed.
    ok(await anna.vouching.vouch(bram.me));
    await until(cor, () => vouchStanding(cor)?.candidates.find((x) => x.key === bram.me)?.voices === 1);
    expect(vouchStanding(anna)?.mine).toBe(bram.me);
    expect(isCoordinator(bram)).toBe(false);
    // Someone not admitted cannot be chosen.
    expect(await anna.vouching.vouch(dirk.me)).toEqual({ ok: false, problem: 'rule', rule: 'unknown-member' });
    // Bram chooses himself: two of three, more than half.
    ok(await bram.vouching.vouch(bram.me));
    await until(bram, () => isCoordinator(bram));
    await until(cor, () => coordinatorCanAct(cor) && vouchStanding(cor) === null);
    expect(cor.memberState?.acts.at(-1)).toMatchObject({ type: 'vouch', by: bram.me, about: bram.me });

    // Bram can act: a new invite (Carla and Dirk, suspended, still listen in the old lobby),
    // and he admits Nina: every member's room has her admitted.
    const old = bram.record.lobbySecret;
    ok(await bram.coordinator.newInvite());
    await until(bram, () => bram.record.lobbySecret !== old && bram.lobbyView !== null && lobbyNetwork(bram) !== null);
    const nina = hood.device('Nina');
    const invite = { ...carla.invite, lobbySecret: new Uint8Array(Buffer.from(bram.record.lobbySecret, 'base64url')) };
    const newcomer = await nina.open(await takeInvite(nina.device, invite));
    await until(newcomer, () => lobbyNetwork(newcomer) !== null);
    ok(await newcomer.admission.requestToJoin(detailsOf('Nina')));
    await until(bram, () => (bram.lobbyView?.pending ?? []).some((join) => join.member === newcomer.me));
    const join = bram.lobbyView?.pending.find((request) => request.member === newcomer.me);
    ok(await bram.admission.admit(join?.id ?? ''));
    await until(cor, () => statusOf(cor, newcomer) === 'admitted');
  });
});
