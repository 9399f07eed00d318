// The coordinator's order of waiting join requests: newest arrival at this device first,
// never by a claimed time; in a long list, those that paid the price of the load first.
// And the price itself, rising with the lobby's load.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../src/core/Identity.ts';
import { joinWorkFor } from '../../../src/core/joinWork.ts';
import type { JoinRequest } from '../../../src/core/lobby.ts';
import { orderRequests } from '../../../src/core/requestOrder.ts';

const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 5, 1, 12);

/** A request as the lobby view gives it; only id, time and work matter to the order. */
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

const ids = (list: JoinRequest[]) => list.map((r) => r.id);

describe('joinWorkFor', () => {
  it('adds a bit for every doubling of 1 + load / 32, up to 24', () => {
    const table = [0, 31, 32, 95, 96, 223, 224, 500, 3000, 8159, 8160, 1_000_000].map((load) => joinWorkFor(16, load));
    expect(table).toEqual([16, 16, 17, 17, 18, 18, 19, 20, 22, 23, 24, 24]);
    expect(joinWorkFor(8, 500)).toBe(12);
    expect(joinWorkFor(24, 500)).toBe(24);
  });
});

describe('orderRequests', () => {
  const base = { base: 16, load: 3, now };

  it('puts the newest arrival first, whatever time it claims', () => {
    const arrivals = new Map([
      ['early', now - 3000],
      ['middle', now - 2000],
      ['late', now - 1000],
    ]);
    const list = [request('early', now - 3000), request('middle', now - 2000), request('late', now - 50 * day)];
    expect(ids(orderRequests(list, { ...base, arrivals }))).toEqual(['late', 'middle', 'early']);
  });

  it('a backdated claim does not stay first: the next arrival goes above it', () => {
    const backdated = request('backdated', 0);
    const arrivals = new Map([['backdated', now - 5000]]);
    expect(ids(orderRequests([backdated], { ...base, arrivals }))).toEqual(['backdated']);
    arrivals.set('nina', now - 1000);
    const list = [backdated, request('nina', now - 1000)];
    expect(ids(orderRequests(list, { ...base, arrivals }))).toEqual(['nina', 'backdated']);
  });

  it('in one batch, a claim later than the arrival counts as the arrival: dating ahead does not win', () => {
    const at = now - 1000;
    const arrivals = new Map([
      ['ahead', at],
      ['nina', at],
      ['older', at],
    ]);
    const list = [request('ahead', at + 9 * 60_000), request('nina', at), request('older', at - day)];
    const order = ids(orderRequests(list, { ...base, arrivals }));
    expect(order.indexOf('nina')).toBeLessThan(order.indexOf('older'));
    expect(order.indexOf('ahead')).toBeLessThanOrEqual(1);
  });

  it('in a long list, a flood that paid only the base does not go above a request that paid its price', () => {
    // Nina asked first; a flood of 100 with 16 bits each arrived after her, one a minute. The
    // price of each is that of what had arrived before it, less the last 10 minutes (which
    // its sender could not have seen): from the 42nd on (41 before it), 16 bits no longer pay.
    const minute = 60_000;
    const start = now - 200 * minute;
    const flood = Array.from({ length: 100 }, (_, i) =>
      request(`bot${String(i).padStart(3, '0')}`, start + (i + 1) * minute, 16),
    );
    const nina = request('nina', start, 16);
    const arrivals = new Map<string, number>([
      ['nina', start],
      ...flood.map((r) => [r.id, r.time] as [string, number]),
    ]);
    const list = ids(orderRequests([...flood, nina], { base: 16, load: 101, arrivals, now }));
    expect(list.indexOf('nina')).toBe(41);
    expect(list.slice(0, 41).every((id) => Number(id.slice(3)) < 41)).toBe(true);
    // In a short list it is newest first only: the same flood goes above her.
    const short = ids(orderRequests([...flood.slice(0, 20), nina], { base: 16, load: 21, arrivals, now }));
    expect(short.at(-1)).toBe('nina');
  });

  it('a claim from more than a week before its arrival has not paid, whatever its work', () => {
    const flood = Array.from({ length: 40 }, (_, i) => request(`bot${i}`, now - 60 * day - i * 8 * day, 16));
    const nina = request('nina', now - 5000, 17);
    const arrivals = new Map<string, number>([
      ['nina', now - 5000],
      ...flood.map((r) => [r.id, now - 1000] as [string, number]),
    ]);
    const list = orderRequests([...flood, nina], { base: 16, load: 41, arrivals, now });
    expect(list[0]?.id).toBe('nina');
  });
});
