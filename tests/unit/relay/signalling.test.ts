// The relay's signalling: the y-webrtc protocol, plus limits, against hostile clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningRelay } from '../../../src/relay/RelayServer.ts';
import type { SignallingLimits } from '../../../src/relay/signalling.ts';
import { closeAll, closed, connect, nextMessage, received, roundTrip, subscribe, testRelay } from './relayClients.ts';

const limits: Partial<SignallingLimits> = {
  maxMessageBytes: 4096,
  maxTopicsPerConnection: 2,
  maxSubscribersPerTopic: 2,
  maxTopicLength: 50,
  maxConnections: 5,
  maxConnectionsPerAddress: 3,
};

let relay: RunningRelay;

beforeEach(async () => {
  relay = await testRelay({ limits: { signalling: limits } });
});

afterEach(closeAll);

describe('signalling as y-webrtc speaks it', () => {
  it('answers ping with pong', async () => {
    const socket = await connect(relay);
    socket.send(JSON.stringify({ type: 'ping' }));
    expect(await nextMessage(socket)).toEqual({ type: 'pong' });
  });

  it('delivers a publish to every subscriber of the topic, with the count of clients', async () => {
    const a = await connect(relay);
    const b = await connect(relay);
    await subscribe(a, ['room-1']);
    await subscribe(b, ['room-1']);
    a.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 'hallo' }));
    expect(await nextMessage(b)).toEqual({ type: 'publish', topic: 'room-1', data: 'hallo', clients: 2 });
  });

  it('does not deliver to connections that unsubscribed or never subscribed', async () => {
    const a = await connect(relay);
    const b = await connect(relay);
    const c = await connect(relay, '/signal', { from: '127.0.0.2' });
    await subscribe(a, ['room-1']);
    await subscribe(b, ['room-1']);
    b.send(JSON.stringify({ type: 'unsubscribe', topics: ['room-1'] }));
    await roundTrip(b);
    a.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 1 }));
    expect(await nextMessage(a)).toMatchObject({ data: 1, clients: 1 });
    await roundTrip(b);
    await roundTrip(c);
    expect(received(b).filter((m) => m.type === 'publish')).toEqual([]);
    expect(received(c).filter((m) => m.type === 'publish')).toEqual([]);
  });
});

describe('signalling against bad input', () => {
  it('survives malformed JSON and odd messages and keeps the connection', async () => {
    const socket = await connect(relay);
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
    const big = await connect(relay);
    const code = closed(big);
    big.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(5000) }));
    expect(await code).toBe(1009);
    const other = await connect(relay);
    other.send(JSON.stringify({ type: 'ping' }));
    expect(await nextMessage(other)).toEqual({ type: 'pong' });
  });

  it('caps the topics one connection may hold', async () => {
    const socket = await connect(relay);
    socket.send(JSON.stringify({ type: 'subscribe', topics: ['a', 'b', 'c'] }));
    expect(await nextMessage(socket)).toEqual({ type: 'error', reason: 'too-many-topics' });
    expect(relay.stats().topics).toBe(2);
  });

  it('caps the subscribers of one topic: the one over it is told "topic-full", keeps its connection, and gets nothing', async () => {
    // All three from one address: a newcomer from another would take a place (fairRoom.test.ts).
    const a = await connect(relay);
    const b = await connect(relay);
    const c = await connect(relay);
    await subscribe(a, ['room-1']);
    await subscribe(b, ['room-1']);
    await subscribe(c, ['room-1', 'room-2']);
    expect(received(c)).toEqual([{ type: 'error', reason: 'topic-full', topic: 'room-1' }, { type: 'pong' }]);
    // Its other room is not refused, and its connection stays.
    await subscribe(a, ['room-2']);
    a.send(JSON.stringify({ type: 'publish', topic: 'room-2', data: 'kamer 2' }));
    expect(await nextMessage(c)).toMatchObject({ topic: 'room-2', data: 'kamer 2', clients: 2 });
    // A publish to the full room reaches its two subscribers only; c's own is not sent.
    a.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 1 }));
    c.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 2 }));
    expect(await nextMessage(b)).toMatchObject({ data: 1, clients: 2 });
    await roundTrip(c);
    await roundTrip(b);
    expect(received(c).filter((m) => m.topic === 'room-1' && m.type === 'publish')).toEqual([]);
    expect(received(b).filter((m) => m.data === 2)).toEqual([]);
    // A place freed is a place taken.
    b.send(JSON.stringify({ type: 'unsubscribe', topics: ['room-1'] }));
    await roundTrip(b);
    await subscribe(c, ['room-1']);
    a.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 3 }));
    expect(await nextMessage(c)).toMatchObject({ data: 3, clients: 2 });
  });

  it('ignores topic names that are too long or not strings', async () => {
    const socket = await connect(relay);
    await subscribe(socket, ['x'.repeat(51), 5, null, { a: 1 }]);
    expect(relay.stats().topics).toBe(0);
  });

  it('forgets topics when their last connection closes', async () => {
    const socket = await connect(relay);
    await subscribe(socket, ['room-1']);
    expect(relay.stats()).toMatchObject({ connections: 1, topics: 1, addresses: 1 });
    const done = closed(socket);
    socket.close();
    await done;
    await expect.poll(() => relay.stats()).toMatchObject({ connections: 0, topics: 0, addresses: 0 });
  });

  it('refuses WebSocket upgrades on other paths', async () => {
    await expect(connect(relay, '/elsewhere')).rejects.toThrow(/404/);
  });
});

describe('signalling against many connections', () => {
  it('refuses a fourth connection from one address (429) while other addresses still get in', async () => {
    for (let i = 0; i < 3; i++) await connect(relay);
    await expect(connect(relay)).rejects.toThrow(/429/);
    const other = await connect(relay, '/signal', { from: '127.0.0.2' });
    await roundTrip(other);
  });

  it('gives an address its places back when its connections close', async () => {
    const first = await connect(relay);
    for (let i = 0; i < 2; i++) await connect(relay);
    await expect(connect(relay)).rejects.toThrow(/429/);
    const done = closed(first);
    first.close();
    await done;
    await expect.poll(() => relay.stats().connections).toBe(2);
    await connect(relay);
  });

  it('refuses connections beyond the total cap (503)', async () => {
    for (const from of ['127.0.0.1', '127.0.0.1', '127.0.0.2', '127.0.0.2', '127.0.0.3']) {
      await connect(relay, '/signal', { from });
    }
    await expect(connect(relay, '/signal', { from: '127.0.0.4' })).rejects.toThrow(/503/);
  });

  it('ignores X-Forwarded-For unless told it runs behind a proxy', async () => {
    for (let i = 0; i < 3; i++) await connect(relay, '/signal', { headers: { 'X-Forwarded-For': `192.0.2.${i}` } });
    await expect(connect(relay, '/signal', { headers: { 'X-Forwarded-For': '192.0.2.9' } })).rejects.toThrow(/429/);
  });

  it('behind a proxy on loopback, counts by the last X-Forwarded-For hop only', async () => {
    const proxied = await testRelay({ trustProxy: true, limits: { signalling: limits } });
    const via = (hops: string) => connect(proxied, '/signal', { headers: { 'X-Forwarded-For': hops } });
    // The first hops are the client's own words: varying them does not make a new address.
    for (let i = 0; i < 3; i++) await via(`10.0.0.${i}, 198.51.100.7`);
    await expect(via('10.0.0.9, 198.51.100.7')).rejects.toThrow(/429/);
    await via('198.51.100.8');
    expect(proxied.stats().addresses).toBe(2);
  });
});

describe('signalling against floods', () => {
  const flood = { burst: 10, perSecond: 0.001, forgivenDrops: 5 };

  it('handles a burst, drops what comes over the rate, then closes a flooding connection (1008)', async () => {
    const limited = await testRelay({ limits: { signalling: { ...limits, messages: flood } } });
    const flooder = await connect(limited);
    const listener = await connect(limited);
    await subscribe(listener, ['room-1']); // 2 of the listener's 10
    const code = closed(flooder);
    flooder.send(JSON.stringify({ type: 'subscribe', topics: ['room-1'] }));
    for (let i = 0; i < 100; i++) flooder.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: i }));
    expect(await code).toBe(1008);
    await roundTrip(listener);
    // The subscribe and 9 publishes fit the burst; the rest never reached anyone.
    expect(received(listener).filter((m) => m.type === 'publish')).toHaveLength(9);
    await expect.poll(() => limited.stats().connections).toBe(1);
  });

  it('terminates a client that does not read once its send buffer stays over the cap', async () => {
    const limited = await testRelay({
      limits: {
        signalling: {
          ...limits,
          maxMessageBytes: 64 * 1024,
          maxBufferedBytes: 256 * 1024,
          checkEveryMs: 20,
          messages: { burst: 1e9, perSecond: 1e9, forgivenDrops: 1 },
        },
      },
    });
    const reader = await connect(limited);
    const writer = await connect(limited);
    await subscribe(reader, ['room-1']);
    await subscribe(writer, ['room-1']);
    reader.pause(); // stops reading its TCP socket: the kernel's buffers fill, then the relay's
    const publish = JSON.stringify({ type: 'publish', topic: 'room-1', data: 'x'.repeat(60_000) });
    let batches = 0;
    while (limited.stats().connections === 2) {
      if (++batches > 2000) throw new Error('the reader was never dropped');
      for (let i = 0; i < 20; i++) writer.send(publish);
      await roundTrip(writer); // the writer reads: it stays
    }
    expect(limited.stats().connections).toBe(1);
    await roundTrip(writer);
  });
});
