// What two coordinators do in the browser to link their neighbourhoods (protocol-links.md
// §1), as steps the link tests share: fill in the terms, meet over a code and six digits,
// confirm on both screens; and two networks linked that way, both lists saying it works.
import { type Browser, expect, type Page } from '@playwright/test';
import { startNetwork } from './network.ts';
import type { Device } from './peers.ts';
import { openSection } from './toolkit.ts';

export interface Terms {
  categories: string[];
  hours: string;
}

/** On the coordinator's page "Buurt koppelen": the terms, as agreed on the phone. */
export async function fillTerms(page: Page, terms: Terms): Promise<void> {
  await openSection(page, 'links');
  const making = page.getByTestId('link-making');
  for (const category of terms.categories) await making.getByRole('checkbox', { name: category }).check();
  await making.getByLabel('Hoeveel uur mag er meer heen gaan dan terug komen?').fill(terms.hours);
}

/** `shower` shows a code, `typer` types it; both coordinators compare the six digits and say they match. */
export async function meet(shower: Page, typer: Page): Promise<void> {
  await shower.getByRole('button', { name: 'Ik laat een code zien' }).click();
  const code = await shower.getByTestId('link-pairing-code').getAttribute('data-code', { timeout: 30_000 });
  await typer.getByLabel('Of typ de code van de andere coördinator').fill(code ?? '');
  await typer.getByTestId('link-making').getByRole('button', { name: 'Verbinden' }).click();
  const digits = await shower.getByTestId('check-code').getAttribute('data-code', { timeout: 30_000 });
  expect(digits).toMatch(/^\d{6}$/);
  await expect(typer.getByTestId('check-code')).toHaveAttribute('data-code', digits ?? 'none');
  await shower.getByRole('button', { name: 'Ja, dezelfde cijfers' }).click();
  await typer.getByRole('button', { name: 'Ja, dezelfde cijfers' }).click();
}

/** How long the peer's half takes to come through the link room (a fresh WebRTC handshake on each side). */
export const linkRoomWait = { timeout: 60_000 };

/**
 * Two networks, Oosterpark and Transvaal, each started by its coordinator Carla, linked
 * under `terms`; returns once both coordinators' lists say the link works (each side's
 * half came through the link room).
 */
export async function linkedNetworks(
  browser: Browser,
  siteUrl: string,
  devices: Device[],
  terms: Terms = { categories: [], hours: '10' },
): Promise<{ oost: Device; trans: Device }> {
  const oost = await startNetwork(browser, siteUrl, { name: 'Buurtruil Oosterpark' });
  devices.push(oost);
  const trans = await startNetwork(browser, siteUrl, { name: 'Buurtruil Transvaal' });
  devices.push(trans);
  await link(oost.page, trans.page, terms);
  return { oost, trans };
}

/**
 * The coordinators of Oosterpark (`oost`) and Transvaal (`trans`), each on their own page,
 * link their neighbourhoods under `terms`; returns once both lists say the link works.
 */
export async function link(oost: Page, trans: Page, terms: Terms = { categories: [], hours: '10' }): Promise<void> {
  await fillTerms(oost, terms);
  await fillTerms(trans, terms);
  await meet(oost, trans);
  await oost.getByRole('button', { name: 'Ja, koppelen met Buurtruil Transvaal' }).click();
  await trans.getByRole('button', { name: 'Ja, koppelen met Buurtruil Oosterpark' }).click();
  for (const page of [oost, trans]) {
    await expect(page.getByTestId('link-row').getByTestId('link-status')).toHaveText(
      'De koppeling werkt.',
      linkRoomWait,
    );
  }
}
