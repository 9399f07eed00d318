// The attacker's side of bench/floodBench.ts's fan-out figure, in its own process: opens
// `listeners` connections that all subscribe to one room, and one flooder that publishes
// to it; says "ready", waits for "go", floods, and once the relay has closed the flooder or
// read all, says how many publishes reached the listeners and how many were refused a place.
import { WebSocket } from 'ws';

const [url = '', countText = '2000', listenersText = '600'] = process.argv.slice(2);
const count = Number(countText);

const open = (socket: WebSocket) =>
  new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

/** Waits for a pong: the relay has handled everything this socket sent before the ping. */
const pong = (socket: WebSocket) =>
  new Promise<void>((resolve) => {
    const onMessage = (data: unknown) => {
      if (!String(data).includes('"pong"')) return;
      socket.off('message', onMessage);
      resolve();
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ type: 'ping' }));
  });

const subscribe = JSON.stringify({ type: 'subscribe', topics: ['flood'] });
const flooder = new WebSocket(url);
await open(flooder);
flooder.send(subscribe);
await pong(flooder);
const listeners = Array.from({ length: Number(listenersText) }, () => new WebSocket(url));
let delivered = 0;
let refused = 0;
for (const listener of listeners) {
  listener.on('message', (data) => {
    const text = String(data);
    if (text.includes('"publish"')) delivered++;
    else if (text.includes('"topic-full"')) refused++;
  });
}
await Promise.all(listeners.map(open));
for (const listener of listeners) listener.send(subscribe);
await Promise.all(listeners.map(pong));

const frames = Array.from({ length: 256 }, (_, i) => {
  const junk = Buffer.from(Array.from({ length: 200 }, (_, j) => (i * 31 + j * 17) % 256));
  return JSON.stringify({ type: 'publish', topic: 'flood', data: junk.toString('base64') });
});

process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  const closed = new Promise<string>((resolve) => flooder.once('close', (code) => resolve(`closed ${code}`)));
  for (let i = 0; i < count && flooder.readyState === flooder.OPEN; i++)
    flooder.send(frames[i % frames.length] as string);
  // The relay answers this ping after it has read every frame before it, unless it closed first.
  const ended = Promise.race([closed, pong(flooder).then(() => 'read all')]);
  const how = await ended;
  // Every publish the relay sent out has arrived once each listener's pong has.
  await Promise.all(listeners.map(pong));
  process.stdout.write(`${JSON.stringify({ ended: how, delivered, refused, placed: listeners.length - refused })}\n`);
  process.exit(0);
});
