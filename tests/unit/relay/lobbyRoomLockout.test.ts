// Review of #19 (outside): the cap of 256 subscribers per topic, against a stranger with the
// poster. The lobby's room name follows from the lobby secret on the poster, so anyone who
// read the poster can hold the room's places with idle sockets from a few addresses
// (up to the per-address cap each): then a newcomer is told "topic-full" and can reach no coordinator.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSignallingLimits } from '../../../src/relay/signalling.ts';
import { closeAll, connect, nextMessage, received, subscribe, testRelay } from './relayClients.ts';

afterEach(closeAll);

const lobby = 'br-lobby-AAAAAAAAAAAAAAAAAAAAAA';

describe('a stranger with the poster fills the lobby room at the relay', () => {
  it("a newcomer's announce still reaches the coordinator listening in the lobby when 255 idle sockets from four addresses hold the room", async () => {
    const relay = await testRelay();
    expect(defaultSignallingLimits.maxSubscribersPerTopic).toBe(256);
    const coordinator = await connect(relay);
    await subscribe(coordinator, [lobby]);
    // The stranger: 4 addresses × 64 connections (under the per-address cap), all idle in the lobby.
    const squatters = [];
    for (let address = 2; address <= 5; address++) {
      for (let i = 0; i < 64 && squatters.length < 255; i++) {
        squatters.push(connect(relay, '/signal', { from: `127.0.0.${address}` }));
      }
    }
    for (const socket of await Promise.all(squatters)) await subscribe(socket, [lobby]);
    expect(relay.stats().connections).toBe(256);

    const newcomer = await connect(relay, '/signal', { from: '127.0.0.9' });
    await subscribe(newcomer, [lobby]);
    newcomer.send(JSON.stringify({ type: 'publish', topic: lobby, data: 'announce' }));
    // Correct: the coordinator hears the newcomer. Now: the newcomer was told topic-full and
    // its publish is dropped (the relay publishes only to a topic one subscribed to).
    expect(received(newcomer)).not.toContainEqual({ type: 'error', reason: 'topic-full', topic: lobby });
    for (;;) {
      const message = await nextMessage(coordinator);
      if (message.type === 'publish') {
        expect(message.data).toBe('announce');
        break;
      }
    }
  }, 60_000);
});
