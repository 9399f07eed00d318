// Review of #19 (outside), a flood against the coordinator's CPU: every change of the lobby
// works the whole view out again (LobbyRoom.work → lobbyView over every entry: a hash per
// join, a sort). A stranger sends joins one update at a time, and they need not even carry
// the proof of work (they are kept and looked at anyway): each costs the sender one
// signature and the coordinator's page work that grows with everything sent before, so the
// flood's total cost to the page grows with the square of its size. Measured (node, loaded
// 2-core machine): a join without work is about 3 ms to make; with 10,000 of them in the
// lobby, each next one costs the coordinator 175 ms of recomputing (5,000: 88 ms).
// The test counts hashes, not time: the work for one more join should not depend on how
// many came before.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import * as joinWork from '../../../../src/core/joinWork.ts';
import { sealJoinDetails } from '../../../../src/core/sealing.ts';
import { detailsOf, Neighbourhood, until } from '../../../support/Neighbourhood.ts';

vi.mock('../../../../src/core/joinWork.ts', async (original) => {
  const real = await original<typeof import('../../../../src/core/joinWork.ts')>();
  return { ...real, joinWorkBits: vi.fn(real.joinWorkBits) };
});

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

describe('a flood of joins one update at a time', { timeout: 120_000 }, () => {
  it("one more join costs the coordinator's page a bounded number of hashes, however many came before", async () => {
    const carla = await hood.found('Carla', { joinWork: 8 });
    await until(carla.session, () => carla.session.phase === 'member' && carla.session.lobbyView !== null);
    const net = carla.session.net;
    const sealed = sealJoinDetails(detailsOf('Bot'), [carla.session.identity.box.publicKey], net, new Uint8Array(32));
    const freeJoin = () => {
      const bot = newIdentity();
      return signEntry(bot, {
        net,
        type: 'join',
        seq: 1,
        prev: null,
        time: Date.now(),
        // No proof of work: nothing to pay.
        body: { boxKey: bot.box.publicKey, sealed, work: new Uint8Array(8) },
      }).bytes;
    };
    for (let i = 0; i < 300; i++) await carla.session.admission.takeHanded([freeJoin()]);
    const hashes = vi.mocked(joinWork.joinWorkBits);
    hashes.mockClear();
    await carla.session.admission.takeHanded([freeJoin()]);
    // Correct: a few (the new join's own). Now: one per join in the lobby, 300 and more.
    expect(hashes.mock.calls.length).toBeLessThanOrEqual(4);
  });
});
