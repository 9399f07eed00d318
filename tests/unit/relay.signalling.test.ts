// The relay's signalling: the y-webrtc protocol, plus limits, against hostile clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type RunningRelay, startRelay } from '../../src/relay/RelayServer.ts';

let relay: RunningRelay;
const sockets: WebSocket[] = [];

beforeEach(async () => {
  relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    limits: { maxMessageBytes: 4096, maxTopicsPerConnection: 2, maxTopicLength: 50, maxConnections: 5 },
  });
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await relay.close();
});

function connect(path = '/signal'): Promise<WebSocket> {
  const socket = new WebSocket(relay.url.replace('http', 'ws') + path);
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(data.toString()))));
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

async function subscribe(socket: WebSocket, topics: unknown): Promise<void> {
  socket.send(JSON.stringify({ type: 'subscribe', topics }));
  // A ping round trip tells us the subscribe was handled.
  socket.send(JSON.stringify({ type: 'ping' }));
  expect(await nextMessage(socket)).toEqual({ type: 'pong' });
}

describe('signalling as y-webrtc speaks it', () => {
  it('answers ping with pong', async () => {
    const socket = await connect();
    socket.send(JSON.stringify({ type: 'ping' }));
    expect(await nextMessage(socket)).toEqual({ type: 'pong' });
  });

  it('delivers a publish to every subscriber of the topic, with the count of clients', async () => {
    const a = await connect();
    const b = await connect();
    await subscribe(a, ['room-1']);
    await subscribe(b, ['room-1']);
    const received = nextMessage(b);
    a.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 'hallo' }));
    expect(await received).toEqual({ type: 'publish', topic: 'room-1', data: 'hallo', clients: 2 });
  });

  it('does not deliver to connections that unsubscribed or never subscribed', async () => {
    const a = await connect();
    const b = await connect();
    const c = await connect();
    await subscribe(a, ['room-1']);
    await subscribe(b, ['room-1']);
    b.send(JSON.stringify({ type: 'unsubscribe', topics: ['room-1'] }));
    b.send(JSON.stringify({ type: 'ping' }));
    expect(await nextMessage(b)).toEqual({ type: 'pong' });
    const delivered: unknown[] = [];
    b.on('message', (m) => delivered.push(m));
    c.on('message', (m) => delivered.push(m));
    const own = nextMessage(a);
    a.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 1 }));
    expect(await own).toMatchObject({ data: 1, clients: 1 });
    expect(delivered).toEqual([]);
  });
});

describe('signalling against bad input', () => {
  it('survives malformed JSON and odd messages and keeps the connection', async () => {
    const socket = await connect();
    for (const junk of [
      '{not json',
      '42',
      'null',
      '[]',
      '{"type":7}',
      '{"type":"publish"}',
      '{"type":"subscribe","topics":"x"}',
    ]) {
      socket.send(junk);
    }
    socket.send(Buffer.from([0xff, 0x00, 0x13]), { binary: true });
    socket.send(JSON.stringify({ type: 'ping' }));
    expect(await nextMessage(socket)).toEqual({ type: 'pong' });
  });

  it('closes a connection that sends a message over the size cap (1009) and stays up', async () => {
    const big = await connect();
    const code = closed(big);
    big.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(5000) }));
    expect(await code).toBe(1009);
    const other = await connect();
    other.send(JSON.stringify({ type: 'ping' }));
    expect(await nextMessage(other)).toEqual({ type: 'pong' });
  });

  it('caps the topics one connection may hold', async () => {
    const socket = await connect();
    const refused = nextMessage(socket);
    socket.send(JSON.stringify({ type: 'subscribe', topics: ['a', 'b', 'c'] }));
    expect(await refused).toEqual({ type: 'error', reason: 'too-many-topics' });
    expect(relay.stats().topics).toBe(2);
  });

  it('ignores topic names that are too long or not strings', async () => {
    const socket = await connect();
    await subscribe(socket, ['x'.repeat(51), 5, null, { a: 1 }]);
    expect(relay.stats().topics).toBe(0);
  });

  it('refuses connections beyond the cap', async () => {
    for (let i = 0; i < 5; i++) await connect();
    await expect(connect()).rejects.toThrow(/503/);
  });

  it('forgets topics when their last connection closes', async () => {
    const socket = await connect();
    await subscribe(socket, ['room-1']);
    expect(relay.stats()).toEqual({ connections: 1, topics: 1 });
    const done = closed(socket);
    socket.close();
    await done;
    await expect.poll(() => relay.stats()).toEqual({ connections: 0, topics: 0 });
  });

  it('refuses WebSocket upgrades on other paths', async () => {
    await expect(connect('/elsewhere')).rejects.toThrow(/404/);
  });
});

describe('the PeerJS server on the same port', () => {
  it('hands out peer ids over http', async () => {
    const response = await fetch(`${relay.url}/peerjs/peerjs/id`);
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBeGreaterThan(8);
  });

  it('accepts a PeerJS client socket and answers OPEN', async () => {
    const socket = new WebSocket(`${relay.url.replace('http', 'ws')}/peerjs/peerjs?key=peerjs&id=abc123&token=t1`);
    sockets.push(socket);
    // OPEN can come in the same packet as the handshake: listen before it opens.
    expect(await nextMessage(socket)).toEqual({ type: 'OPEN' });
  });
});
