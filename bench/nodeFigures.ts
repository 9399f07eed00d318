// Only the Node figures of `npm run bench` for the year: (1) validate + project, with its
// floor, and applying one new entry. No browser, so it can run beside browser benchmarks.
// Run: node bench/nodeFigures.ts [--runs n]
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFixture } from './fixtureFile.ts';
import { nodeBench } from './nodeBench.ts';
import { benchSeed, busyYear } from './yearFixture.ts';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = loadFixture(root, busyYear, benchSeed, console.log);
const loadBefore = loadavg()[0]?.toFixed(2);
const figures = await nodeBench(fixture, runs);
const { figure, floor, ratio } = figures.validateProjectNodeMs;
const show = (s: { median: number; min: number; max: number }) => `${s.median} (${s.min}–${s.max})`;
console.log(
  `${fixture.records.length} entries, ${runs} runs, load average ${loadBefore} → ${loadavg()[0]?.toFixed(2)}`,
);
console.log(`(1) validate + project, Node: ${show(figure)} ms; floor ${show(floor)} ms; ×floor ${show(ratio)}`);
console.log(
  `apply one new entry, Node: ${show(figures.incrementalApplyMs)} ms (${figures.incrementalApplyMs.runs} runs)`,
);
