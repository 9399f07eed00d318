// The kiosk made for a wall screen (issue 21, point 3): at 1920 × 1080 every screen uses the
// width, reads from a step back (28 px text, 96 px targets), has one "Lees voor" that reads
// the whole screen, a PIN pad whose words stay in their keys in every language and size, and
// shows nothing untrue ("Hier staat nog niets", "Een buur", "0 uur") before its data is read.
import type { Page } from '@playwright/test';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { enrolCard, setUpKiosk, typeCardCode, typePin } from './kiosk.ts';
import { chooseLanguage } from './language.ts';
import { postRequest } from './network.ts';
import type { Device } from './peers.ts';
import { measureWall } from './wallSizes.ts';

const wall = { width: 1920, height: 1080 };

/** Every PIN key whose text does not fit inside it (width or height). */
async function keysOverflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.keypad button')]
      .filter((key) => key.scrollWidth > key.clientWidth || key.scrollHeight > key.clientHeight)
      .map(
        (key) =>
          `"${key.textContent?.trim()}" ${key.scrollWidth}/${key.clientWidth} × ${key.scrollHeight}/${key.clientHeight}`,
      ),
  );
}

async function expectWallScreen(page: Page, what: string, file: string): Promise<void> {
  await page.setViewportSize(wall);
  const sizes = await measureWall(page);
  expect(sizes.smallTargets, `${what}: targets under 96 px`).toEqual([]);
  expect(sizes.smallText, `${what}: body text under 28 px`).toEqual([]);
  expect(sizes.share, `${what}: the main content's share of the width`).toBeGreaterThanOrEqual(0.8);
  await expect(page.getByRole('button', { name: 'Lees voor' }), `${what}: one "Lees voor"`).toHaveCount(1);
  expect(await keysOverflowing(page), `${what}: PIN keys' text inside the key`).toEqual([]);
  // What the wall shows (the "Lees voor" bar where it stays), and the whole screen scrolled through.
  await page.screenshot({ path: test.info().outputPath(file) });
  await page.screenshot({ path: test.info().outputPath(file.replace('.png', '-full.png')), fullPage: true });
  await expectAccessible(page, what);
}

/** What the one "Lees voor" of the screen says when pressed. */
async function readAloud(page: Page): Promise<string> {
  await page.evaluate(() => {
    (window as unknown as { spoken: string[] }).spoken = [];
  });
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  return spoken[0] ?? '';
}

/** The parts appear in the spoken text, in this order. */
function expectInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from} in: ${text}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

test('the kiosk on a wall screen: big, wide, one "Lees voor", keys that hold their words, nothing untrue first', async ({
  browser,
  site,
  network,
  devices,
}) => {
  test.setTimeout(300_000);
  // With a welcome gift Gerrit's balance is above zero: a "0 uur" first would be untrue.
  const { coordinator, neighbours } = await network([['Anna', 'Dorpsstraat']], { welcomeHours: 2 });
  const [anna] = neighbours as [Device];
  await postRequest(anna.page, 'Wie kookt er mee?', 'Koken en een warme maaltijd');
  await postRequest(anna.page, 'Hulp met de tuin', 'Tuin');
  const kiosk = await setUpKiosk(browser, site.url, coordinator.page);
  devices.push(kiosk);
  const k = kiosk.page;
  await expect(k.getByTestId('kiosk-post')).toHaveCount(2);
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();

  // From the next load on: every text that ever appears is noted, and speaking is noted, not heard.
  await k.addInitScript(() => {
    const w = window as unknown as { seen: string[]; spoken: string[] };
    w.seen = [];
    w.spoken = [];
    speechSynthesis.speak = (utterance) => {
      w.spoken.push(utterance.text);
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') w.seen.push(record.target.textContent ?? '');
        for (const node of record.addedNodes) w.seen.push(node.textContent ?? '');
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await k.setViewportSize(wall);
  await k.reload();

  // The board.
  const board = k.getByTestId('kiosk-board');
  await expect(board.getByTestId('kiosk-post')).toHaveCount(2);
  await expectWallScreen(k, 'kiosk: board', 'wall-board.png');
  // The same grid on a laptop and a small tablet: no sideways scrolling, pictures to look at.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 320, height: 640 },
  ]) {
    await k.setViewportSize(size);
    expect(await k.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await k.screenshot({ path: test.info().outputPath(`wall-board-${size.width}.png`) });
  }
  await k.setViewportSize(wall);
  expectInOrder(await readAloud(k), [
    'Prikbord van',
    'Inloggen met je ledenkaart',
    'Nieuwste vragen en aanbod',
    'Hulp met de tuin',
    'Wie kookt er mee?',
  ]);

  // The card's code, then the PIN pad.
  await k.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  await expect(k.getByRole('heading', { name: 'Laat je ledenkaart zien' })).toBeVisible();
  await expectWallScreen(k, 'kiosk: card code', 'wall-card-code.png');
  expectInOrder(await readAloud(k), ['Laat je ledenkaart zien.', 'Houd de QR-code', 'Code van je kaart']);
  // The card reaches the kiosk over the network: try its code until the kiosk knows it.
  await expect(async () => {
    await typeCardCode(k, code);
  }).toPass({ timeout: 30_000 });
  await expectWallScreen(k, 'kiosk: PIN pad', 'wall-pin.png');
  expectInOrder(await readAloud(k), ['Typ je pincode.', 'Je pincode heb je zelf gekozen']);
  expect(await readAloud(k), 'the keys are not read').not.toContain('Wissen');

  // The keys hold their words in every language, on a wall, a laptop and a small tablet.
  for (const [shown, next] of [
    ['nl', 'en'],
    ['en', 'tr'],
    ['tr', 'pl'],
    ['pl', 'nl'],
  ] as const) {
    for (const size of [wall, { width: 1280, height: 800 }, { width: 320, height: 640 }]) {
      await k.setViewportSize(size);
      expect(await keysOverflowing(k), `${shown} at ${size.width} px`).toEqual([]);
    }
    await chooseLanguage(k, shown, next);
  }
  await k.setViewportSize(wall);

  await typePin(k, '4821');
  const area = k.getByTestId('card-area');
  await expect(area.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
  await expectWallScreen(k, 'kiosk: card member home', 'wall-card-home.png');
  expectInOrder(await readAloud(k), ['Hallo Gerrit!', 'Wat wil je doen?', 'Vraag hulp', 'Bied iets aan', 'Mijn uren']);

  await area.getByRole('button', { name: 'Mijn uren' }).click();
  await expect(area.getByTestId('card-balance')).toHaveText('+2 uur');
  const balance = (await area.getByTestId('card-balance').textContent()) ?? '';
  await expectWallScreen(k, 'kiosk: my hours', 'wall-card-hours.png');
  expectInOrder(await readAloud(k), ['Mijn uren', `Je uren nu: ${balance}`]);
  await area.getByRole('button', { name: 'Terug' }).click();

  await area.getByRole('button', { name: 'Vraag hulp' }).click();
  await expect(area.getByRole('heading', { name: 'Vraag hulp' })).toBeVisible();
  await expect(area.getByRole('radio', { name: 'Tuin' })).toBeVisible();
  await expectWallScreen(k, 'kiosk: ask for help', 'wall-card-ask.png');
  expectInOrder(await readAloud(k), ['Vraag hulp', 'Kies wat voor hulp', 'Tuin', 'Waar wil je hulp bij?']);
  // Once a kind of help is chosen, the last step (the words and "Ophangen") is in view, above the "Lees voor" bar.
  await area.getByRole('radio', { name: 'Tuin' }).check();
  const question = area.getByText('Waar wil je hulp bij?', { exact: true });
  const hangUp = area.getByRole('button', { name: 'Ophangen' });
  await expect
    .poll(async () => {
      const [top, end, bar] = await Promise.all([
        question.boundingBox(),
        hangUp.boundingBox(),
        k.locator('.screen-read-bar').boundingBox(),
      ]);
      return top && end && bar ? { inView: top.y >= 0, aboveBar: end.y + end.height <= bar.y } : null;
    })
    .toEqual({ inView: true, aboveBar: true });
  await expect(hangUp).toBeInViewport({ ratio: 1 });
  await k.screenshot({ path: test.info().outputPath('wall-card-ask-last-step.png') });

  // Nothing untrue was ever on the screen before the real data.
  const seen = await k.evaluate(() => (window as unknown as { seen: string[] }).seen);
  for (const untrue of ['Hier staat nog niets', 'Een buur', '0 uur'])
    expect(
      seen.filter((text) => text.includes(untrue) && !text.includes(balance)),
      `"${untrue}" was shown`,
    ).toEqual([]);
});
