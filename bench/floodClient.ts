// The attacker's side of bench/floodBench.ts, in its own process so its CPU is not the
// relay's: connects, says "ready", waits for "go" on stdin, sends its flood as fast as
// the socket takes it, and says how it ended once the relay has read everything or
// closed the connection.
import { WebSocket } from 'ws';

const [url = '', mode = 'garbage', countText = '50000'] = process.argv.slice(2);
const count = Number(countText);

const open = (socket: WebSocket) =>
  new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

const flooder = new WebSocket(url);
const listener = new WebSocket(url);
await Promise.all([open(flooder), open(listener)]);
let delivered = 0;
listener.on('message', () => delivered++);
const subscribe = JSON.stringify({ type: 'subscribe', topics: ['flood'] });
for (const socket of [flooder, listener]) socket.send(subscribe);

// Frames of each kind, made before the clock starts: 256 of them, sent round and round.
const frames: (string | Buffer)[] = [];
for (let i = 0; i < 256; i++) {
  const junk = Buffer.from(Array.from({ length: 200 }, (_, j) => (i * 31 + j * 17) % 256));
  if (mode === 'garbage') frames.push(junk);
  else if (mode === 'text') frames.push(`{"type":"publish","topic":${junk.toString('base64')}`);
  else frames.push(JSON.stringify({ type: 'publish', topic: 'flood', data: junk.toString('base64') }));
}

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  let ended = 'read all';
  flooder.once('close', (code) => {
    ended = `closed ${code}`;
    finish();
  });
  for (let i = 0; i < count && flooder.readyState === flooder.OPEN; i++) {
    const frame = frames[i % frames.length] as string | Buffer;
    flooder.send(frame, { binary: typeof frame !== 'string' });
  }
  // The relay answers this ping after it has read every frame before it.
  flooder.send(JSON.stringify({ type: 'ping' }));
  flooder.on('message', (data) => {
    if (String(data).includes('"pong"')) finish();
  });
  function finish() {
    // Publishes fan out to the listener too: count them once they have all arrived.
    listener.send(JSON.stringify({ type: 'ping' }));
    listener.on('message', (data) => {
      if (!String(data).includes('"pong"')) return;
      process.stdout.write(`${JSON.stringify({ ended, delivered })}\n`);
      process.exit(0);
    });
  }
});
