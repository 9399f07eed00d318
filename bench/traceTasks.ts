// What a page's long tasks spend their CPU time in, from a Chromium trace taken with the
// categories 'toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing' and
// 'disabled-by-default-v8.cpu_profiler' (longTasks.ts, phoneOpen.ts --what).

/** The categories whatRuns reads. */
export const traceCategories = [
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  '__metadata',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
export interface Trace {
  traceEvents: TraceEvent[];
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

/**
 * For each main-thread task over `overMs` of CPU (from member-open to the end of the trace):
 * the functions its CPU samples were in, with everything they called (ms), the largest first.
 */
export function whatRuns(trace: Trace, overMs = 50): string[] {
  const events = trace.traceEvents as (TraceEvent & { id?: string; args?: { data?: ProfileData } })[];
  const open = events.find((e) => e.name === 'buurtruil:member-open');
  if (!open) return [];
  const long = events.filter(
    (e) =>
      e.pid === open.pid &&
      e.tid === open.tid &&
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.ts >= open.ts &&
      (e.tdur ?? 0) > overMs * 1000,
  );
  // The page's profile: its nodes and samples come in chunks, timed from the profile's start.
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const start = events.find((e) => e.name === 'Profile' && e.pid === open.pid && e.tid === open.tid);
  let ts = (start?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== open.pid || e.id !== start?.id) continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    ids.forEach((node, i) => {
      ts += data?.timeDeltas?.[i] ?? 0;
      samples.push({ ts, node });
    });
  }
  const name = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${(node.callFrame.url ?? '').split('/').pop()}:${(node.callFrame.lineNumber ?? 0) + 1}`;
  const lines: string[] = [];
  for (const task of long) {
    const inclusive = new Map<string, number>();
    let previous = task.ts;
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts > task.ts + (task.dur ?? 0)) continue;
      const ms = (sample.ts - previous) / 1000;
      previous = sample.ts;
      const seen = new Set<string>();
      for (let node = nodes.get(sample.node); node; node = node.parent ? nodes.get(node.parent) : undefined) {
        const key = name(node);
        if (seen.has(key) || key.startsWith('(root)')) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
    }
    const top = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 14);
    lines.push(
      `  task at ${Math.round((task.ts - open.ts) / 1000)} ms, ${Math.round((task.tdur ?? 0) / 1000)} ms of CPU (${Math.round((task.dur ?? 0) / 1000)} ms of wall time):`,
    );
    for (const [key, ms] of top) lines.push(`    ${ms.toFixed(0).padStart(5)} ms  ${key}`);
  }
  return lines;
}

interface ProfileData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}
