// A member's own device-remove is a statement about the device's future: it must not cost
// anyone else anything. A coordinator who retires the phone that signed an admission keeps
// the admission (the review's case is in reviewRoundThree.test.ts); what the phone writes
// having seen its retirement does not count; and a coordinator's removal (a move after a
// theft) keeps its rules: the phone's acts it had not seen never count.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../src/core/Identity.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

function carlaWithLaptop() {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const anna = network.member('Anna');
  const laptop = newIdentity();
  network.addDevice(carla, laptop);
  return { network, carla, anna, laptop };
}

describe("a coordinator's own retirement of a device", () => {
  it('keeps a pot grant the phone gave, whatever cut and view the retirement names', async () => {
    const { network, carla, anna, laptop } = carlaWithLaptop();
    const knew = network.frontier();
    const cut = network.head(carla);
    const grant = network.write(carla, 'pot-grant', { to: anna.signing.publicKey, minutes: 300, reason: 'Tuin' });
    const retire = network.write(laptop, 'device-remove', { device: carla.signing.publicKey, cut }, { seen: knew });
    const state = await network.state();
    expect(state.rejected.get(idOf(retire))).toBeUndefined();
    expect(state.rejected.get(idOf(grant))).toBeUndefined();
    expect(state.members.get(keyOf(anna))?.balance).toBe(120 + 300);
    expect(state.devices.get(keyOf(carla))?.removed).toBe(true);
  });

  it("does not let the phone act after it has seen its retirement: that is the device's future", async () => {
    const { network, carla, anna, laptop } = carlaWithLaptop();
    const retire = network.write(laptop, 'device-remove', {
      device: carla.signing.publicKey,
      cut: network.head(carla),
    });
    const late = network.write(
      carla,
      'pot-grant',
      { to: anna.signing.publicKey, minutes: 300, reason: 'Na het afmelden' },
      { seen: [retire] },
    );
    const state = await network.state();
    expect(state.rejected.get(idOf(late))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(anna))?.balance).toBe(120);
  });

  it('still takes away what concerns only the member: a device the retired phone adds at the same time', async () => {
    const { network, carla, laptop } = carlaWithLaptop();
    const knew = network.frontier();
    const cut = network.head(carla);
    network.write(laptop, 'device-remove', { device: carla.signing.publicKey, cut });
    const thief = newIdentity();
    const added = network.addDevice(carla, thief, { seen: knew });
    const state = await network.state();
    expect(state.rejected.get(idOf(added))?.reason).toBe('suspended');
    expect(state.devices.has(keyOf(thief))).toBe(false);
  });
});

describe('a stolen coordinator phone, retired, then moved away from by another coordinator', () => {
  it("counts none of the phone's acts the move had not seen", async () => {
    const { network, carla, anna, laptop } = carlaWithLaptop();
    network.write(laptop, 'device-remove', { device: carla.signing.publicKey, cut: network.head(carla) });
    const split = network.frontier();
    const heads = [...network.head(carla), ...network.head(laptop)];
    // The thief grants an accomplice from the pot, claiming a view from before the move.
    const stolen = network.write(
      carla,
      'pot-grant',
      { to: anna.signing.publicKey, minutes: 600, reason: '' },
      { seen: split },
    );
    const fresh = newIdentity();
    const move = network.write(
      network.founder,
      'move-member',
      {
        member: carla.signing.publicKey,
        device: fresh.signing.publicKey,
        boxKey: fresh.box.publicKey,
        cut: heads,
        reason: 'telefoon gestolen',
      },
      { seen: split },
    );
    const state = await network.state();
    expect(state.rejected.get(idOf(move))).toBeUndefined();
    expect(state.rejected.get(idOf(stolen))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(anna))?.balance).toBe(120);
  });
});
