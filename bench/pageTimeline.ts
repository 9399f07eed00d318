// When each script of a page arrived and when its own marks and paints fell, from
// navigation start: what a cold open waits for (coldOpen.ts, phoneOpen.ts --timeline).
import type { Page } from '@playwright/test';

export async function printTimeline(page: Page): Promise<void> {
  const timeline = await page.evaluate(() =>
    [
      ...performance.getEntriesByType('resource').map((r) => {
        const t = r as PerformanceResourceTiming;
        return { at: t.responseEnd, what: `loaded ${t.name.split('/').pop()} (asked ${Math.round(t.startTime)})` };
      }),
      ...performance.getEntriesByType('mark').map((m) => ({ at: m.startTime, what: `mark ${m.name}` })),
      ...performance.getEntriesByType('paint').map((p) => ({ at: p.startTime, what: p.name })),
      // The navigation's own steps: a reload waits for the page before to unload.
      ...performance.getEntriesByType('navigation').flatMap((entry) => {
        const n = entry as PerformanceNavigationTiming;
        const steps = ['unloadEventStart', 'unloadEventEnd', 'fetchStart', 'responseStart', 'responseEnd'] as const;
        return steps.map((step) => ({ at: n[step], what: `navigation ${step}` }));
      }),
    ].sort((a, b) => a.at - b.at),
  );
  for (const { at, what } of timeline) console.log(`${Math.round(at).toString().padStart(7)} ms  ${what}`);
}
