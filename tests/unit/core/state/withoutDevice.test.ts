// Who is a member without a device: admitted from a join the kiosk met, no card yet, and
// nothing signed by the join's key since the join. Only such a member is offered a card
// in place of a device; someone with a phone, or already with a card, is not.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { withoutDevice } from '../../../../src/core/state/withoutDevice.ts';
import { keyOf, TestNetwork } from '../TestNetwork.ts';

function withKiosk() {
  const network = new TestNetwork();
  const kiosk = newIdentity();
  network.write(network.founder, 'enroll', {
    member: kiosk.signing.publicKey,
    boxKey: kiosk.box.publicKey,
    name: 'Kiosk buurthuis',
    area: '',
    welcome: 0,
    opening: 0,
    consent: '',
    epoch: 0,
    secret: null,
  });
  network.grant(kiosk, 'kiosk');
  return { network, kiosk };
}

describe('withoutDevice', () => {
  it('a member admitted from a join the kiosk met, with no card, is without a device', async () => {
    const { network, kiosk } = withKiosk();
    const { identity: pim, join } = network.join('Pim');
    network.write(kiosk, 'met', { join: join.id });
    expect(withoutDevice(await network.state(), keyOf(pim))).toBe(false); // still waiting
    network.admit(pim, join);
    expect(withoutDevice(await network.state(), keyOf(pim))).toBe(true);
  });

  it('a join met by a coordinator in person (the newcomer has a phone) is not', async () => {
    const { network } = withKiosk();
    const { identity: pim, join } = network.join('Pim');
    network.write(network.founder, 'met', { join: join.id });
    network.admit(pim, join);
    expect(withoutDevice(await network.state(), keyOf(pim))).toBe(false);
  });

  it('a member who joined with a phone, without any met, is not', async () => {
    const { network } = withKiosk();
    const anna = network.member('Anna');
    expect(withoutDevice(await network.state(), keyOf(anna))).toBe(false);
  });

  it('a join key that signed something after the join is held by someone: not without a device', async () => {
    const { network, kiosk } = withKiosk();
    const { identity: pim, join } = network.join('Pim');
    network.write(kiosk, 'met', { join: join.id });
    network.admit(pim, join);
    network.post(pim);
    expect(withoutDevice(await network.state(), keyOf(pim))).toBe(false);
  });

  it('once a card is written for the member, they are not without a device any more', async () => {
    const { network, kiosk } = withKiosk();
    const { identity: pim, join } = network.join('Pim');
    network.write(kiosk, 'met', { join: join.id });
    network.admit(pim, join);
    const card = newIdentity();
    network.write(network.founder, 'move-member', {
      member: pim.signing.publicKey,
      device: card.signing.publicKey,
      boxKey: card.box.publicKey,
      cut: [join.id],
      reason: 'Ledenpas',
    });
    const state = await network.state();
    expect(state.members.get(keyOf(pim))?.devices).toContain(keyOf(card));
    expect(withoutDevice(state, keyOf(pim))).toBe(false);
  });

  it('an unknown key, or a member still waiting, is not', async () => {
    const { network } = withKiosk();
    expect(withoutDevice(await network.state(), keyOf(newIdentity()))).toBe(false);
  });
});
