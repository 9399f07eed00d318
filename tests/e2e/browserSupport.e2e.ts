// A browser that cannot run Buurtruil gets a plain message on every page, never a page
// that silently breaks. The main case: a page opened over plain http on a real name (as
// phones do with `npm start -- --host 0.0.0.0` on a laptop), where the browser withholds
// crypto.subtle, Web Locks and the service worker. Chromium treats http://127.0.0.1 and
// localhost as secure, so a separate Chromium maps the name buurt.test to 127.0.0.1.
import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.ts';
import { chromiumExecutable } from '../browser/chromiumExecutable.ts';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { chooseLanguage } from './language.ts';
import { openDevice } from './peers.ts';

const pages = ['/', '/start/', '/join/', '/join/#net=abc&lobby=def', '/coordinator/'];

async function browserWithName(name: string): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${name} 127.0.0.1`],
  });
}

async function expectMessage(page: Page, problem: string, dutch: RegExp, english: RegExp): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert).toHaveAttribute('lang', 'nl');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Buurtruil kan hier niet beginnen');
  await expect(alert).toContainText(dutch);
  await expect(alert).toContainText('Vraag');
  const inEnglish = page.locator('section[lang="en"]');
  await expect(inEnglish.getByRole('heading', { level: 2 })).toHaveText('Buurtruil cannot start here');
  await expect(inEnglish).toContainText(english);
  await expect(page.getByRole('main')).toHaveAttribute('data-browser-problem', problem);
}

test('over plain http on a real name, every page says what is wrong and what to do', async ({ site }) => {
  test.setTimeout(120_000);
  const browser = await browserWithName('buurt.test');
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const path of pages) {
      await page.goto(`http://buurt.test:${site.port}${path}`);
      expect(await page.evaluate(() => isSecureContext), 'the test really is on an insecure origin').toBe(false);
      await expectMessage(
        page,
        'insecure',
        /begint met http:\/\/.*Open het adres dat begint met https:\/\//s,
        /https:\/\//,
      );
      // Nothing of the app ran: no form to fill in, nothing thrown.
      await expect(page.getByRole('button', { name: 'Netwerk beginnen' })).toHaveCount(0);
      await expect(page.getByRole('textbox')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
    await expectAccessible(page, 'the browser message');

    // English first for someone who chose English.
    await chooseLanguage(page, 'nl', 'en');
    await expect(page.getByRole('alert')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buurtruil cannot start here');
    await expect(page.locator('section[lang="nl"]')).toContainText('https://');
  } finally {
    await browser.close();
  }
});

test('no WebRTC, or storage refused as in a private window: a message, not a broken page', async ({
  browser,
  site,
  devices,
}) => {
  const withoutWebrtc = await openDevice(browser, 'about:blank');
  devices.push(withoutWebrtc);
  await withoutWebrtc.context.addInitScript(() => {
    // As a browser with WebRTC switched off (an extension, or a policy) would be.
    Reflect.deleteProperty(globalThis, 'RTCPeerConnection');
  });
  await withoutWebrtc.page.goto(`${site.url}/start/`);
  await expectMessage(withoutWebrtc.page, 'no-webrtc', /WebRTC/, /WebRTC/);

  const refusing = await openDevice(browser, 'about:blank');
  devices.push(refusing);
  await refusing.context.addInitScript(() => {
    // As some private windows do: indexedDB is there, but every open fails.
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      const request = new EventTarget() as IDBOpenDBRequest;
      queueMicrotask(() => request.onerror?.(new Event('error')));
      return request;
    };
  });
  await refusing.page.goto(`${site.url}/`);
  await expectMessage(refusing.page, 'storage-refused', /privévenster/, /private/);

  // The same site in an ordinary, capable browser: no message, the app runs.
  const fine = await openDevice(browser, `${site.url}/start/`);
  devices.push(fine);
  await expect(fine.page.getByRole('button', { name: 'Netwerk beginnen' })).toBeVisible();
  await expect(fine.page.locator('[data-browser-problem]')).toHaveCount(0);
});
