// The admission flow with in-memory rooms: a coordinator and newcomers, each on their own
// device, from the invite to the member room, a decline, and a request that waits for
// the coordinator to come online.
import { afterEach, describe, expect, it } from 'vitest';
import { waitingRequests } from '../../../../src/data/coordinator/index.ts';
import { declineNote, joinProgress, lobbyNetwork, takeInvite } from '../../../../src/data/joining/index.ts';
import type { SessionEvent } from '../../../../src/data/session/index.ts';
import { isCoordinator, ownMemberStatus } from '../../../../src/data/session/index.ts';
import { detailsOf, Neighbourhood, phasesOf, until, untilStored } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

// Several devices' crypto in one process: generous on a busy machine.
describe('admission', { timeout: 30_000 }, () => {
  it('takes a newcomer from the invite through waiting into the member room', async () => {
    const carla = await hood.found('Carla');
    await until(carla.session, () => carla.session.phase === 'member');
    expect(isCoordinator(carla.session)).toBe(true);

    const nina = hood.device('Nina');
    const session = await nina.open(await takeInvite(nina.device, carla.invite));
    expect(session.phase).toBe('newcomer');
    expect(joinProgress(session)).toBe('not-asked');
    const phases = phasesOf(session);
    const events: SessionEvent['type'][] = [];
    session.on((event) => events.push(event.type));
    await until(session, () => lobbyNetwork(session) !== null);
    expect(lobbyNetwork(session)?.name).toBe('Buurtruil Oosterpark');
    // The record takes the network's name from the lobby.
    expect((await nina.device.networks.get(session.networkId))?.name).toBe('Buurtruil Oosterpark');

    const asked = await session.admission.requestToJoin(detailsOf('Nina'));
    expect(asked.ok).toBe(true);
    expect(session.phase).toBe('waiting');
    expect(joinProgress(session)).toBe('sent');
    expect(await session.admission.requestToJoin(detailsOf('Nina'))).toEqual({ ok: false, problem: 'already-asked' });

    await until(carla.session, () => waitingRequests(carla.session).length === 1);
    const [request] = waitingRequests(carla.session);
    // Sealed to the coordinator: she reads the details, the lobby does not.
    expect(request?.details).toMatchObject({ name: 'Nina', note: 'Hoi' });
    const admitted = await carla.session.admission.admit(request?.join.id ?? '');
    expect(admitted.ok).toBe(true);

    await until(session, () => ownMemberStatus(session) === 'admitted' && session.lobbyView === null);
    expect(phases).toEqual(['waiting', 'member-loading', 'member']);
    expect(events).toContain('lobby');
    expect(events).toContain('record');
    expect(events).toContain('member-state');
    expect(joinProgress(session)).toBe('member');
    // A plain member does not keep the lobby.
    expect(session.lobbyView).toBeNull();

    // The profile is published from the join details, without the note for the coordinator.
    await until(carla.session, () => Boolean(carla.session.memberState?.members.get(session.me)?.profile));
    const profile = carla.session.memberState?.members.get(session.me)?.profile;
    expect(profile).toMatchObject({ name: 'Nina', area: 'Oosterpark' });
    expect(profile).not.toHaveProperty('note');
    const row = await untilStored(
      () => carla.session.db.members.get(session.me),
      (member) => member?.name === 'Nina',
    );
    expect(row).toMatchObject({ name: 'Nina', status: 'admitted' });
    expect(waitingRequests(carla.session)).toEqual([]);

    // What the device keeps: member, the room key, the details gone once published.
    const record = await nina.device.networks.get(session.networkId);
    expect(record).toMatchObject({
      role: 'member',
      epoch: 0,
      details: null,
      roomSecret: carla.session.record.roomSecret,
    });
  });

  it('a declined newcomer reads the kind word, and may ask again', async () => {
    const carla = await hood.found('Carla');
    const nina = hood.device('Nina');
    const session = await nina.open(await takeInvite(nina.device, carla.invite));
    await until(session, () => lobbyNetwork(session) !== null);
    await session.admission.requestToJoin(detailsOf('Nina'));
    await until(carla.session, () => waitingRequests(carla.session).length === 1);
    const joinId = waitingRequests(carla.session)[0]?.join.id ?? '';

    const declined = await carla.session.admission.decline(joinId, 'Dit netwerk is voor de Oosterpark-buurt.');
    expect(declined.ok).toBe(true);
    await until(session, () => joinProgress(session) === 'declined');
    expect(session.phase).toBe('newcomer');
    expect(declineNote(session)).toBe('Dit netwerk is voor de Oosterpark-buurt.');

    const again = await session.admission.requestToJoin(detailsOf('Nina'));
    expect(again.ok).toBe(true);
    expect(session.phase).toBe('waiting');
    await until(carla.session, () => waitingRequests(carla.session).length === 1);
    expect(waitingRequests(carla.session)[0]?.join.id).not.toBe(joinId);
  });

  it('two tabs of one browser asking at once send one request', async () => {
    const carla = await hood.found('Carla');
    const nina = hood.device('Nina');
    const record = await takeInvite(nina.device, carla.invite);
    const tabs = [await nina.open(record), await nina.open(record)];
    for (const tab of tabs) await until(tab, () => lobbyNetwork(tab) !== null);
    const results = await Promise.all(tabs.map((tab) => tab.admission.requestToJoin(detailsOf('Nina'))));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.problem)).toEqual([
      'already-asked',
    ]);
    await until(carla.session, () => waitingRequests(carla.session).length === 1);
    const ninaKey = tabs[0]?.me;
    const joins = [...(carla.session.lobbyView?.pending ?? [])].filter((join) => join.member === ninaKey);
    expect(joins).toHaveLength(1);
  });

  it('a request made while the coordinator is offline waits, and goes once she is back', async () => {
    const carla = await hood.found('Carla');
    const record = carla.session.record;
    carla.session.close();

    const nina = hood.device('Nina');
    const session = await nina.open(await takeInvite(nina.device, carla.invite));
    const queued = await session.admission.requestToJoin(detailsOf('Nina'));
    expect(queued).toEqual({ ok: false, problem: 'lobby-not-ready' });
    expect(session.phase).toBe('waiting');
    expect(joinProgress(session)).toBe('queued');

    // The coordinator's device opens again: same docs, same record.
    const back = await carla.device.open(record);
    await until(session, () => joinProgress(session) === 'sent' && session.record.joinId !== null);
    await until(back, () => waitingRequests(back).some((r) => r.join.member === session.me));
  });

  it('a member made coordinator opens the lobby and sees the requests', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    expect(await anna.admission.admit('unknown')).toEqual({ ok: false, problem: 'no-lobby' });

    const granted = await carla.session.write('grant-role', {
      member: anna.identity.signing.publicKey,
      role: 'coordinator',
    });
    expect(granted.ok).toBe(true);
    await until(anna, () => isCoordinator(anna) && anna.lobbyView !== null);
    expect(await anna.admission.admit('unknown')).toEqual({ ok: false, problem: 'unknown-join' });
    // Her lobby shows the network's requests too.
    const bram = hood.device('Bram');
    const newcomer = await bram.open(await takeInvite(bram.device, carla.invite));
    await until(newcomer, () => lobbyNetwork(newcomer) !== null);
    await newcomer.admission.requestToJoin(detailsOf('Bram'));
    await until(anna, () => waitingRequests(anna).some((r) => r.join.member === newcomer.me));
  });
});
