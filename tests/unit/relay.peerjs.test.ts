// The PeerJS server on the relay's port, under the same limits as signalling.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { PeerjsLimits } from '../../src/relay/peerjsServer.ts';
import type { RunningRelay } from '../../src/relay/RelayServer.ts';
import { closeAll, closed, nextMessage, peerjsClient, received, testRelay } from './relay/relayClients.ts';

const limits: Partial<PeerjsLimits> = {
  maxMessageBytes: 4096,
  maxConnections: 5,
  maxConnectionsPerAddress: 2,
};

afterEach(closeAll);

/** A PeerJS client that the server has answered OPEN. */
async function openClient(relay: RunningRelay, id: string, from?: string): Promise<WebSocket> {
  const socket = peerjsClient(relay, id, from ? { from } : {});
  // OPEN can come in the same packet as the handshake: the inbox listens from the start.
  expect(await nextMessage(socket)).toEqual({ type: 'OPEN' });
  return socket;
}

function offer(from: WebSocket, to: string, n: number): void {
  from.send(JSON.stringify({ type: 'OFFER', dst: to, payload: { n } }));
}

describe('the PeerJS server on the same port', () => {
  it('hands out peer ids over http', async () => {
    const relay = await testRelay({ limits: { peerjs: limits } });
    const response = await fetch(`${relay.url}/peerjs/peerjs/id`);
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBeGreaterThan(8);
  });

  it('passes an offer from one client to another', async () => {
    const relay = await testRelay({ limits: { peerjs: limits } });
    const a = await openClient(relay, 'aaaa');
    const b = await openClient(relay, 'bbbb');
    offer(a, 'bbbb', 1);
    expect(await nextMessage(b)).toEqual({ type: 'OFFER', src: 'aaaa', dst: 'bbbb', payload: { n: 1 } });
  });
});

describe('the PeerJS server against hostile clients', () => {
  it('refuses a third connection from one address (429), not from another', async () => {
    const relay = await testRelay({ limits: { peerjs: limits } });
    await openClient(relay, 'p1');
    await openClient(relay, 'p2');
    const third = peerjsClient(relay, 'p3');
    const [error] = await once(third, 'error');
    expect(String(error)).toMatch(/429/);
    await openClient(relay, 'p4', '127.0.0.2');
  });

  it('refuses connections beyond its total cap (503) from an address that holds the most places', async () => {
    const relay = await testRelay({ limits: { peerjs: limits } });
    for (const [i, from] of ['127.0.0.1', '127.0.0.1', '127.0.0.2', '127.0.0.2', '127.0.0.3'].entries()) {
      await openClient(relay, `q${i}`, from);
    }
    // From an address holding fewer, it would take a place (relay/peerjsIdle.test.ts).
    const [error] = await once(peerjsClient(relay, 'q9', { from: '127.0.0.2' }), 'error');
    expect(String(error)).toMatch(/503/);
  });

  it('closes a client that sends an oversized message (1009); the server keeps brokering', async () => {
    const relay = await testRelay({ limits: { peerjs: limits } });
    const big = await openClient(relay, 'big1');
    const a = await openClient(relay, 'aaaa', '127.0.0.2');
    const b = await openClient(relay, 'bbbb', '127.0.0.3');
    const code = closed(big);
    big.send(JSON.stringify({ type: 'OFFER', dst: 'bbbb', payload: 'x'.repeat(5000) }));
    expect(await code).toBe(1009);
    offer(a, 'bbbb', 2);
    expect(await nextMessage(b)).toMatchObject({ type: 'OFFER', src: 'aaaa' });
  });

  it('survives malformed messages without ending the process or the connection', async () => {
    const relay = await testRelay({ limits: { peerjs: limits } });
    const a = await openClient(relay, 'aaaa');
    const b = await openClient(relay, 'bbbb', '127.0.0.2');
    for (const junk of ['{not json', '42', 'null', '[]', '{"type":"OFFER"}', '{"type":"OFFER","dst":"__proto__"}']) {
      a.send(junk);
    }
    offer(a, 'bbbb', 3);
    expect(await nextMessage(b)).toMatchObject({ type: 'OFFER', payload: { n: 3 } });
  });

  it('drops messages over the rate and closes a flooding client (1008)', async () => {
    const relay = await testRelay({
      limits: { peerjs: { ...limits, messages: { burst: 5, perSecond: 0.001, forgivenDrops: 3 } } },
    });
    const flooder = await openClient(relay, 'flood');
    const target = await openClient(relay, 'target', '127.0.0.2');
    const code = closed(flooder);
    for (let i = 0; i < 50; i++) offer(flooder, 'target', i);
    expect(await code).toBe(1008);
    // A message from another client arrives after everything the flooder got through.
    const other = await openClient(relay, 'other', '127.0.0.3');
    offer(other, 'target', 99);
    await expect.poll(() => received(target).some((m) => m.src === 'other')).toBe(true);
    expect(received(target).filter((m) => m.src === 'flood')).toHaveLength(5);
  });

  it('terminates a client that does not read once its send buffer stays over the cap', async () => {
    const relay = await testRelay({
      limits: {
        peerjs: {
          ...limits,
          maxMessageBytes: 64 * 1024,
          maxBufferedBytes: 256 * 1024,
          checkEveryMs: 20,
          messages: { burst: 1e9, perSecond: 1e9, forgivenDrops: 1 },
        },
      },
    });
    const reader = await openClient(relay, 'reader');
    const writer = await openClient(relay, 'writer', '127.0.0.2');
    const echo = await openClient(relay, 'echo', '127.0.0.3');
    reader.pause();
    const payload = 'x'.repeat(60_000);
    let batches = 0;
    while (relay.stats().peerjsConnections === 3) {
      if (++batches > 2000) throw new Error('the reader was never dropped');
      for (let i = 0; i < 20; i++) writer.send(JSON.stringify({ type: 'OFFER', dst: 'reader', payload }));
      // A message through the relay to a reading client: everything before it was handled.
      offer(writer, 'echo', batches);
      await nextMessage(echo);
    }
    expect(relay.stats().peerjsConnections).toBe(2);
  });
});
