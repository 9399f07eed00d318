// The community centre on its own network, without internet: `npm start -- --https` on the
// centre's laptop with a certificate from deploy/make-certificate.sh, whose CA the centre
// installs once on the kiosk and the laptop. Here a separate Chromium plays such a device:
// the name buurthuis.test maps to 127.0.0.1 (not "localhost", which Chromium would trust
// anyway) and the browser trusts that one certificate, as an installed CA would make it.
// A coordinator starts a network and a neighbour joins, all over https and wss.
import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config.ts';
import { chromiumExecutable } from '../browser/chromiumExecutable.ts';
import { startSite } from '../support/processes.ts';
import { expect, test } from './fixtures.ts';
import { networkWith, postRequest } from './network.ts';
import { connectionStatus, expectPeers } from './peers.ts';
import { openSection } from './toolkit.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

/** Chromium's way to trust one certificate without a system store: its key's SHA-256. */
function spkiHash(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

test('the centre on its own network: npm start --https with its own certificate, start and join', async ({
  relays,
}) => {
  // Not skipped where openssl is missing: a skipped test would hide that the centre's set-up is untested.
  expect(
    hasOpenssl,
    'needs openssl to make the certificate (deploy/make-certificate.sh); Debian: apt-get install openssl',
  ).toBe(true);
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'buurtruil-lan-'));
  try {
    const made = spawnSync('bash', [join(root, 'deploy', 'make-certificate.sh'), folder, 'buurthuis.test'], {
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).toBe(0);
    const site = await startSite(0, ['--https', '--cert', join(folder, 'cert.pem'), '--key', join(folder, 'key.pem')]);
    relays.push(site);
    expect(site.url).toMatch(/^https:\/\//);

    const browser = await chromium.launch({
      executablePath: await chromiumExecutable(),
      args: [
        ...chromiumArgs,
        '--host-resolver-rules=MAP buurthuis.test 127.0.0.1',
        `--ignore-certificate-errors-spki-list=${spkiHash(readFileSync(join(folder, 'cert.pem'), 'utf8'))}`,
      ],
    });
    try {
      const address = `https://buurthuis.test:${site.port}`;
      const { coordinator, neighbours } = await networkWith(browser, address, [['Anna', 'Dorpsstraat']], {
        serviceWorker: true,
      });
      const anna = neighbours[0];
      if (!anna) throw new Error('Anna did not join');
      // A secure context: WebCrypto and the offline service worker are there.
      expect(await anna.page.evaluate(() => isSecureContext)).toBe(true);
      expect(await anna.page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null))).toBe(true);
      // The network's relay is the laptop itself, over wss.
      await openSection(coordinator.page, 'invite');
      await expect(coordinator.page.getByTestId('invite-link')).toHaveValue(
        new RegExp(`relay=${encodeURIComponent(`wss://buurthuis.test:${site.port}/signal`)}`),
      );
      await expect(connectionStatus(anna.page)).toHaveAttribute('data-relays', '1');
      await expectPeers(anna.page, 1);
      await postRequest(anna.page, 'Wie leest mij voor in het buurthuis?');
      await coordinator.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
      await expect(coordinator.page.getByTestId('requests-list').getByRole('link')).toContainText([
        'Wie leest mij voor in het buurthuis?',
      ]);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
