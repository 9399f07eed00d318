// Choosing a language as a person does: open the language menu (its button is named
// "<Language>: <the language shown now>") and press the language, named in itself.
import { expect, type Page } from '@playwright/test';
import { type Language, languageName, loadLanguage, translate } from '../../src/i18n/translate.ts';

/** The menu's button on a page that shows `shown`. */
export async function languageButton(page: Page, shown: Language) {
  await loadLanguage(shown);
  return page.getByRole('button', {
    name: `${translate(shown, 'language.label')}: ${languageName(shown)}`,
    exact: true,
  });
}

export async function chooseLanguage(page: Page, shown: Language, next: Language): Promise<void> {
  await (await languageButton(page, shown)).click();
  await page.getByRole('button', { name: languageName(next), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', next);
}
