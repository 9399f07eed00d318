// A removed coordinator stays removed (protocol v3, issue 19): an act concurrent with a
// removal of its author never counts, whatever the author names as seen; two removals of
// each other both stand; seniority and claimed times decide nothing.
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { sealRoomSecret } from '../../../src/core/sealing.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

const day = 86_400_000;

/** Carla (the senior) and Dirk coordinate; Carla admits Henk and hands out hours, legitimately. */
function twoCoordinators() {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const dirk = network.member('Dirk');
  network.grant(dirk);
  const { identity: henk, join } = network.join('Henk');
  const earlier = network.admit(henk, join, carla);
  return { network, carla, dirk, henk, earlier };
}

/** `by` suspends `target`: having seen everything, or only `seen`. */
function suspend(network: TestNetwork, by: Identity, target: Identity, seen?: SignedEntry[], cut?: Uint8Array[]) {
  return network.write(
    by,
    'suspend',
    { member: target.signing.publicKey, cut: cut ?? network.head(target), reason: '' },
    seen ? { seen } : {},
  );
}

function revoke(network: TestNetwork, by: Identity, target: Identity, seen?: SignedEntry[]) {
  return network.write(
    by,
    'revoke-role',
    { member: target.signing.publicKey, role: 'coordinator' },
    seen ? { seen } : {},
  );
}

function grantHours(network: TestNetwork, by: Identity, to: Identity, seen?: SignedEntry[]) {
  return network.write(by, 'pot-grant', { to: to.signing.publicKey, minutes: 6000, reason: '' }, seen ? { seen } : {});
}

describe('a removed coordinator stays removed', () => {
  it('(a) days after Dirk suspends her, Carla "suspends" Dirk as if unaware and grants herself 100 h: nothing of it wins', async () => {
    const { network, carla, dirk, henk } = twoCoordinators();
    const carlaKnew = network.frontier();
    const dirkHeadCarlaKnew = network.head(dirk);
    const removal = suspend(network, dirk, carla);
    network.tick(3 * day);
    const revenge = suspend(network, carla, dirk, carlaKnew, dirkHeadCarlaKnew);
    const hours = grantHours(network, carla, carla, [revenge]);
    const state = await network.state();
    expect(state.members.get(keyOf(carla))?.status).toBe('suspended');
    expect(state.rejected.get(idOf(hours))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(carla))?.balance).toBe(120);
    expect(state.pot).toBe(-3 * 120);
    // Neither wins: both removals stand as removals, by their own past.
    expect(state.applied.has(idOf(removal))).toBe(true);
    expect(state.applied.has(idOf(revenge))).toBe(true);
    expect(state.members.get(keyOf(dirk))?.status).toBe('suspended');
    // Carla's earlier, legitimate admission stands: Dirk had seen it.
    expect(state.members.get(keyOf(henk))?.status).toBe('admitted');
  });

  it('(b) the same with revoke-role: Carla loses the role, her revocation of Dirk stands too, her grant does not count', async () => {
    const { network, carla, dirk } = twoCoordinators();
    const carlaKnew = network.frontier();
    const removal = revoke(network, dirk, carla);
    network.tick(3 * day);
    const revenge = revoke(network, carla, dirk, carlaKnew);
    const hours = grantHours(network, carla, carla, [revenge]);
    const state = await network.state();
    expect(state.members.get(keyOf(carla))?.roles.has('coordinator')).toBe(false);
    expect(state.rejected.get(idOf(hours))?.reason).toBe('not-coordinator');
    expect(state.members.get(keyOf(carla))?.balance).toBe(120);
    expect(state.applied.has(idOf(removal))).toBe(true);
    expect(state.applied.has(idOf(revenge))).toBe(true);
    expect(state.members.get(keyOf(dirk))?.roles.has('coordinator')).toBe(false);
  });

  it('(c) a rogue founder suspended by a coordinator cannot come back by suspending them "first"', async () => {
    const network = new TestNetwork();
    const dirk = network.member('Dirk');
    network.grant(dirk);
    const founderKnew = network.frontier();
    const dirkHead = network.head(dirk);
    network.tick(day);
    suspend(network, dirk, network.founder);
    network.tick(3 * day);
    const revenge = network.write(
      network.founder,
      'suspend',
      { member: dirk.signing.publicKey, cut: dirkHead, reason: '' },
      // Dated before Dirk's act: claimed times decide nothing.
      { seen: founderKnew, time: network.clock - 5 * day },
    );
    const hours = grantHours(network, network.founder, network.founder, [revenge]);
    const state = await network.state();
    expect(state.members.get(keyOf(network.founder))?.status).toBe('suspended');
    expect(state.rejected.get(idOf(hours))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(network.founder))?.balance).toBe(0);
    expect(state.members.get(keyOf(dirk))?.status).toBe('suspended');
  });

  it('(d) an act of Carla that names her removal as seen is refused too, after the circle', async () => {
    const { network, carla, dirk } = twoCoordinators();
    const carlaKnew = network.frontier();
    const dirkHead = network.head(dirk);
    const removal = suspend(network, dirk, carla);
    const revenge = suspend(network, carla, dirk, carlaKnew, dirkHead);
    const { identity: sjoerd, join } = network.join('Sjoerd');
    const admit = network.write(
      carla,
      'admit',
      {
        member: sjoerd.signing.publicKey,
        join: join.id,
        welcome: 600,
        epoch: 0,
        secret: sealRoomSecret(network.roomSecret, [sjoerd.box.publicKey], network.net, 0),
      },
      { seen: [removal, revenge] },
    );
    const hours = grantHours(network, carla, carla, [removal, revenge]);
    const state = await network.state();
    expect(state.rejected.get(idOf(admit))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(hours))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(sjoerd))?.status).toBe('pending');
  });

  it('a third coordinator reinstates one of the two; the other stays removed', async () => {
    const { network, carla, dirk } = twoCoordinators();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const carlaKnew = network.frontier();
    const dirkHead = network.head(dirk);
    suspend(network, dirk, carla);
    suspend(network, carla, dirk, carlaKnew, dirkHead);
    network.write(fatima, 'reinstate', { member: dirk.signing.publicKey, from: [] });
    network.grant(dirk, 'coordinator', fatima);
    const afterwards = grantHours(network, dirk, dirk);
    const carlaAgain = grantHours(network, carla, carla);
    const state = await network.state();
    expect(state.members.get(keyOf(dirk))).toMatchObject({ status: 'admitted', balance: 120 + 6000 });
    expect(state.applied.has(idOf(afterwards))).toBe(true);
    expect(state.rejected.get(idOf(carlaAgain))?.reason).toBe('suspended');
  });

  it('a removed coordinator cannot take down, or void the acts of, someone who did not remove them', async () => {
    const { network, carla, dirk } = twoCoordinators();
    const eva = network.member('Eva');
    network.grant(eva);
    const carlaKnew = network.frontier();
    const dirkHead = network.head(dirk);
    suspend(network, eva, carla);
    // Dirk goes on working; Carla, removed by Eva, writes a suspension of Dirk as if from before.
    const { identity: gert, join } = network.join('Gert');
    const dirksAdmit = network.admit(gert, join, dirk);
    const fake = suspend(network, carla, dirk, carlaKnew, dirkHead);
    const state = await network.state();
    expect(state.rejected.get(idOf(fake))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(dirk))?.status).toBe('admitted');
    expect(state.applied.has(idOf(dirksAdmit))).toBe(true);
    expect(state.members.get(keyOf(gert))?.status).toBe('admitted');
  });

  it('the honest cost: a legitimate act the remover had not seen stops counting when the removal arrives', async () => {
    const { network, carla, dirk } = twoCoordinators();
    const dirkKnew = network.frontier();
    const carlaHead = network.head(carla);
    // Carla, offline, admits Gert; Dirk suspends her without having seen it.
    const { identity: gert, join } = network.join('Gert');
    const offline = network.admit(gert, join, carla);
    let state = await network.state();
    expect(state.members.get(keyOf(gert))?.status).toBe('admitted');
    suspend(network, dirk, carla, dirkKnew, carlaHead);
    state = await network.state();
    expect(state.rejected.get(idOf(offline))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(gert))?.status).toBe('pending');
  });

  it("re-granted after the removal only within the act's own past: an act that had not seen the new grant does not count", async () => {
    // Dirk is the senior here: seniority must not let the grant go first.
    const network = new TestNetwork();
    const dirk = network.member('Dirk');
    network.grant(dirk);
    const carla = network.member('Carla');
    network.grant(carla);
    const removal = revoke(network, dirk, carla);
    const carlaKnew = network.frontier();
    network.grant(carla, 'coordinator', dirk);
    const early = grantHours(network, carla, carla, carlaKnew);
    const state = await network.state();
    expect(state.applied.has(idOf(removal))).toBe(true);
    expect(state.members.get(keyOf(carla))?.roles.has('coordinator')).toBe(true);
    expect(state.rejected.get(idOf(early))?.reason).toBe('not-coordinator');
  });

  it('a removal counts by the rights its author had in its own past: not by a grant it had not seen', async () => {
    const network = new TestNetwork();
    const eva = network.member('Eva');
    const zoe = network.member('Zoë');
    const evaKnew = network.frontier();
    network.grant(eva);
    const early = suspend(network, eva, zoe, evaKnew);
    const state = await network.state();
    expect(state.rejected.get(idOf(early))?.reason).toBe('not-coordinator');
    expect(state.members.get(keyOf(zoe))?.status).toBe('admitted');
  });

  it("removals in a line: Carla suspends Dirk while Dirk suspends Fatima; Carla's stands, Dirk's falls", async () => {
    const { network, carla, dirk } = twoCoordinators();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const split = network.frontier();
    const byCarla = suspend(network, carla, dirk, split);
    const byDirk = suspend(network, dirk, fatima, split);
    const state = await network.state();
    expect(state.applied.has(idOf(byCarla))).toBe(true);
    expect(state.rejected.get(idOf(byDirk))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(fatima))?.status).toBe('admitted');
    expect(state.members.get(keyOf(dirk))?.status).toBe('suspended');
  });

  it('in a ring (Carla removes Dirk, Dirk Fatima, Fatima Carla, all at once) all three stand; one hanging off the ring falls', async () => {
    const { network, carla, dirk } = twoCoordinators();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const gert = network.member('Gert');
    network.grant(gert);
    const split = network.frontier();
    const heads = [carla, dirk, fatima, gert].map((who) => network.head(who));
    const ring = [
      suspend(network, carla, dirk, split, heads[1]),
      suspend(network, dirk, fatima, split, heads[2]),
      suspend(network, fatima, carla, split, heads[0]),
    ];
    // Carla also suspends Gert, who removed nobody: Fatima's removal of her stands on the ring, so this one falls.
    const offRing = suspend(network, carla, gert, split, heads[3]);
    const gertsGrant = grantHours(network, gert, dirk, split);
    const state = await network.state();
    for (const removal of ring) expect(state.applied.has(idOf(removal))).toBe(true);
    for (const who of [carla, dirk, fatima]) expect(state.members.get(keyOf(who))?.status).toBe('suspended');
    expect(state.rejected.get(idOf(offRing))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(gert))?.status).toBe('admitted');
    expect(state.applied.has(idOf(gertsGrant))).toBe(true);
  });

  it('the last two coordinators stepping down at once: one of them stays (only removals of each other may leave none)', async () => {
    const { network, carla, dirk } = twoCoordinators();
    network.write(network.founder, 'revoke-role', { member: network.founder.signing.publicKey, role: 'coordinator' });
    const split = network.frontier();
    revoke(network, carla, carla, split);
    revoke(network, dirk, dirk, split);
    const state = await network.state();
    const left = [carla, dirk].filter((who) => state.members.get(keyOf(who))?.roles.has('coordinator'));
    expect(left).toHaveLength(1);
  });

  it("a stolen phone and the laptop remove each other: both go, and the phone's other acts do not count", async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const pc = newIdentity();
    network.write(anna, 'device-add', { device: pc.signing.publicKey, boxKey: pc.box.publicKey, label: 'laptop' });
    const split = network.frontier();
    const phoneHead = network.head(anna);
    const laptopHead = network.head(pc);
    const byLaptop = network.write(
      pc,
      'device-remove',
      { device: anna.signing.publicKey, cut: phoneHead },
      { seen: split },
    );
    const byPhone = network.write(
      anna,
      'device-remove',
      { device: pc.signing.publicKey, cut: laptopHead },
      { seen: split },
    );
    const thief = newIdentity();
    const added = network.write(
      anna,
      'device-add',
      { device: thief.signing.publicKey, boxKey: thief.box.publicKey, label: '' },
      { seen: [byPhone] },
    );
    const state = await network.state();
    expect(state.applied.has(idOf(byLaptop))).toBe(true);
    expect(state.applied.has(idOf(byPhone))).toBe(true);
    expect(state.rejected.get(idOf(added))?.reason).toBe('suspended');
    expect(state.devices.has(keyOf(thief))).toBe(false);
  });

  it("a coordinator's revocation leaves them the acts of any member: a cut-more written at the same time still holds their device's heads", async () => {
    const { network, carla, dirk } = twoCoordinators();
    const laptop = newIdentity();
    network.write(dirk, 'device-add', { device: laptop.signing.publicKey, boxKey: laptop.box.publicKey, label: '' });
    network.post(dirk);
    const split = network.frontier();
    const revocation = revoke(network, carla, dirk, split);
    const part = network.write(laptop, 'cut-more', { cut: network.head(dirk) }, { seen: split });
    const retired = network.write(
      laptop,
      'device-remove',
      { device: dirk.signing.publicKey, cut: [part.id] },
      { seen: [revocation, part] },
    );
    const state = await network.state();
    expect(state.members.get(keyOf(dirk))?.roles.has('coordinator')).toBe(false);
    expect(state.applied.has(idOf(part))).toBe(true);
    expect(state.applied.has(idOf(retired))).toBe(true);
    expect(state.devices.get(keyOf(dirk))?.removed).toBe(true);
  });
});
