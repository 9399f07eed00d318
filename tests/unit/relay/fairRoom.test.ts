// The fair share of a full room at the relay: a newcomer from an address holding fewer of
// its places than the address holding the most takes the place of that address's oldest
// subscriber; neighbours behind one NAT keep their places while no one floods.
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { closeAll, connect, nextMessage, received, roundTrip, subscribe, testRelay } from './relayClients.ts';

afterEach(closeAll);

const full = { type: 'error', reason: 'topic-full', topic: 'lobby' };

async function publishReaches(from: WebSocket, to: WebSocket, data: string): Promise<void> {
  from.send(JSON.stringify({ type: 'publish', topic: 'lobby', data }));
  for (;;) if ((await nextMessage(to)).data === data) return;
}

describe('a full room makes space for an address that holds fewer places', () => {
  it('drops the oldest subscriber of the flooding address for a newcomer, and tells it topic-full', async () => {
    const relay = await testRelay({
      limits: { signalling: { maxSubscribersPerTopic: 4, maxConnectionsPerAddress: 10 } },
    });
    const flood = [];
    for (let i = 0; i < 3; i++) flood.push(await connect(relay, '/signal', { from: '127.0.0.2' }));
    const neighbour = await connect(relay, '/signal', { from: '127.0.0.3' });
    for (const socket of [...flood, neighbour]) await subscribe(socket, ['lobby']);
    const newcomer = await connect(relay, '/signal', { from: '127.0.0.4' });
    await subscribe(newcomer, ['lobby']);
    expect(received(newcomer)).not.toContainEqual(full);
    expect(received(flood[0] as WebSocket)).toContainEqual(full);
    await publishReaches(newcomer, neighbour, 'aanmelding');
    // The dropped one hears nothing more, and its own publish goes nowhere.
    await roundTrip(flood[0] as WebSocket);
    expect(received(flood[0] as WebSocket).filter((m) => m.data === 'aanmelding')).toEqual([]);
    // Another newcomer from the neighbour's address (1 place, the flood holds 2) fits too.
    const second = await connect(relay, '/signal', { from: '127.0.0.3' });
    await subscribe(second, ['lobby']);
    expect(received(second)).not.toContainEqual(full);
    expect(received(flood[1] as WebSocket)).toContainEqual(full);
    // Now every address holds at most 2: a third from the neighbour's address is refused.
    const third = await connect(relay, '/signal', { from: '127.0.0.3' });
    await subscribe(third, ['lobby']);
    expect(received(third)).toContainEqual(full);
  });

  it('the flood cannot take the room back: a squatter from the flooding address is refused', async () => {
    const relay = await testRelay({
      limits: { signalling: { maxSubscribersPerTopic: 2, maxConnectionsPerAddress: 10 } },
    });
    const squatter = await connect(relay, '/signal', { from: '127.0.0.2' });
    const newcomer = await connect(relay, '/signal', { from: '127.0.0.3' });
    await subscribe(squatter, ['lobby']);
    await subscribe(newcomer, ['lobby']);
    const again = await connect(relay, '/signal', { from: '127.0.0.2' });
    await subscribe(again, ['lobby']);
    expect(received(again)).toContainEqual(full);
    expect(received(newcomer)).not.toContainEqual(full);
  });

  it('40 neighbours behind one NAT address all stay in a room with room to spare', async () => {
    const relay = await testRelay();
    const neighbours = [];
    for (let i = 0; i < 40; i++) neighbours.push(await connect(relay));
    for (const socket of neighbours) await subscribe(socket, ['lobby']);
    const visitor = await connect(relay, '/signal', { from: '127.0.0.2' });
    await subscribe(visitor, ['lobby']);
    await publishReaches(visitor, neighbours[0] as WebSocket, 'hallo');
    for (const socket of neighbours) await roundTrip(socket);
    for (const socket of neighbours) expect(received(socket)).not.toContainEqual(full);
    expect(relay.stats().topics).toBe(1);
  });
});
