// Signing up at the kiosk (docs/protocol.md §6.1): someone without a phone fills in a name
// and a street; the kiosk sends the join and says it met them; the coordinator sees that
// request first, labelled, and admits it. The kiosk admits nobody itself, and a `met` from a
// plain member changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { idFromText } from '../../../../src/core/encoding/base64url.ts';
import { waitingRequests } from '../../../../src/data/coordinator/index.ts';
import { lobbyNetwork, takeInvite } from '../../../../src/data/joining/index.ts';
import { becomeKiosk } from '../../../../src/data/kiosk/index.ts';
import { detailsOf, Neighbourhood, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

describe('signing up at the kiosk', { timeout: 60_000 }, () => {
  it('puts the join first in the coordinators list, labelled, and the coordinator admits it', async () => {
    const carla = await hood.found('Carla');
    const kioskDevice = hood.device('Kiosk');
    const keys = await kioskDevice.device.ownIdentity();
    const granted = await carla.session.kiosk.enrol(
      { signing: keys.signing.publicKey, box: keys.box.publicKey },
      'Kiosk',
    );
    if (!granted.ok) throw new Error(granted.problem);
    const kiosk = await kioskDevice.open(await becomeKiosk(kioskDevice.device, granted.grant));
    await until(kiosk, () => kiosk.phase === 'member' && lobbyNetwork(kiosk) !== null);

    // Pim signs up at the kiosk; then Nina asks with her phone: the newer arrival, yet Pim stays first.
    const signedUp = await kiosk.admission.signUpHere({ ...detailsOf('Pim'), area: 'Dorpsweg' });
    expect(signedUp).toMatchObject({ ok: true });
    await until(carla.session, () => waitingRequests(carla.session)[0]?.met === 'kiosk');
    const ninaDevice = hood.device('Nina');
    const nina = await ninaDevice.open(await takeInvite(ninaDevice.device, carla.invite));
    await until(nina, () => lobbyNetwork(nina) !== null);
    expect((await nina.admission.requestToJoin(detailsOf('Nina'))).ok).toBe(true);
    await until(carla.session, () => waitingRequests(carla.session).length === 2);
    const [first, second] = waitingRequests(carla.session);
    expect(first?.details).toMatchObject({ name: 'Pim', area: 'Dorpsweg' });
    expect(second).toMatchObject({ met: null, details: { name: 'Nina' } });
    // The kiosk admitted nobody: Pim waits for a coordinator.
    expect(carla.session.lobbyView?.statusOf(first?.join.member ?? '').kind).toBe('pending');
    expect((await carla.session.admission.admit(first?.join.id ?? '')).ok).toBe(true);
    await until(kiosk, () => kiosk.memberState?.members.get(first?.join.member ?? '')?.status === 'admitted');
  });

  it('a plain member cannot sign someone up, nor write a met', async () => {
    const carla = await hood.found('Carla');
    const bram = await hood.admitted(carla.session, carla.invite, 'Bram');
    // A plain member's device keeps no lobby.
    expect(await bram.admission.signUpHere(detailsOf('Pim'))).toEqual({ ok: false, problem: 'no-lobby' });
    const join = bram.memberState?.members.get(bram.me)?.joinId ?? '';
    expect(await bram.write('met', { join: idFromText(join) })).toEqual({
      ok: false,
      problem: 'rule',
      rule: 'not-coordinator',
    });
  });
});
