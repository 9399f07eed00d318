// A device-add carries the new device's proof that it writes for the adding member
// (protocol v3, §2): no member can claim a key it does not hold. A device-add of version
// 2's form, without a proof, still counts for a key nothing stronger claims, so the
// networks in use keep the devices they added before.
import { describe, expect, it } from 'vitest';
import { signDeviceProof } from '../../../src/core/deviceProof.ts';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

function bare(network: TestNetwork, author: ReturnType<typeof newIdentity>, device: ReturnType<typeof newIdentity>) {
  return network.write(author, 'device-add', {
    device: device.signing.publicKey,
    boxKey: device.box.publicKey,
    label: '',
  });
}

describe("a device-add's proof", () => {
  it('adds the device when the new device signed for the member; a second device adds a third for the member too', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const laptop = newIdentity();
    const tablet = newIdentity();
    network.addDevice(mark, laptop);
    const fromLaptop = network.addDevice(laptop, tablet, { member: mark });
    network.post(tablet);
    const state = await network.state();
    expect(state.rejected.get(idOf(fromLaptop))).toBeUndefined();
    expect(state.devices.get(keyOf(tablet))?.member).toBe(keyOf(mark));
  });

  it('is refused when the device signed for another member, another network, or not at all', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const eve = network.member('Eve');
    const other = new TestNetwork();
    const forEve = newIdentity();
    const elsewhere = newIdentity();
    const garbage = newIdentity();
    const signedForEve = network.addDevice(mark, forEve, { member: eve });
    const otherNetwork = network.write(mark, 'device-add', {
      device: elsewhere.signing.publicKey,
      boxKey: elsewhere.box.publicKey,
      label: '',
      proof: signDeviceProof(elsewhere, other.net, mark.signing.publicKey),
    });
    const zeros = network.write(mark, 'device-add', {
      device: garbage.signing.publicKey,
      boxKey: garbage.box.publicKey,
      label: '',
      proof: new Uint8Array(64),
    });
    const state = await network.state();
    for (const refused of [signedForEve, otherNetwork, zeros]) {
      expect(state.rejected.get(idOf(refused))?.reason).toBe('bad-proof');
    }
    for (const device of [forEve, elsewhere, garbage]) expect(state.devices.has(keyOf(device))).toBe(false);
  });

  it('of another kind cannot pass: a signature over an entry is no proof', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const laptop = newIdentity();
    const own = network.post(laptop);
    const add = network.write(mark, 'device-add', {
      device: laptop.signing.publicKey,
      boxKey: laptop.box.publicKey,
      label: '',
      proof: own.bytes.slice(0, 64),
    });
    expect((await network.state()).rejected.get(idOf(add))?.reason).toBe('bad-proof');
  });
});

describe('a device-add of version 2 (without proof)', () => {
  it('still adds a device nobody else claims: the networks in use keep their devices', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const laptop = newIdentity();
    const add = bare(network, mark, laptop);
    const post = network.post(laptop);
    const state = await network.state();
    expect(state.rejected.get(idOf(add))).toBeUndefined();
    expect(state.posts.get(idOf(post))?.author).toBe(keyOf(mark));
  });

  it('is not knocked out by a claim of the same key with a proof that does not hold', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const eve = network.member('Eve');
    const before = network.frontier();
    const laptop = newIdentity();
    const marks = bare(network, mark, laptop);
    const evesClaim = network.write(
      eve,
      'device-add',
      { device: laptop.signing.publicKey, boxKey: eve.box.publicKey, label: '', proof: new Uint8Array(64) },
      { seen: before },
    );
    const state = await network.state();
    expect(state.rejected.get(idOf(marks))).toBeUndefined();
    expect(state.rejected.get(idOf(evesClaim))?.reason).toBe('bad-proof');
    expect(state.devices.get(keyOf(laptop))?.member).toBe(keyOf(mark));
  });

  it('cannot take a key a coordinator enrolled, whatever the order: the enrolment is the stronger claim', async () => {
    const network = new TestNetwork();
    const eve = network.member('Eve');
    const before = network.frontier();
    const kiosk = newIdentity();
    network.write(network.founder, 'enroll', {
      member: kiosk.signing.publicKey,
      boxKey: kiosk.box.publicKey,
      name: 'Kiosk',
      area: '',
      welcome: 0,
      opening: 0,
      consent: '',
      epoch: 0,
      secret: null,
    });
    const claim = network.write(
      eve,
      'device-add',
      { device: kiosk.signing.publicKey, boxKey: eve.box.publicKey, label: '' },
      { seen: before },
    );
    const state = await network.state();
    expect(state.rejected.get(idOf(claim))?.reason).toBe('no-proof');
    expect(state.devices.get(keyOf(kiosk))?.member).toBe(keyOf(kiosk));
  });
});

describe('the two forms on the wire', () => {
  it('each reads, and a proof of the wrong length makes the entry malformed', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const proven = network.addDevice(mark, newIdentity());
    const old = bare(network, mark, newIdentity());
    const short = network.write(mark, 'device-add', {
      device: newIdentity().signing.publicKey,
      boxKey: newIdentity().box.publicKey,
      label: '',
      proof: new Uint8Array(63),
    });
    expect((await readEntry(network.net, idOf(proven), proven.bytes)).ok).toBe(true);
    expect((await readEntry(network.net, idOf(old), old.bytes)).ok).toBe(true);
    const read = await readEntry(network.net, idOf(short), short.bytes);
    expect(read.ok ? null : read.problem).toBe('malformed');
  });
});
