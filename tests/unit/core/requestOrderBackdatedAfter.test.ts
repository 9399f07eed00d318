// Review of #19 (outside): the price a join "paid" is judged on the coordinator's device from
// claimed times (paidForLoad counts the requests claiming a time in the week before the
// join's own claim), not, as docs/protocol.md §6.1 says, from the requests that had arrived
// at the coordinator before it (leaving out the last 10 minutes, which the newcomer could not
// have seen). So requests that arrive after a newcomer, claiming a time just before hers,
// raise her price after she paid it: 32 cheap ones (16 bits each) put her among the unpaid,
// and then every unpaid request of a flood that arrives later is listed above her.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../src/core/Identity.ts';
import { joinWorkFor } from '../../../src/core/joinWork.ts';
import type { JoinRequest } from '../../../src/core/lobby.ts';
import { orderRequests } from '../../../src/core/requestOrder.ts';

const minute = 60 * 1000;
const now = Date.UTC(2026, 5, 1, 12);

function request(id: string, time: number, work = 16): JoinRequest {
  const key = newIdentity();
  return {
    id,
    member: id,
    publicKey: key.signing.publicKey,
    boxKey: key.box.publicKey,
    sealed: { eph: new Uint8Array(32), keys: [], box: new Uint8Array(16) },
    time,
    work,
    entry: null as unknown as JoinRequest['entry'],
  };
}

describe('a flood arriving after a newcomer, backdated to just before her claim', () => {
  it('a newcomer who paid the price of the quiet lobby she came into stays above every later request that did not pay its price', () => {
    const arrivals = new Map<string, number>();
    // Nina joins a quiet lobby: her device sees no open request and pays the base 16 bits.
    expect(joinWorkFor(16, 0)).toBe(16);
    const nina = request('nina', now - 60 * minute);
    arrivals.set('nina', now - 60 * minute);
    // Half an hour later: 32 joins at 16 bits, each claiming a time 5 minutes before Nina's
    // (a claim a week back is still "not backdated" by the rule).
    const backdated = Array.from({ length: 32 }, (_, i) => {
      const id = `b${String(i).padStart(2, '0')}`;
      arrivals.set(id, now - 31 * minute + i);
      return request(id, now - 65 * minute);
    });
    // Then a flood at the flat 16 bits, claiming honest times: it did not pay the load's price.
    const flood = Array.from({ length: 200 }, (_, i) => {
      const id = `f${String(i).padStart(3, '0')}`;
      arrivals.set(id, now - 20 * minute + i * 1000);
      return request(id, now - 20 * minute + i * 1000);
    });
    const all = [nina, ...backdated, ...flood];
    const order = orderRequests(all, { base: 16, load: all.length, arrivals, now }).map((r) => r.id);
    // Correct (§6.1): Nina's Q counts what arrived before her (nothing), so she paid; the flood
    // arrived into a load of 33 and more and did not: she is above all 200. Now: at 233.
    const firstUnpaidFlood = order.findIndex((id) => id.startsWith('f'));
    expect(order.indexOf('nina')).toBeLessThan(firstUnpaidFlood);
  });
});
