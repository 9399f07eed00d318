// The keyboard as a person uses it: Tab until the thing has focus, then Enter or Space, or
// typing. No mouse, no clicks (a file field's chooser aside: see chooseFile).
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the target has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, most = 200): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

export async function type(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/**
 * A file field reached with Tab, then given `file`. The field is the browser's own
 * <input type="file">, which Space opens; the test does not press it: Chromium now and then
 * opened no chooser for Playwright to catch (about one press in ten when the machine was
 * busy, never in 65 presses on a quiet one), and the browser's own chooser is not the page's
 * to test. What the page owns, that Tab reaches the field by its label, is checked.
 */
export async function chooseFile(
  page: Page,
  field: Locator,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await tabTo(page, field);
  await field.setInputFiles(file);
}
