// The member's pages behind "Meer": on a laptop the menu holds the four pages of every day,
// "Samen" and "Meer"; profile and settings are on the "Meer" page (as on a phone).
import type { Locator, Page } from '@playwright/test';

/** The "Meer" link of the menu (the laptop's top row, or the phone's tab bar). */
export function moreLink(page: Page): Locator {
  return page.getByRole('link', { name: 'Meer', exact: true });
}

/** A page's link on the "Meer" page, once that page is open. */
export function linkOnMore(page: Page, name: string): Locator {
  return page.getByRole('main').getByRole('link', { name, exact: true });
}

/** Opens a page listed under "Meer" (Mijn profiel, Instellingen, ...) by clicking. */
export async function openFromMore(page: Page, name: string): Promise<void> {
  await moreLink(page).click();
  await linkOnMore(page, name).click();
}
