// Where things stand on a screen, for what everyLanguage.e2e.ts found by eye on the screens
// of doing things together, the kiosk's sign-up and "Maak een ledenpas": each check measures
// boxes (or the words of a line) so the fault cannot come back unseen.
import { expect, type Locator, type Page } from '@playwright/test';
import { measureWall } from './wallSizes.ts';

/** The element is in the first screen: above the phone's tab bar or the kiosk's "Lees voor" bar. */
export async function expectInFirstScreen(page: Page, target: Locator, what: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await target.boundingBox();
  const bottom = await page.evaluate(() => {
    const bars = [...document.querySelectorAll('.tab-bar, .screen-read-bar')]
      .map((bar) => bar.getBoundingClientRect())
      .filter((bar) => bar.height > 0);
    return Math.min(window.innerHeight, ...bars.map((bar) => bar.top));
  });
  expect(box, `${what}: shown`).not.toBeNull();
  expect(box ? box.y + box.height : Number.POSITIVE_INFINITY, `${what}: in the first screen`).toBeLessThanOrEqual(
    bottom,
  );
}

/** A line that says when an activity is says its day once ("zondag 6 december, 14:00 tot 16:00"). */
export async function expectDaySaidOnce(line: Locator, what: string): Promise<void> {
  const { text, day } = await line.evaluate((el) => {
    const lang = document.documentElement.lang;
    // The activity is tomorrow (screenContent.ts); the day's number as this language writes it.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const parts = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long' }).formatToParts(tomorrow);
    return { text: el.textContent ?? '', day: parts.find((part) => part.type === 'day')?.value ?? '' };
  });
  const times = text.match(new RegExp(`(?<!\\p{Nd})${day}(?!\\p{Nd})`, 'gu'))?.length ?? 0;
  expect(times, `${what}: the day (${day}) said once in "${text}"`).toBe(1);
}

/** `lower` comes right under `upper`: no empty stretch between them (at most `gap` px). */
export async function expectRightUnder(upper: Locator, lower: Locator, gap: number, what: string): Promise<void> {
  const [a, b] = [await upper.boundingBox(), await lower.boundingBox()];
  expect(a && b, `${what}: both shown`).toBeTruthy();
  if (!a || !b) return;
  expect(b.y - (a.y + a.height), `${what}: the room between them`).toBeLessThanOrEqual(gap);
  expect(b.y, `${what}: under, not beside or above`).toBeGreaterThanOrEqual(a.y + a.height);
}

/** Two texts in the same size (an activity's title as a post's, on the wall). */
export async function expectSameFontSize(a: Locator, b: Locator, what: string): Promise<void> {
  // A live list may put a new node in an old one's place between finding and measuring it (a
  // node already gone has no computed size), so measure until both are in the page.
  const size = (el: Locator) => el.evaluate((node) => (node.isConnected ? getComputedStyle(node).fontSize : ''));
  await expect
    .poll(
      async () => {
        const [one, other] = [await size(a), await size(b)];
        return one !== '' && other !== '' ? `${one} and ${other}` : 'not both in the page';
      },
      { message: what },
    )
    .toMatch(/^(\S+) and \1$/);
}

/** At least `share` of the page's width: a form whose fields keep their words whole. */
export async function expectWide(page: Page, target: Locator, share: number, what: string): Promise<void> {
  const box = await target.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect((box?.width ?? 0) / width, `${what}: its share of the width`).toBeGreaterThanOrEqual(share);
}

/** The kiosk on the wall (1920 px): 28 px text, typed text too; 96 px targets; one "Lees voor". */
export async function expectWallSizes(page: Page, what: string): Promise<void> {
  const sizes = await measureWall(page);
  expect(sizes.smallTargets, `${what}: targets under 96 px`).toEqual([]);
  expect(sizes.smallText, `${what}: text under 28 px`).toEqual([]);
  await expect(page.locator('.screen-read-aloud'), `${what}: one "Lees voor"`).toHaveCount(1);
  await expect(page.locator('.screen-read-aloud'), `${what}: its "Lees voor" in view`).toBeInViewport();
}

/** A menu in one row: each link's top where the first one's is (the laptop's menu, issue 22). */
export async function expectOneRow(links: Locator, what: string): Promise<void> {
  const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(tops.length, `${what}: its links`).toBeGreaterThan(0);
  expect(new Set(tops).size, `${what}: rows (the links' tops: ${tops.join(', ')})`).toBe(1);
}

/** The page's headings in order: an h1 first, and no level skipped on the way down. */
export async function expectHeadingsInOrder(page: Page, what: string): Promise<void> {
  const levels = await page
    .locator('main')
    .evaluate((main) =>
      [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        .filter((heading) => heading.getClientRects().length > 0)
        .map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.trim().slice(0, 40)}`),
    );
  const skipped = levels.filter((heading, i) => {
    const level = Number(heading[1]);
    const before = i === 0 ? 0 : Number(levels[i - 1]?.[1]);
    return level > before + 1;
  });
  expect(levels[0]?.slice(0, 2), `${what}: the first heading (${levels.join(' | ')})`).toBe('h1');
  expect(skipped, `${what}: headings after a skipped level (${levels.join(' | ')})`).toEqual([]);
}

/** One target well apart from the one above it: no mis-tap on a step that acts at once. */
export async function expectApart(upper: Locator, lower: Locator, gap: number, what: string): Promise<void> {
  const [a, b] = [await upper.boundingBox(), await lower.boundingBox()];
  expect(a && b, `${what}: both shown`).toBeTruthy();
  if (!a || !b) return;
  expect(b.y - (a.y + a.height), `${what}: the room between them`).toBeGreaterThanOrEqual(gap);
}
