// A member's devices with in-memory rooms and an in-memory pairing link: a second device
// added by pairing writes for the member without forking; a coordinator moves a member
// who lost everything to a new device's key; a recovery file brings a device back.
import { afterEach, describe, expect, it } from 'vitest';
import { deviceProofHolds, signDeviceProof } from '../../../../src/core/deviceProof.ts';
import { idFromText } from '../../../../src/core/encoding/base64url.ts';
import type { Bodies } from '../../../../src/core/entry/bodies.ts';
import { encodeNewDevice, encodeProof, readClaim } from '../../../../src/core/handover.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import {
  addPairedDevice,
  deviceRetired,
  makeRecovery,
  moveToPairedDevice,
  myDevices,
  newDeviceKeys,
  restoreRecovery,
} from '../../../../src/data/devices/index.ts';
import { myAppointments, postById, proposalsWith } from '../../../../src/data/exchange/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { isCoordinator } from '../../../../src/data/session/index.ts';
import { memoryPairingLinks } from '../../../../src/sync/MemoryPairingLink.ts';
import { secureLink } from '../../../../src/sync/pairingHandshake.ts';
import { Neighbourhood, postFields, until } from '../../../support/Neighbourhood.ts';
import { pairNewDevice } from '../../../support/pairNewDevice.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

/** Anna asks, Bram helps for `minutes`; `payer` (one of Anna's devices) confirms and pays. */
async function exchange(anna: NetworkSession, payer: NetworkSession, bram: NetworkSession, minutes: number) {
  const posted = await anna.write('post', postFields({ title: `Hulp ${minutes}` }));
  if (!posted.ok) throw new Error(posted.problem);
  await until(bram, () => postById(bram, posted.id) !== null);
  expect((await bram.exchange.respond(posted.id, '')).ok).toBe(true);
  await until(anna, () => myAppointments(anna).some((a) => a.post.id === posted.id && a.other === bram.memberKey));
  expect((await anna.exchange.decide(posted.id, bram.memberKey, true)).ok).toBe(true);
  await until(bram, () => myAppointments(bram).some((a) => a.post.id === posted.id && a.status === 'agreed'));
  expect((await bram.exchange.proposeHours(posted.id, anna.memberKey, minutes, 'Geholpen')).ok).toBe(true);
  await until(payer, () => proposalsWith(payer, posted.id, bram.memberKey).length === 1);
  const proposal = proposalsWith(payer, posted.id, bram.memberKey)[0]?.proposal.id ?? '';
  expect(myAppointments(payer).find((a) => a.post.id === posted.id)).toMatchObject({
    status: 'hours-to-confirm',
    yourTurn: true,
  });
  expect((await payer.exchange.confirmHours(proposal, '')).ok).toBe(true);
  await until(bram, () => proposalsWith(bram, posted.id, anna.memberKey)[0]?.status === 'paid');
}

describe("a member's devices", () => {
  it('a device added by pairing writes for the member, and the two never fork', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    const laptop = await pairNewDevice(hood, 'Anna laptop', async (link, keys) => {
      expect((await addPairedDevice(link, anna, keys, 'laptop')).ok).toBe(true);
    });
    expect(laptop.session.memberKey).toBe(anna.me);
    await until(laptop.session, () => laptop.session.phase === 'member' && isCoordinator(laptop.session) === false);
    await until(laptop.session, () => laptop.session.memberState?.devices.get(laptop.session.me)?.member === anna.me);
    expect(myDevices(anna).map((d) => d.label)).toEqual(['', 'laptop']);

    // Both devices post and confirm hours; every entry counts for Anna, none is a fork.
    await exchange(anna, laptop.session, bram, 60);
    await exchange(laptop.session, anna, bram, 30);
    for (const device of [anna, laptop.session, bram, carla.session]) {
      await until(device, () => device.memberState?.members.get(anna.me)?.balance === -90);
      expect(device.memberState?.forks.size).toBe(0);
    }
    const authors = [...(anna.memberState?.posts.values() ?? [])].map((p) => p.author);
    expect(new Set(authors)).toEqual(new Set([anna.me]));
  }, 60_000);

  it("the device-add carries the new device's proof; a proof for another member is not written", async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const laptop = await pairNewDevice(hood, 'Anna laptop', async (link, keys) => {
      const result = await addPairedDevice(link, anna, keys, 'laptop');
      if (!result.ok || result.entry.entry.type !== 'device-add') throw new Error('no device-add');
      const { proof, device } = result.entry.entry.body as Bodies['device-add'];
      const { net, member } = anna.devices.claim();
      expect(proof && deviceProofHolds(net, member, device, proof)).toBe(true);
    });
    await until(laptop.session, () => laptop.session.memberState?.devices.get(laptop.session.me)?.member === anna.me);

    // A device that answers the claim with a proof for someone else (Carla) is not added.
    const stranger = newIdentity();
    const [a, b] = memoryPairingLinks();
    const [mine, theirs] = await Promise.all([secureLink(a), secureLink(b)]);
    const before = anna.memberState?.chain.size;
    const [result] = await Promise.all([
      (async () => {
        const keys = await newDeviceKeys(theirs);
        if (!keys) throw new Error('no keys');
        return addPairedDevice(theirs, anna, keys, 'vreemd');
      })(),
      (async () => {
        mine.send(encodeNewDevice({ device: stranger.signing.publicKey, boxKey: stranger.box.publicKey }));
        const claim = readClaim(await mine.receive());
        if (!claim) throw new Error('no claim');
        mine.send(encodeProof(signDeviceProof(stranger, claim.net, idFromText(carla.session.me))));
      })(),
    ]);
    mine.close();
    theirs.close();
    expect(result).toEqual({ ok: false, problem: 'rule', rule: 'bad-proof' });
    expect(anna.memberState?.chain.size).toBe(before);
  }, 60_000);

  it('a coordinator moves a member who lost everything to a new key: the balance follows, the old key stops', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    await exchange(anna, anna, bram, 90);
    await until(carla.session, () => carla.session.memberState?.members.get(bram.me)?.balance === 90);

    const moved = await pairNewDevice(hood, 'Bram nieuw', async (link, keys) => {
      const result = await moveToPairedDevice(link, carla.session, keys, bram.me, 'Telefoon kwijt');
      expect(result.ok).toBe(true);
    });
    const session = moved.session;
    await until(session, () => session.memberState?.devices.get(session.me)?.member === bram.me);
    expect(session.memberKey).toBe(bram.me);
    await until(session, () => session.memberState?.members.get(bram.me)?.balance === 90);
    expect(session.memberState?.acts.at(-1)).toMatchObject({ type: 'move-member', reason: 'Telefoon kwijt' });

    // The new device writes for Bram; the old one's new entries do not count.
    expect((await session.write('post', postFields({ title: 'Nieuw apparaat' }))).ok).toBe(true);
    await until(bram, () => deviceRetired(bram));
    const old = await bram.write('post', postFields({ title: 'Van het oude apparaat' }));
    expect(old).toMatchObject({ ok: false, problem: 'rule', rule: 'suspended' });
  }, 60_000);

  it('a recovery file restores the device on a new browser, with balance and history', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    await exchange(anna, anna, bram, 60);
    const recovery = await makeRecovery(anna);
    if (!recovery) throw new Error('no recovery');
    const seq = anna.memberState?.heads.get(anna.me)?.seq ?? 0;
    anna.close();

    const fresh = hood.device('Anna hersteld');
    const wrong = await restoreRecovery(fresh.device, recovery.file, 'AAAA-AAAA-AAAA-AAAA-AAAA');
    expect(wrong).toEqual({ ok: false, problem: 'wrong-passphrase' });
    const restored = await restoreRecovery(fresh.device, recovery.file, recovery.passphrase.toLowerCase());
    if (!restored.ok) throw new Error(restored.problem);
    expect(restored.record).toMatchObject({ catchUpTo: seq, member: anna.me });
    // A device that already is someone never loses its keys to a file.
    expect(await restoreRecovery(fresh.device, recovery.file, recovery.passphrase)).toEqual({
      ok: false,
      problem: 'already-a-device',
    });
    const session = await fresh.open(restored.record);
    expect(session.me).toBe(anna.me);
    await until(session, () => (session.memberState?.heads.get(session.me)?.seq ?? 0) >= seq);
    expect(session.memberState?.members.get(anna.me)?.balance).toBe(-60);
    expect((await session.write('post', postFields({ title: 'Terug' }))).ok).toBe(true);
    await until(bram, () => [...(bram.memberState?.posts.values() ?? [])].some((p) => p.title === 'Terug'));
    expect(bram.memberState?.forks.size).toBe(0);
  }, 120_000);
});
