// `met`: a kiosk or a coordinator says a newcomer stood there; the join goes first in the
// coordinators' list. It admits nobody, and from anyone else it changes nothing.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../src/core/Identity.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

/** A network with a kiosk (enrolled, given the kiosk role) and a plain member. */
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
  const anna = network.member('Anna');
  return { network, kiosk, anna };
}

describe('met', () => {
  it('by the kiosk: the join is marked as met at the kiosk, and still waits for a coordinator', async () => {
    const { network, kiosk } = withKiosk();
    const { identity: pim, join } = network.join('Pim');
    const met = network.write(kiosk, 'met', { join: join.id });
    const state = await network.state();
    expect(state.rejected.get(idOf(met))).toBeUndefined();
    expect(state.met.get(idOf(join))).toEqual({ by: keyOf(kiosk), atKiosk: true });
    expect(state.members.get(keyOf(pim))?.status).toBe('pending');
  });

  it('by a coordinator: met in person, not at the kiosk', async () => {
    const { network } = withKiosk();
    const { join } = network.join('Pim');
    network.write(network.founder, 'met', { join: join.id });
    expect((await network.state()).met.get(idOf(join))).toEqual({ by: keyOf(network.founder), atKiosk: false });
  });

  it('by a plain member, or by a stranger, is kept aside and changes nothing', async () => {
    const { network, anna } = withKiosk();
    const { join } = network.join('Pim');
    const byAnna = network.write(anna, 'met', { join: join.id });
    const stranger = newIdentity();
    const byStranger = network.write(stranger, 'met', { join: join.id });
    const state = await network.state();
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
    expect(state.rejected.get(idOf(byStranger))?.reason).toBe('not-member');
    expect(state.met.size).toBe(0);
  });

  it('naming something that is not a join is refused', async () => {
    const { network, kiosk, anna } = withKiosk();
    const post = network.post(anna);
    const wrong = network.write(kiosk, 'met', { join: post.id });
    expect((await network.state()).rejected.get(idOf(wrong))?.reason).toBe('bad-ref');
  });

  it('a join not here yet: the met waits for it', async () => {
    const { network, kiosk } = withKiosk();
    const { join } = network.join('Pim');
    const met = network.write(kiosk, 'met', { join: join.id });
    const early = await network.state(network.entries.filter((e) => e !== join));
    expect(early.rejected.get(idOf(met))?.reason).toBe('missing-ref');
    const all = await network.state();
    expect(all.rejected.get(idOf(met))).toBeUndefined();
    expect(all.met.has(idOf(join))).toBe(true);
  });

  it('by a kiosk whose role was taken back, is kept aside', async () => {
    const { network, kiosk } = withKiosk();
    network.write(network.founder, 'revoke-role', { member: kiosk.signing.publicKey, role: 'kiosk' });
    const { join } = network.join('Pim');
    const met = network.write(kiosk, 'met', { join: join.id });
    expect((await network.state()).rejected.get(idOf(met))?.reason).toBe('not-coordinator');
  });
});
