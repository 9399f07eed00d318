// The fixtures every end-to-end scenario shares: the site with its relay, started once
// per worker as `npm start` would run it; a network with neighbours set up through the
// pages; and the devices and extra relays a test opens, closed and stopped after it.
import { test as base, expect } from '@playwright/test';
import { type ServerProcess, startSite } from '../support/processes.ts';
import { type NetworkOptions, networkWith } from './network.ts';
import { type Device, headerProblems } from './peers.ts';

export type OpenNetwork = (
  people: [name: string, street: string][],
  options?: NetworkOptions,
) => Promise<{ coordinator: Device; neighbours: Device[] }>;

export const test = base.extend<
  { devices: Device[]; relays: ServerProcess[]; network: OpenNetwork; headerProblems: undefined },
  { site: ServerProcess }
>({
  /** Every test: the pages ran under the site's CSP and Permissions-Policy without a complaint. */
  headerProblems: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixtures from this pattern
    async ({}, use) => {
      headerProblems.length = 0;
      await use(undefined);
      expect(headerProblems, 'the browser complained about the security headers').toEqual([]);
    },
    { auto: true },
  ],
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixtures from this pattern
    async ({}, use) => {
      const site = await startSite();
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixtures from this pattern
  devices: async ({}, use) => {
    const devices: Device[] = [];
    await use(devices);
    for (const device of devices) await device.context.close();
  },
  /** A coordinator and admitted neighbours on the site, their devices closed after the test. */
  network: async ({ browser, site, devices }, use) => {
    await use(async (people, options) => {
      const network = await networkWith(browser, site.url, people, options);
      devices.push(network.coordinator, ...network.neighbours);
      return network;
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixtures from this pattern
  relays: async ({}, use) => {
    const relays: ServerProcess[] = [];
    await use(relays);
    for (const relay of relays) await relay.stop();
  },
});

/**
 * One network for the tests of a describe block, for tests that leave each other's
 * assertions alone (each its own neighbour, say): set up through the pages before the block's
 * first test, in every worker that runs one of them, and its devices closed after the block.
 * The browser's complaints about the security headers during the set-up fail it, as a test's do.
 */
export function sharedNetwork(
  people: [name: string, street: string][],
  options: NetworkOptions = {},
): () => { coordinator: Device; neighbours: Device[] } {
  let network: { coordinator: Device; neighbours: Device[] } | undefined;
  test.beforeAll(async ({ browser, site }) => {
    test.setTimeout(120_000);
    headerProblems.length = 0;
    network = await networkWith(browser, site.url, people, options);
    expect(headerProblems, 'the browser complained about the security headers').toEqual([]);
  });
  test.afterAll(async () => {
    const done = network;
    network = undefined;
    if (done) for (const device of [done.coordinator, ...done.neighbours]) await device.context.close();
  });
  return () => {
    if (!network) throw new Error('the shared network was not set up');
    return network;
  };
}

export { expect };
