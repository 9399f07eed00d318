// A device that started from a checkpoint takes the later ones (docs/protocol.md §4.8, "A
// device that holds checkpoint n−1's state and the entries after it does not take checkpoint
// n on trust"): Anna's tablet, handed checkpoint 1 at pairing, holds none of the history
// below it, yet checks checkpoint 2 from checkpoint 1's state and the part after it, moves on
// with the rest, and after a reload counts checkpoint 3 too. Without it such a device stayed
// in its part and was cut off once the archive devices left it behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPairedDevice } from '../../../../src/data/devices/index.ts';
import { Neighbourhood, until, untilAny } from '../../../support/Neighbourhood.ts';
import { pairNewDevice } from '../../../support/pairNewDevice.ts';
import { balances, minutesOf, pay } from '../../../support/sessionHours.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  vi.useRealTimers();
  await hood.close();
  hood = new Neighbourhood();
});

describe('later checkpoints on a device that started from one', () => {
  it('are checked from the checkpoint before and the part after it, and counted', async () => {
    const { session: carla, invite } = await hood.found('Carla');
    const anna = await hood.admitted(carla, invite, 'Anna');
    await pay(anna, carla, 30, 'Boodschappen');
    await until(carla, () => minutesOf(carla).includes(30));

    const now = new Date();
    const monthsOn = (months: number) =>
      vi.setSystemTime(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    // Five months on, checkpoint 1 counts; Anna's phone moves on to the part after it.
    monthsOn(5);
    await pay(carla, anna, 45, 'Fiets');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.memberState?.checkpoint));
    const first = carla.record.checkpoint ?? '';
    await until(anna, () => anna.record.checkpoint === first);

    // Anna pairs a tablet: it is handed checkpoint 1 and holds only the part after it.
    const tablet = await pairNewDevice(hood, 'Anna tablet', async (link, keys) => {
      expect((await addPairedDevice(link, anna, keys, 'tablet')).ok).toBe(true);
    });
    expect(tablet.session.record.checkpoint).toBe(first);
    await untilAny([tablet.session, carla], () => balances(tablet.session).join() === balances(carla).join());
    await pay(tablet.session, carla, 20, 'Soep');
    await until(carla, () => minutesOf(carla).includes(20));

    // A quarter later checkpoint 2 counts on Carla's laptop; the phone and the tablet take it.
    monthsOn(8);
    await pay(carla, anna, 10, 'Ladder');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.record.checkpoint !== first));
    const second = carla.record.checkpoint ?? '';
    await untilAny([carla, anna], () => anna.record.checkpoint === second);
    await untilAny([carla, tablet.session], () => tablet.session.record.checkpoint === second);
    await untilAny([carla, tablet.session], () => balances(tablet.session).join() === balances(carla).join());
    expect(tablet.session.memberState?.checkpoint?.until).toBe(carla.memberState?.checkpoint?.until);

    // Reloaded, the tablet starts from checkpoint 2; a quarter later it counts checkpoint 3.
    tablet.session.close();
    const tabletAgain = await hood.reopen(tablet.session);
    await tabletAgain.memberReady;
    expect(tabletAgain.record.checkpoint).toBe(second);
    monthsOn(11);
    await pay(anna, carla, 5, 'Koffie');
    await until(carla, () => Boolean(carla.record.checkpoint && carla.record.checkpoint !== second));
    const third = carla.record.checkpoint ?? '';
    await untilAny([carla, tabletAgain], () => tabletAgain.record.checkpoint === third);
    await untilAny([carla, tabletAgain], () => balances(tabletAgain).join() === balances(carla).join());
    // And it still writes for Anna, and everyone gets it.
    await pay(tabletAgain, carla, 7, 'Thee');
    await until(carla, () => minutesOf(carla).includes(7));
    await until(anna, () => minutesOf(anna).includes(7));
  }, 90_000);
});
