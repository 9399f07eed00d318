// A CPU profile of a page's main thread, taken over CDP, and where its time went: self time
// summed by function. Shared by the benches that profile (profileBrowser, partNewDevice).
import type { Page } from '@playwright/test';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  /** In µs of the same clock as a trace's `ts`. */
  startTime: number;
}

/** Starts sampling the page's main thread (every 200 µs); the function returned stops it. */
export async function startProfile(page: Page): Promise<() => Promise<Profile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
}

/** Prints the total sampled and the `top` functions by self time. */
export function printSelfTime(title: string, profile: Profile, top = 30): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  console.log(`\n${title}: ${(total / 1000).toFixed(0)} ms sampled; self time by function:`);
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);
  }
}
