// The check that pictograms are drawn as SVG and no emoji is shown (issue 21): the packaged
// Chromium the tests run has no emoji font, so an emoji there is an empty box.
import { expect, type Locator, type Page } from '@playwright/test';
import { emojiPattern } from '../support/emoji.ts';

/**
 * Every visible pictogram is an <svg> with a drawing inside and a size of at least 16 px;
 * each of `holders` shows one; and no text or name on the page has an emoji in it.
 */
export async function expectSvgPictograms(page: Page, holders: Locator[]): Promise<void> {
  for (const holder of holders) {
    const pictogram = holder.locator('svg.picto').first();
    await expect(pictogram, `a pictogram in ${holder}`).toBeVisible();
  }
  const drawn = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.picto')]
      .filter((svg) => svg.checkVisibility())
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const drawing = svg.getBBox();
        return {
          name: svg.dataset.pictogram,
          width: box.width,
          height: box.height,
          drawing: drawing.width * drawing.height,
          shapes: svg.childElementCount,
        };
      }),
  );
  expect(drawn.length).toBeGreaterThanOrEqual(holders.length);
  for (const pictogram of drawn) {
    expect(pictogram.width, `${pictogram.name} wide enough`).toBeGreaterThanOrEqual(16);
    expect(pictogram.height, `${pictogram.name} tall enough`).toBeGreaterThanOrEqual(16);
    expect(pictogram.shapes, `${pictogram.name} has shapes`).toBeGreaterThan(0);
    expect(pictogram.drawing, `${pictogram.name} draws something`).toBeGreaterThan(0);
  }
  const shown = await page.evaluate(() => {
    const parts = [document.title, document.body.textContent ?? ''];
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'value']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
  const emoji = [...shown.matchAll(new RegExp(emojiPattern.source, 'gu'))].map((match) => match[0]);
  expect(emoji, 'emoji on the page').toEqual([]);
}
