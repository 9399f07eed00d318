// Review of #19 (outside): docs/protocol.md §6.1 orders the coordinator's list by "arrival at
// this device (the device notes when it first saw each join)". LobbyRoom notes a join's
// arrival only once it is pending in the view, and a join dated more than 10 minutes ahead
// is not in the view until its time comes. So a stranger can send a week of joins at once,
// dated ahead one every few minutes, go offline, and have them "arrive" one by one at the top
// of the list (above every newcomer who really came meanwhile), none of them within reach of
// a set-aside (its `before` reaches 10 minutes past now).
import { describe, expect, it } from 'vitest';
import type { LogChange } from '../../../../src/core/adapters/yjsEntryLog.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import { orderRequests } from '../../../../src/core/requestOrder.ts';
import { LobbyRoom } from '../../../../src/data/joining/LobbyRoom.ts';
import type { Room } from '../../../../src/sync/Room.ts';
import { idOf, TestNetwork } from '../../core/TestNetwork.ts';

const minute = 60_000;

describe('a join dated two hours ahead, sent now', () => {
  it('arrives when it was first seen, and sorts below a newcomer who came after it was sent', async () => {
    const network = new TestNetwork({ joinWork: 4 });
    let now = network.clock;
    const ledger = new Ledger(network.netId, { now: () => now, rules: false });
    const listeners: ((change: LogChange) => void)[] = [];
    const room = { ledger, onEntries: (listener: (change: LogChange) => void) => listeners.push(listener) };
    const lobby = new LobbyRoom(room as unknown as Room, network.netId, null, () => now);
    const add = async (...signed: SignedEntry[]) => {
      const change = await ledger.add(signed.map((s) => [idOf(s), s.bytes] as const));
      for (const listener of listeners) listener({ ...change, restored: [] });
    };

    const sentAt = now;
    const { join: early } = network.join('Vroeg', newIdentity(), { time: sentAt + 120 * minute });
    await add(network.genesis, early);
    // An hour later Nina joins, at the coordinator's clock.
    now = sentAt + 60 * minute;
    const { join: nina } = network.join('Nina', newIdentity(), { time: now });
    await add(nina);
    // Two hours after it was sent, the early join's time has come; something else arrives.
    now = sentAt + 120 * minute;
    const { join: other } = network.join('Ander', newIdentity(), { time: now - 30 * minute });
    await add(other);

    const view = lobby.view;
    expect(view.pending.map((r) => r.id)).toContain(idOf(early));
    // Correct: first seen when it was sent. Now: noted when its claimed time came.
    expect(view.arrivals.get(idOf(early))).toBe(sentAt);
    const order = orderRequests(view.pending, { base: 4, load: view.load, arrivals: view.arrivals, now }).map(
      (r) => r.id,
    );
    expect(order.indexOf(idOf(nina))).toBeLessThan(order.indexOf(idOf(early)));
  });
});
