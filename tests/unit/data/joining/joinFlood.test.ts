// A flood in the lobby, with in-memory rooms: the newcomer after it pays the price of the
// load; the coordinator sets the flood aside in one act; the newcomer set aside with it
// asks again, and her new request claims a time after the set-aside so it stands.
import { afterEach, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { signEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { findJoinWork, joinWorkBits, joinWorkFor } from '../../../../src/core/joinWork.ts';
import { sealJoinDetails } from '../../../../src/core/sealing.ts';
import { setAsideScope, waitingRequests } from '../../../../src/data/coordinator/index.ts';
import { joinProgress, joinSetAside, lobbyNetwork, takeInvite } from '../../../../src/data/joining/index.ts';
import { detailsOf, Neighbourhood, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

const base = 4;
const floodSize = 40;

describe('a flood in the lobby', { timeout: 60_000 }, () => {
  it('raises the price of the next join, is set aside in one act, and the newcomer asks again', async () => {
    const carla = await hood.found('Carla', { joinWork: base });
    await until(carla.session, () => carla.session.phase === 'member' && carla.session.lobbyView !== null);
    const net = carla.session.net;
    // One of them dated five minutes ahead: the set-aside reaches to it, past "now".
    const flood = Array.from({ length: floodSize }, (_, i) => {
      const bot = newIdentity();
      return signEntry(bot, {
        net,
        type: 'join',
        seq: 1,
        prev: null,
        time: Date.now() + (i === 0 ? 5 * 60_000 : 0),
        body: {
          boxKey: bot.box.publicKey,
          sealed: sealJoinDetails(detailsOf('Bot'), [carla.session.identity.box.publicKey], net, bot.signing.publicKey),
          work: findJoinWork(net, bot.signing.publicKey, bot.box.publicKey, base),
        },
      }).bytes;
    });
    await carla.session.admission.takeHanded(flood);
    expect(carla.session.lobbyView?.load).toBe(floodSize);

    const nina = hood.device('Nina');
    const session = await nina.open(await takeInvite(nina.device, carla.invite));
    await until(session, () => lobbyNetwork(session) !== null && (session.lobbyView?.load ?? 0) >= floodSize);
    expect((await session.admission.requestToJoin(detailsOf('Nina'))).ok).toBe(true);
    const mine = () => session.lobbyView?.pending.find((r) => r.member === session.me);
    // She paid the price of the load she saw, not only the network's bits.
    const paid = mine();
    expect(paid && joinWorkBits(session.networkId, paid.publicKey, paid.entry.body)).toBeGreaterThanOrEqual(
      joinWorkFor(base, floodSize),
    );
    await until(carla.session, () => (carla.session.lobbyView?.pending.length ?? 0) === floodSize + 1);

    // Everything so far set aside, Nina's request too; she is told, and asks again.
    const scope = setAsideScope(carla.session);
    expect(scope.count).toBe(floodSize + 1);
    expect(scope.before).toBeGreaterThan(Date.now() + 60_000);
    expect((await carla.session.admission.setAside(scope.before)).ok).toBe(true);
    expect(carla.session.lobbyView?.pending).toEqual([]);
    expect(carla.session.memberState?.acts.map((act) => act.type)).toContain('set-aside');
    await until(session, () => joinSetAside(session));
    expect(joinProgress(session)).toBe('declined');
    expect((await session.admission.askAgain()).ok).toBe(true);
    expect(mine()?.time).toBeGreaterThan(scope.before);
    await until(carla.session, () => waitingRequests(carla.session).length === 1);
    expect(waitingRequests(carla.session)[0]?.join.member).toBe(session.me);
    expect(toBase64Url(session.identity.signing.publicKey)).toBe(session.me);
  });
});
