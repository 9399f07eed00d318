// The accessibility bar every page must clear: axe finds no serious or critical violation,
// and every target is at least 44 px high.
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
}
