// `node bench/floodBench.ts`: what a flood of 50,000 garbage frames costs the receiver,
// in CPU time (user + system), median of several runs. Two receivers:
// - a browser peer's frame joiner (MessageJoiner), in this process;
// - the relay's signalling path (rate limit, parse, publish fan-out), in this process,
//   flooded by a client in another process (bench/floodClient.ts);
// - the relay's fan-out into one crowded room, with and without the cap on subscribers
//   per room (bench/fanoutClient.ts);
// - a flood of join requests at the price that rises with the lobby's load (joinPrice.ts;
//   `--join-price` prints only that).
// Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startRelay } from '../src/relay/RelayServer.ts';
import { defaultSignallingLimits } from '../src/relay/signalling.ts';
import { FrameError, frameBytes, MessageJoiner } from '../src/sync/messageFrames.ts';
import { printJoinPrice } from './joinPrice.ts';
import { summarize } from './stats.ts';

const frames = 50_000;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(samples: number[]): string {
  const { median: m, min, max } = summarize(samples);
  return `${m.toFixed(1)} ms (min ${min.toFixed(1)}, max ${max.toFixed(1)}; ${((m * 1000) / frames).toFixed(2)} µs a frame)`;
}

/** 256 distinct frames of `size` bytes after the kind byte, sent round and round. */
function garbage(size: number, kind: (i: number) => number): Uint8Array[] {
  return Array.from({ length: 256 }, (_, i) => {
    const frame = new Uint8Array(size + 1);
    for (let j = 1; j < frame.length; j += 7) frame[j] = (i * 31 + j) % 256;
    frame[0] = kind(i);
    return frame;
  });
}

/** A peer is dropped at its first bad frame; a fresh joiner stands for it connecting again. */
function joinerFlood(pool: Uint8Array[]): number {
  return cpuMs(() => {
    let joiner = new MessageJoiner();
    for (let i = 0; i < frames; i++) {
      try {
        joiner.push(pool[i % pool.length] as Uint8Array);
      } catch (error) {
        if (!(error instanceof FrameError)) throw error;
        joiner = new MessageJoiner();
      }
    }
  });
}

const joinerCases: [string, Uint8Array[]][] = [
  ['random kind byte, 200 B (refused at once)', garbage(200, (i) => (i * 37) % 256)],
  ['complete messages of junk, 200 B (joined, handed on)', garbage(200, () => 0)],
  ['complete messages of junk, 64 KiB (joined, handed on)', garbage(frameBytes, () => 0)],
  ['"more follows" for ever, 64 KiB (refused at the 32 MiB cap)', garbage(frameBytes, () => 1)],
];

if (process.argv.includes('--join-price')) {
  printJoinPrice();
  process.exit(0);
}

console.log(
  `A flood of ${frames.toLocaleString('en')} garbage frames; CPU time, median of ${runs} runs after a warm-up`,
);
console.log('\nMessageJoiner (one browser peer receiving):');
for (const [name, pool] of joinerCases) {
  joinerFlood(pool);
  const samples = Array.from({ length: runs }, () => joinerFlood(pool));
  console.log(`  ${name.padEnd(62)} ${median(samples)}`);
}

const client = fileURLToPath(new URL('./floodClient.ts', import.meta.url));

async function relayFlood(url: string, mode: string): Promise<{ ms: number; ended: string; delivered: number }> {
  const child: ChildProcess = spawn(process.execPath, [client, url, mode, String(frames)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const next = async () => String((await once(lines, 'line'))[0]);
  if ((await next()) !== 'ready') throw new Error('flood client did not start');
  const before = process.cpuUsage();
  child.stdin?.write('go\n');
  const result = JSON.parse(await next()) as { ended: string; delivered: number };
  const used = process.cpuUsage(before);
  await once(child, 'exit');
  return { ms: (used.user + used.system) / 1000, ...result };
}

const unlimited = { burst: 1e9, perSecond: 1e9, forgivenDrops: 1 };
const relayCases: [string, string, typeof unlimited][] = [
  ['binary garbage, no rate limit (ignored after the limiter)', 'garbage', unlimited],
  ['broken JSON, no rate limit (parsed, refused)', 'text', unlimited],
  ['publishes to a topic of 2, no rate limit (fanned out)', 'publish', unlimited],
  ['publishes to a topic of 2, default limits (closed, 1008)', 'publish', defaultSignallingLimits.messages],
];

console.log('\nRelay signalling (the relay process; the flooder runs in its own):');
for (const [name, mode, messages] of relayCases) {
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    limits: { signalling: { messages, maxBufferedBytes: 64 * 1024 * 1024 } },
  });
  const url = `${relay.url.replace('http', 'ws')}/signal`;
  try {
    await relayFlood(url, mode);
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await relayFlood(url, mode));
    const last = results.at(-1);
    console.log(
      `  ${name.padEnd(62)} ${median(results.map((r) => r.ms))}; ${last?.ended}, ${last?.delivered} delivered to the other subscriber`,
    );
  } finally {
    await relay.close();
  }
}

const fanoutClient = fileURLToPath(new URL('./fanoutClient.ts', import.meta.url));
const crowd = 600;
const fanoutPublishes = 2000;

interface Fanout {
  ms: number;
  ended: string;
  delivered: number;
  refused: number;
  placed: number;
}

async function fanoutFlood(url: string): Promise<Fanout> {
  const child: ChildProcess = spawn(process.execPath, [fanoutClient, url, String(fanoutPublishes), String(crowd)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const next = async () => String((await once(lines, 'line'))[0]);
  if ((await next()) !== 'ready') throw new Error('fan-out client did not start');
  const before = process.cpuUsage();
  child.stdin?.write('go\n');
  const result = JSON.parse(await next()) as Omit<Fanout, 'ms'>;
  const used = process.cpuUsage(before);
  await once(child, 'exit');
  return { ms: (used.user + used.system) / 1000, ...result };
}

/** The last crowd gone from the relay, so the next one finds the room empty. */
async function emptied(relay: { stats(): { connections: number } }): Promise<void> {
  while (relay.stats().connections > 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

console.log(
  `\nRelay fan-out: ${crowd} connections join one room, one more publishes ${fanoutPublishes} messages into it (default rate limits):`,
);
const fanoutCases: [string, number][] = [
  ['no cap on subscribers per room', Number.MAX_SAFE_INTEGER],
  [
    `capped at ${defaultSignallingLimits.maxSubscribersPerTopic} subscribers per room (default)`,
    defaultSignallingLimits.maxSubscribersPerTopic,
  ],
];
for (const [name, maxSubscribersPerTopic] of fanoutCases) {
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    // One address stands for the crowd here; the per-address cap is not what is measured.
    limits: {
      signalling: { maxSubscribersPerTopic, maxConnectionsPerAddress: 2 * crowd, maxBufferedBytes: 64 * 1024 * 1024 },
    },
  });
  const url = `${relay.url.replace('http', 'ws')}/signal`;
  try {
    await fanoutFlood(url);
    const results = [];
    for (let run = 0; run < runs; run++) {
      await emptied(relay);
      results.push(await fanoutFlood(url));
    }
    // How many publishes the rate limit let through depends on the wall clock (a loaded
    // machine reads slower, and the bucket refills): the figure to compare is per publish.
    const perPublish = results.map((r) => (r.ms * 1000) / Math.max(1, r.delivered / Math.max(1, r.placed)));
    const { median: m, min, max } = summarize(results.map((r) => r.ms));
    const last = results.at(-1);
    console.log(
      `  ${name.padEnd(62)} ${m.toFixed(1)} ms (min ${min.toFixed(1)}, max ${max.toFixed(1)}); ${summarize(perPublish).median.toFixed(0)} µs a publish handled; ${last?.ended}, ${last?.delivered} sends to ${last?.placed} subscribers, ${last?.refused} refused a place`,
    );
  } finally {
    await relay.close();
  }
}
printJoinPrice();
