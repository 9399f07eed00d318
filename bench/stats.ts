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

export interface Paired {
  figure: Summary;
  floor: Summary;
  /** The figure as a multiple of its floor, run by run (each run measures both). */
  ratio: Summary;
}

/**
 * Measures figures and their common floor interleaved, run by run, so a machine whose
 * load comes and goes (others' tests share it) weighs on both alike; one warm-up first.
 * `figures` answers one or more named figures per run, all against the same floor.
 */
export async function repeatPaired<K extends string>(
  runs: number,
  floor: (run: number) => Promise<number> | number,
  figures: (run: number) => Promise<Record<K, number>> | Record<K, number>,
): Promise<Record<K, Paired>> {
  await floor(-1);
  await figures(-1);
  const floors: number[] = [];
  const samples = new Map<K, number[]>();
  for (let run = 0; run < runs; run++) {
    floors.push(await floor(run));
    for (const [name, value] of Object.entries(await figures(run)) as [K, number][]) {
      samples.set(name, [...(samples.get(name) ?? []), value]);
    }
  }
  const out = {} as Record<K, Paired>;
  for (const [name, values] of samples) {
    out[name] = {
      figure: summarize(values),
      floor: summarize(floors),
      ratio: summarize(values.map((value, run) => value / (floors[run] as number))),
    };
  }
  return out;
}
