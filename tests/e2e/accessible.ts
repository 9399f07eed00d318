// The accessibility bar every page must clear: axe finds no serious or critical violation,
// every target is at least 44 px high, and at 320 CSS px wide (a small phone, or 200 %
// zoom) nothing scrolls sideways (WCAG 1.4.10 reflow).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, what: string): Promise<void> {
  await expectAxeClean(page, what);
  await expectReflow(page, what);
}

/** axe's serious and critical rules, and targets of 44 px, at the size the page has now. */
export async function expectAxeClean(page: Page, what: string): Promise<void> {
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
  await expectTargetsBigEnough(page, what);
}

/** Every target shown is at least 44 px high, at the size the page has now. */
export async function expectTargetsBigEnough(page: Page, what: string): Promise<void> {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, a, summary, select, textarea, input:not([type=checkbox]):not([type=radio]), label.choice',
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

/**
 * Words that do not fit: a word in a target, label or heading split over two lines (a break
 * mid-word), or a target whose text runs out of its box (a cut-off text that says so with
 * an ellipsis is meant). Returns what it found, as "tag "text": word".
 */
export async function wordsNotFitting(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const found: string[] = [];
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const root = document.querySelector(scope) ?? document.body;
    for (const el of root.querySelectorAll('button, a, label, h1, h2, h3, th, [role=button]')) {
      if (!shown(el) || el.closest('.visually-hidden, .print-sheet')) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        found.push(`${name(el)}: text wider than its box (${el.scrollWidth}/${el.clientWidth})`);
      }
      // A tab's words have two lines' room: a third line would spill out of the bar.
      const label = el.querySelector('.tab-label');
      if (label && label.scrollHeight > label.clientHeight + 1) {
        found.push(`${name(el)}: more lines than its tab holds (${label.scrollHeight}/${label.clientHeight})`);
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A hyphen is a place to break; any other break inside a word is a word split.
        for (const word of text.matchAll(/[^\s\-‐–]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)),
          );
          if (lines.size > 1) found.push(`${name(el)}: "${word[0]}" broken over ${lines.size} lines`);
        }
      }
    }
    return found;
  }, within);
}
