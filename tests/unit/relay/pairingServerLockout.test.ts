// Review of #19 (outside): joining in person (§6.1) is the way past a flooded lobby, and it
// runs over the relay's PeerJS server. That server takes 500 connections in all, 16 per
// address: a stranger holding 500 idle PeerJS connections from 32 addresses leaves no place
// for the newcomer's device (nor for adding a device, the kiosk, or moving a member). With
// the lobby room filled (lobbyRoomLockout.test.ts, four addresses), a newcomer can then be
// admitted neither through the lobby nor in person.
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { defaultPeerjsLimits } from '../../../src/relay/peerjsServer.ts';
import { closeAll, nextMessage, peerjsClient, testRelay } from './relayClients.ts';

afterEach(closeAll);

function answer(socket: WebSocket): Promise<string> {
  return new Promise((resolve) => {
    socket.once('error', (error) => resolve(String(error)));
    nextMessage(socket).then((message) => resolve(String(message.type)));
  });
}

describe("a stranger holds the relay's PeerJS places", () => {
  it("a newcomer's device still gets a pairing id when 500 idle connections come from 32 addresses", async () => {
    const relay = await testRelay();
    expect(defaultPeerjsLimits.maxConnections).toBe(500);
    const held: Promise<string>[] = [];
    for (let address = 0; address < 32; address++) {
      for (let i = 0; i < 16 && held.length < 500; i++) {
        held.push(answer(peerjsClient(relay, `squat${address}x${i}`, { from: `127.0.1.${address + 1}` })));
      }
    }
    expect(new Set(await Promise.all(held))).toEqual(new Set(['OPEN']));
    const newcomer = peerjsClient(relay, 'buurtruil-7K3MQ9XD', { from: '127.0.2.1' });
    // Correct: OPEN. Now: refused, "Unexpected server response: 503".
    expect(await answer(newcomer)).toBe('OPEN');
  }, 60_000);
});
