// The sizes a kiosk screen on the wall needs (issue 21, point 3), measured on the screen shown
// now: 28 px text (what is read and what is typed), 96 px targets, the main content across
// at least 80 % of the width. Shared by kioskWall.e2e.ts and everyLanguage.e2e.ts.
import type { Page } from '@playwright/test';

/** The sizes a wall screen needs, measured on the screen shown now. */
export async function measureWall(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        getComputedStyle(el).visibility !== 'hidden' &&
        !el.closest('.visually-hidden, .print-sheet')
      );
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    // A radio button or checkbox is pressed by its whole label: the label is the target.
    const targets = [...document.querySelectorAll('button, a, input, select, textarea, [role=button]')]
      .map((el) => (el.matches('[type=radio], [type=checkbox]') ? (el.closest('label') ?? el) : el))
      .filter(shown);
    const smallTargets = targets
      .filter((el) => el.getBoundingClientRect().height < 95.5)
      .map((el) => `${name(el)}: ${Math.round(el.getBoundingClientRect().height)} px`);
    // What is read, and what a person types: a field's own words are read from a step back too.
    const smallText = [
      ...document.querySelectorAll('p, li, label, input:not([type=checkbox]):not([type=radio]), select, textarea'),
    ]
      .filter((el) => shown(el) && (el.matches('input, select, textarea') || (el.textContent ?? '').trim() !== ''))
      .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < 28)
      .map((el) => `${name(el)}: ${getComputedStyle(el).fontSize}`);
    const main = document.querySelector('main');
    const style = main ? getComputedStyle(main) : null;
    const mainWidth =
      main && style
        ? main.getBoundingClientRect().width -
          Number.parseFloat(style.paddingLeft) -
          Number.parseFloat(style.paddingRight)
        : 0;
    return { smallTargets, smallText, share: mainWidth / window.innerWidth };
  });
}
