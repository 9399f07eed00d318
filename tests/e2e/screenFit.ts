// A screen as people see it at the size they use (a 360 px phone, a 1366 px laptop, a 1920 px
// wall): nothing scrolls sideways at that size, and every target, a radio button or check box
// by its label, is big enough to hit. accessible.ts checks reflow only at 320 px and leaves
// radio buttons and check boxes out of its 44 px check unless their label is a `label.choice`.
import { expect, type Locator, type Page } from '@playwright/test';
import { expectAxeClean } from './accessible.ts';
import { test } from './fixtures.ts';

/**
 * The page at this size: screenshots to look at, no sideways scroll, targets ≥ `least` px, no
 * squeezed radio button, axe clean. The size stays set: the caller puts back what it needs.
 */
export async function expectFitsAt(
  page: Page,
  size: { width: number; height: number },
  what: string,
  least = 44,
): Promise<void> {
  await page.setViewportSize(size);
  const name = `${what.replace(/[^a-z0-9]+/gi, '-')}-${size.width}.png`;
  // What the screen shows (with its bars where they stay), and the whole page scrolled through.
  await page.screenshot({ path: test.info().outputPath(name) });
  await page.screenshot({ path: test.info().outputPath(name.replace('.png', '-full.png')), fullPage: true });
  const at = `${what} at ${size.width} px`;
  const sideways = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { overflow: root.scrollWidth - root.clientWidth, wide };
  });
  expect.soft(sideways.overflow, `${at}: scrolls sideways (${sideways.wide.join(', ')})`).toBeLessThanOrEqual(0);
  expect.soft(await smallTargets(page, 'body', least), `${at}: targets under ${least} px`).toEqual([]);
  expect.soft(await shrunkBoxes(page), `${at}: radio buttons and check boxes squeezed by their words`).toEqual([]);
  await expectAxeClean(page, at);
}

/** Every shown target under `least` px high within `scope`; a radio button or check box counts by its label. */
export function smallTargets(page: Page, scope: string, least: number): Promise<string[]> {
  return page.evaluate(
    ({ scope, least }) =>
      [
        ...(document.querySelector(scope) ?? document.body).querySelectorAll(
          'button, a, summary, select, textarea, input, [role=button]',
        ),
      ]
        .map((el) => (el.matches('[type=radio], [type=checkbox]') ? (el.closest('label') ?? el) : el))
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const shown =
            box.width > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden');
          return shown && box.height < least - 0.5;
        })
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}": ${Math.round(el.getBoundingClientRect().height)} px`,
        ),
    { scope, least },
  );
}

/** A radio button or check box in a `label.choice` drawn smaller than its 24 px (1.5rem). */
export function shrunkBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('label.choice input')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && Math.min(box.width, box.height) < 23.5)
      .map(({ el, box }) => `"${el.closest('label')?.textContent?.trim().slice(0, 30)}": ${Math.round(box.width)} px`),
  );
}

/** The smallest height among the shown buttons in `within` (the kiosk's answer buttons, say). */
export async function smallestButton(within: Locator): Promise<{ height: number; width: number }> {
  const boxes = await within
    .getByRole('button')
    .evaluateAll((all) => all.map((el) => el.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0));
  expect(boxes.length, 'buttons shown').toBeGreaterThan(0);
  return {
    height: Math.min(...boxes.map((box) => box.height)),
    width: Math.min(...boxes.map((box) => box.width)),
  };
}
