// The PeerJS server's places against idle squatters: a connection that pairs with no one is
// closed after maxUnpairedMs (on a timer the test runs by hand, no sleeping), and a full
// server makes space for an address holding fewer places than the address holding the most.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { IdleTimer, PeerjsLimits } from '../../../src/relay/peerjsServer.ts';
import type { RunningRelay } from '../../../src/relay/RelayServer.ts';
import { closeAll, closed, nextMessage, peerjsClient, testRelay } from './relayClients.ts';

afterEach(closeAll);

/** Timers that run only when the test says the time has come. */
class ManualTimer implements IdleTimer {
  private readonly due = new Map<number, () => void>();
  private next = 0;
  set(run: () => void) {
    this.due.set(++this.next, run);
    return this.next;
  }
  clear(handle: unknown) {
    this.due.delete(handle as number);
  }
  /** Runs every timer set so far. */
  elapse(): void {
    const runs = [...this.due.values()];
    this.due.clear();
    for (const run of runs) run();
  }
}

async function openClient(relay: RunningRelay, id: string, from?: string): Promise<WebSocket> {
  const socket = peerjsClient(relay, id, from ? { from } : {});
  expect(await nextMessage(socket)).toEqual({ type: 'OPEN' });
  return socket;
}

const limits: Partial<PeerjsLimits> = { maxConnections: 4, maxConnectionsPerAddress: 3 };

describe('PeerJS connections that never pair', () => {
  it('are closed once the idle time has passed; the two ends of an offer stay', async () => {
    const timer = new ManualTimer();
    const relay = await testRelay({ limits: { peerjs: limits }, peerjsIdleTimer: timer });
    const idle = await openClient(relay, 'idle1');
    const host = await openClient(relay, 'host1');
    const guest = await openClient(relay, 'guest1', '127.0.0.2');
    guest.send(JSON.stringify({ type: 'OFFER', dst: 'host1', payload: { sdp: 'x' } }));
    expect(await nextMessage(host)).toMatchObject({ type: 'OFFER', src: 'guest1' });
    const idleClosed = closed(idle);
    timer.elapse();
    await idleClosed;
    // Both ends of the pairing still talk.
    host.send(JSON.stringify({ type: 'ANSWER', dst: 'guest1', payload: { sdp: 'y' } }));
    expect(await nextMessage(guest)).toMatchObject({ type: 'ANSWER', src: 'host1' });
    expect(host.readyState).toBe(host.OPEN);
    expect(guest.readyState).toBe(guest.OPEN);
    expect(relay.stats().peerjsConnections).toBe(2);
  });

  it('not before the idle time: nothing is closed while the timer has not run', async () => {
    const timer = new ManualTimer();
    const relay = await testRelay({ limits: { peerjs: limits }, peerjsIdleTimer: timer });
    const waiting = await openClient(relay, 'wait1');
    await openClient(relay, 'wait2', '127.0.0.2');
    expect(relay.stats().peerjsConnections).toBe(2);
    expect(waiting.readyState).toBe(waiting.OPEN);
  });
});

describe('a full PeerJS server', () => {
  it('drops the oldest connection of the address holding the most for a newcomer from another address', async () => {
    const relay = await testRelay({ limits: { peerjs: limits } });
    const first = await openClient(relay, 'sq0', '127.0.0.2');
    const firstClosed = once(first, 'close');
    await openClient(relay, 'sq1', '127.0.0.2');
    await openClient(relay, 'sq2', '127.0.0.2');
    await openClient(relay, 'other', '127.0.0.3');
    await openClient(relay, 'newcomer', '127.0.0.4');
    await firstClosed;
    // The squatting address still holds the most (2): one more from it is refused while full.
    const again = peerjsClient(relay, 'sq3', { from: '127.0.0.2' });
    const [error] = await once(again, 'error');
    expect(String(error)).toMatch(/503/);
  });
});
