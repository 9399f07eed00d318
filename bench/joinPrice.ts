// What a flood of join requests costs its sender at the price that rises with the lobby's
// load (src/core/joinWork.ts, joinWorkFor), and what the newcomer after it pays. Computed
// from the rule and a measured hash rate, not burned: 3,000 joins would take hours.
// Printed by bench/floodBench.ts.
import { newIdentity } from '../src/core/Identity.ts';
import { defaultJoinWork, findJoinWork, joinWorkFor } from '../src/core/joinWork.ts';

/** The page's rate: a 16-bit join took about 230 ms of one core in Chromium (issue 19). */
const browserMsPer16Bits = 230;

/** Hashes a second on this machine, one core, measured over joins of `bits` bits. */
function measuredHashRate(bits = 14, samples = 40): number {
  const net = crypto.getRandomValues(new Uint8Array(20));
  const started = process.cpuUsage();
  for (let i = 0; i < samples; i++) {
    const stranger = newIdentity();
    findJoinWork(net, stranger.signing.publicKey, stranger.box.publicKey, bits);
  }
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  // A search for `bits` zero bits takes 2^bits hashes on average.
  return (samples * 2 ** bits) / seconds;
}

/** Expected hashes for `count` joins, each paying the price of the load of those before it. */
export function floodHashes(count: number, base = defaultJoinWork): number {
  let hashes = 0;
  for (let waiting = 0; waiting < count; waiting++) hashes += 2 ** joinWorkFor(base, waiting);
  return hashes;
}

function duration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 2 * 3600) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function printJoinPrice(): void {
  const nodeRate = measuredHashRate();
  const browserRate = 2 ** 16 / (browserMsPer16Bits / 1000);
  console.log('\nA flood of join requests at the price that rises with the load (16 bits base, one core):');
  console.log(
    `hash rate: ${(nodeRate / 1e6).toFixed(2)} M/s measured here (Node, @noble/hashes); ${(browserRate / 1e6).toFixed(2)} M/s in the page (230 ms a 16-bit join)`,
  );
  console.log(
    `${'joins'.padEnd(7)}${'price of the last'.padEnd(19)}${'hashes'.padEnd(12)}${'at Node rate'.padEnd(15)}${'at page rate'.padEnd(15)}${'flat 16 bits (before)'.padEnd(24)}newcomer after it`,
  );
  for (const count of [25, 500, 3000]) {
    const hashes = floodHashes(count);
    const flat = count * 2 ** defaultJoinWork;
    const newcomerBits = joinWorkFor(defaultJoinWork, count);
    console.log(
      `${String(count).padEnd(7)}${`${joinWorkFor(defaultJoinWork, count - 1)} bits`.padEnd(19)}${hashes.toExponential(2).padEnd(12)}${duration(hashes / nodeRate).padEnd(15)}${duration(hashes / browserRate).padEnd(15)}${duration(flat / browserRate).padEnd(24)}${newcomerBits} bits, ${duration(2 ** newcomerBits / browserRate)} in the page`,
    );
  }
  console.log(
    'A sender with native SHA-256 (C, SHA extensions) or a GPU hashes 30 to 1,000 times faster: the price slows a flood, it does not stop one.',
  );
  console.log(
    'A join that pays only the base still counts, but in a long list it ranks below those that paid (src/core/requestOrder.ts); search finds any.',
  );
}
