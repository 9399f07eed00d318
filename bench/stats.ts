// Summaries of repeated measurements.
export interface Summary {
  runs: number;
  min: number;
  median: number;
  max: number;
  p95: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    runs: sorted.length,
    min: round(sorted[0] ?? Number.NaN),
    median: round(at(0.5)),
    max: round(sorted.at(-1) ?? Number.NaN),
    p95: round(at(0.95)),
  };
}

/** Runs `measure` once to warm up, then `runs` times, and summarizes. */
export async function repeat(runs: number, measure: (run: number) => Promise<number> | number): Promise<Summary> {
  await measure(-1);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  return summarize(samples);
}
