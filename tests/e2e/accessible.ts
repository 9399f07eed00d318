// The accessibility bar every page must clear: axe finds no serious or critical violation,
// every target is at least 44 px high, and at 320 CSS px wide (a small phone, or 200 %
// zoom) nothing scrolls sideways (WCAG 1.4.10 reflow).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, what: string): Promise<void> {
  // The site has no frames, so axe's legacy single-frame run sees all of it; the default
  // cross-frame run opens an extra page and injects axe twice for every check.
  expect(page.frames(), `${what}: one frame`).toHaveLength(1);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .setLegacyMode(true)
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(results.passes.length, `${what}: axe ran`).toBeGreaterThan(10);
  expect(serious, `${what}: ${serious.join('\n')}`).toEqual([]);
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, a, select, textarea, input:not([type=checkbox]):not([type=radio]), label.choice',
      ),
    ]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const shown = box.width > 0 && getComputedStyle(el).visibility !== 'hidden';
        return shown && box.height < 44;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
  );
  expect(small, `${what}: targets under 44 px`).toEqual([]);
  await expectReflow(page, what);
}

/** At 320 CSS px wide the page does not scroll sideways; the viewport is put back after. */
export async function expectReflow(page: Page, what: string): Promise<void> {
  const before = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    const sideways = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { overflow: root.scrollWidth - root.clientWidth, wide };
    });
    expect(sideways.overflow, `${what}: scrolls sideways at 320 px (${sideways.wide.join(', ')})`).toBeLessThanOrEqual(
      0,
    );
  } finally {
    await page.setViewportSize(before);
  }
}
