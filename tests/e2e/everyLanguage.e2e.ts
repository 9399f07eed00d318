// What people see, in every language and at every size (issue 21): the main screens (the
// member's board, a post, the new-post form, the coordinator's Vandaag, the kiosk's start and
// its PIN pad) and those of doing things together (Agenda, Bedankjes, parts to answer, the
// kiosk's thanks and agenda; issue 22: Samen, Plannen, stories, Ideeën, "Vaker helpen?" and its
// reminder), the kiosk's sign-up and "Maak een ledenpas" on a phone, a laptop
// and a wall screen have no serious axe violation, big enough targets, no sideways scrolling at
// 320 px (Arabic right to left too), and leave a screenshot under
// test-results/screens/<language>-<size>-<screen>.png for a person to look at; where a fault
// was found by eye, a measure of boxes keeps it away (screenGeometry.ts). One network, set up
// once per worker, serves all six languages: only the language changes.
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import {
  type Language,
  languageDirection,
  languages,
  loadLanguage,
  loadOfficeTexts,
  translate,
} from '../../src/i18n/translate.ts';
import { expectAxeClean, expectReflow, expectTargetsBigEnough, wordsNotFitting } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { enrolCard, setUpKiosk, typeCardCode } from './kiosk.ts';
import { admit, askToJoin, enterBoard, inviteLink, postRequest, startNetwork } from './network.ts';
import { type Device, headerProblems } from './peers.ts';
import { activityTitle, kioskNewcomer, putContent, thanksText } from './screenContent.ts';
import {
  expectApart,
  expectDaySaidOnce,
  expectHeadingsInOrder,
  expectInFirstScreen,
  expectOneRow,
  expectRightUnder,
  expectSameFontSize,
  expectWallSizes,
  expectWide,
} from './screenGeometry.ts';
import { ideaText, kioskName, planTitle, putTogetherContent, reviewInDays, storyTitle } from './togetherContent.ts';
import { openSection } from './toolkit.ts';

const phone: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const sizes = {
  phone: { width: 360, height: 740 },
  laptop: { width: 1366, height: 768 },
  kiosk: { width: 1920, height: 1080 },
} as const;
type Size = keyof typeof sizes;
const allSizes = Object.keys(sizes) as Size[];

const postTitle = 'Wie helpt met de tuin?';

/** The network every language's test looks at: made once per worker. */
interface Stage {
  site: string;
  coordinator: Device;
  /** Anna, on a phone (touch, 360 px); her own post. */
  phone: Device;
  /** Bram, on a laptop; he sees Anna's post. */
  laptop: Device;
  kiosk: Device;
  cardCode: string;
  /** The fragment of Anna's post's page: #/post/<id>. */
  postHash: string;
}

/** Anna and Bram on the network with her post, a kiosk, and a card member the kiosk knows. */
async function setUpStage(browser: Browser, site: string): Promise<Stage> {
  const coordinator = await startNetwork(browser, site);
  const invite = await inviteLink(coordinator.page);
  // Anna and Bram ask at once; the coordinator welcomes Anna, then Bram.
  const [anna, bram] = await Promise.all([
    askToJoin(browser, invite, 'Anna', 'Dorpsstraat', phone),
    askToJoin(browser, invite, 'Bram', 'Molenweg'),
  ]);
  await admit(coordinator.page, 'Anna');
  await admit(coordinator.page, 'Bram');
  await Promise.all([enterBoard(anna.page), enterBoard(bram.page)]);
  await postRequest(anna.page, postTitle, 'Tuin');
  const postHash = new URL(anna.page.url()).hash;
  const kiosk = await setUpKiosk(browser, site, coordinator.page);
  const cardCode = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();
  // The card reaches the kiosk over the network: try its code until the kiosk knows it.
  await kiosk.page.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
  await expect(async () => {
    await typeCardCode(kiosk.page, cardCode);
  }).toPass({ timeout: 30_000 });
  await openSection(coordinator.page, 'today');
  return { site, coordinator, phone: anna, laptop: bram, kiosk, cardCode, postHash };
}

// The file runs in one worker, its tests in order, beside the other worker's files. The
// network is set up once, before the first test; the content of doing things together is put
// on it before the first test that looks at it, so the main screens come before the content,
// and the content before the newer together pages. (As worker fixtures the file had its own
// worker hash, which Playwright runs after every other file: its tests were the suite's tail,
// with each worker setting up its own stage.) A worker that starts again after a failure sets
// up its own stage, and puts on it what its next test needs.
let stage: Stage | undefined;
let contentPut = false;
let togetherPut = false;

function theStage(): Stage {
  if (!stage) throw new Error('the stage was not set up');
  return stage;
}

/** A set-up step outside a test: the same check of the security headers a test gets. */
async function setUp(step: () => Promise<void>, timeout = 240_000): Promise<void> {
  test.setTimeout(timeout);
  headerProblems.length = 0;
  await step();
  expect(headerProblems, 'the browser complained about the security headers').toEqual([]);
}

async function putContentOnce(): Promise<void> {
  if (contentPut) return;
  const on = theStage();
  await putContent({ ...on, anna: on.phone, bram: on.laptop });
  contentPut = true;
}

async function putTogetherOnce(): Promise<void> {
  if (togetherPut) return;
  const on = theStage();
  await putTogetherContent({ ...on, anna: on.phone, bram: on.laptop });
  togetherPut = true;
}

test.beforeAll(async ({ browser, site }) => {
  await setUp(async () => {
    stage = await setUpStage(browser, site.url);
  });
});

test.afterAll(async () => {
  const done = stage;
  stage = undefined;
  if (done) for (const device of [done.coordinator, done.phone, done.laptop, done.kiosk]) await device.context.close();
});

/** Its picture; then the bar every screen clears at every size, on a phone also at 320 px. */
async function look(page: Page, language: Language, size: Size, screen: string): Promise<void> {
  const what = `${language}, ${size}, ${screen}`;
  await expect(page.locator('html')).toHaveAttribute('dir', languageDirection(language));
  // The picture first: a screen that fails below is there to look at too.
  await page.screenshot({ path: `test-results/screens/${language}-${size}-${screen}.png` });
  // axe at the phone's and the wall's size: a laptop shows the wall's layout narrower (the
  // same elements, the menu one row), so there its words and targets are measured and axe
  // is not run a third time per screen (axe was half of this file's time, the slowest in CI).
  if (size === 'laptop') await expectTargetsBigEnough(page, what);
  else await expectAxeClean(page, what);
  await expectWordsFit(page, what);
  // On a laptop and a wall the member's menu is one calm row (a second row pushed the page down).
  const menu = page.locator('.top-menu .nav-link');
  if (size !== 'phone' && (await menu.count()) > 0) await expectOneRow(menu, `${what}: the menu`);
  if (size === 'phone') {
    // The smallest phone (or 200 % zoom): the words still fit, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: sizes.phone.height });
    await expectWordsFit(page, `${what} at 320 px`);
    await expectReflow(page, what);
    await page.setViewportSize(sizes.phone);
  }
}

/** A member's page: its name in the pictures, its route, and what shows it is there. */
type MemberScreen = [screen: string, hash: string, shown: (page: Page) => Promise<void>];

/** Each page at every size: Anna's phone for the phone, Bram's laptop for the laptop and the wall. */
async function lookAtMemberScreens(stage: Stage, language: Language, screens: MemberScreen[]): Promise<void> {
  for (const [screen, hash, shown] of screens) {
    for (const size of allSizes) {
      const page = size === 'phone' ? stage.phone.page : stage.laptop.page;
      await page.setViewportSize(sizes[size]);
      await page.goto(`${stage.site}/${hash}`);
      await shown(page);
      await look(page, language, size, screen);
    }
  }
}

/** No word broken over two lines or out of its box (the tab bar fits its words after a resize). */
async function expectWordsFit(page: Page, what: string): Promise<void> {
  await expect.poll(() => wordsNotFitting(page), { message: `${what}: words that do not fit` }).toEqual([]);
}

/** The language chosen as a person's earlier choice: stored, then the page loaded again. */
async function speak(page: Page, language: Language, url: string): Promise<void> {
  await page.evaluate((chosen) => localStorage.setItem('buurtruil-language', chosen), language);
  await page.goto(url);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const language of languages) {
  test(`${language}: the main screens at every size are accessible and fit`, async () => {
    test.setTimeout(180_000);
    const stage = theStage();
    await loadLanguage(language);
    // The coordinator's and the kiosk's screens are checked too: their texts are the office's part.
    await loadOfficeTexts(language);
    const say = (key: Parameters<typeof translate>[1]) => translate(language, key);

    // The member's board, a post and the new-post form.
    for (const device of [stage.phone, stage.laptop]) await speak(device.page, language, `${stage.site}/`);
    const screens: MemberScreen[] = [
      [
        'board',
        '#/',
        async (page) => {
          await expect(page.getByRole('heading', { name: say('board.title'), level: 1 })).toBeVisible();
          await expect(page.getByRole('link', { name: postTitle })).toBeVisible();
        },
      ],
      [
        'post',
        stage.postHash,
        async (page) => {
          await expect(page.getByRole('heading', { name: postTitle, level: 1 })).toBeVisible();
        },
      ],
      [
        'new-post',
        '#/nieuw',
        async (page) => {
          await expect(page.getByRole('button', { name: say('post.submit') })).toBeVisible();
        },
      ],
    ];
    await lookAtMemberScreens(stage, language, screens);

    // The coordinator's Vandaag.
    const c = stage.coordinator.page;
    await speak(c, language, `${stage.site}/coordinator/`);
    for (const size of allSizes) {
      await c.setViewportSize(sizes[size]);
      await expect(c.getByRole('heading', { name: say('today.title'), level: 2 })).toBeVisible();
      await look(c, language, size, 'today');
    }

    // The kiosk's start, and its PIN pad.
    const k = stage.kiosk.page;
    await speak(k, language, `${stage.site}/kiosk/`);
    const login = k.getByRole('button', { name: say('kiosk.login') });
    for (const size of allSizes) {
      await k.setViewportSize(sizes[size]);
      await expect(login).toBeVisible();
      await look(k, language, size, 'kiosk-start');
    }
    await login.click();
    await k.getByLabel(say('card.code')).fill(stage.cardCode);
    await k.getByRole('button', { name: say('card.next') }).click();
    await expect(k.getByRole('heading', { name: say('card.pinTitle') })).toBeVisible();
    for (const size of allSizes) {
      await k.setViewportSize(sizes[size]);
      await look(k, language, size, 'kiosk-pin');
    }
    await k.getByRole('button', { name: say('common.back') }).click();
    await expect(login).toBeVisible();
  });
}

test.describe('with the content of doing things together', () => {
  test.beforeAll(() => setUp(putContentOnce));

  for (const language of languages) {
    test(`${language}: agenda, thanks, parts to answer, kiosk sign-up and member card at every size`, async () => {
      test.setTimeout(180_000);
      const stage = theStage();
      await loadLanguage(language);
      await loadOfficeTexts(language);
      const say = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
        translate(language, key, values);

      // The member's Agenda, Bedankjes (under "Meer"), and the parts of group records to answer.
      for (const device of [stage.phone, stage.laptop]) await speak(device.page, language, `${stage.site}/`);
      const screens: MemberScreen[] = [
        [
          'agenda',
          '#/agenda',
          async (page) => {
            await expect(page.getByRole('heading', { name: say('together.agenda'), level: 1 })).toBeVisible();
            await expect(page.getByRole('heading', { name: activityTitle })).toBeVisible();
            await expectDaySaidOnce(page.getByTestId('activity-when'), `${language}: the agenda's activity`);
          },
        ],
        [
          'thanks',
          '#/bedankjes',
          async (page) => {
            await expect(page.getByRole('heading', { name: say('sharing.thanks.title'), level: 1 })).toBeVisible();
            await expect(page.getByTestId('board-thanks')).toContainText(thanksText);
          },
        ],
        [
          'parts',
          '#/afspraken',
          async (page) => {
            await expect(page.getByRole('heading', { name: say('sharing.parts.title'), level: 2 })).toBeVisible();
            const part = page.getByTestId('part-to-answer');
            await expect(part).toHaveCount(1);
            // What waits for an answer is in view first, above the list of appointments.
            const agree = part.getByRole('button', { name: say('sharing.parts.agree') });
            await expectInFirstScreen(page, agree, `${language}: the part to answer`);
          },
        ],
      ];
      await lookAtMemberScreens(stage, language, screens);

      // The kiosk's board with the thanks and the week's agenda, and its sign-up form.
      const k = stage.kiosk.page;
      await speak(k, language, `${stage.site}/kiosk/`);
      const thanks = k.getByTestId('kiosk-thanks');
      const agenda = k.getByTestId('kiosk-agenda');
      for (const size of allSizes) {
        await k.setViewportSize(sizes[size]);
        await expect(thanks.getByTestId('kiosk-thanks-item')).toHaveCount(1);
        // A neighbour's words keep their own direction inside the quotes (Dutch words, Arabic screen).
        await expect(thanks.getByTestId('kiosk-thanks-item').locator('bdi')).toHaveText(thanksText);
        await expect(agenda.getByTestId('kiosk-activity')).toHaveCount(1);
        await thanks.scrollIntoViewIfNeeded();
        await look(k, language, size, 'kiosk-together');
        await expectDaySaidOnce(
          agenda.getByTestId('kiosk-activity-when'),
          `${language}, ${size}: the kiosk's activity`,
        );
        // The agenda right under the thanks, in the posts' column (the side column is taller).
        await expectRightUnder(thanks, agenda, 64, `${language}, ${size}: the kiosk's thanks and agenda`);
        if (size === 'kiosk') {
          await expectWallSizes(k, `${language}: the kiosk's board with thanks and agenda`);
          await expectSameFontSize(
            agenda.getByRole('heading', { name: activityTitle }),
            k.getByTestId('kiosk-post').getByRole('heading').first(),
            `${language}: an activity's title as big as a post's on the wall`,
          );
        }
      }
      await k.getByRole('button', { name: say('kiosk.signUp') }).click();
      const signUp = k.getByTestId('kiosk-sign-up');
      for (const size of allSizes) {
        await k.setViewportSize(sizes[size]);
        await expect(signUp.getByLabel(say('kiosk.signUpName'))).toBeVisible();
        await look(k, language, size, 'kiosk-sign-up');
        if (size === 'kiosk') {
          await expectWallSizes(k, `${language}: the kiosk's sign-up`);
          const send = signUp.getByRole('button', { name: say('kiosk.signUpSend') });
          await expectInFirstScreen(k, send, `${language}: the kiosk's "Aanmelden" on the wall`);
        }
      }
      await signUp.getByRole('button', { name: say('kiosk.signUpBack') }).click();
      await expect(k.getByTestId('kiosk-board')).toBeVisible();

      // The coordinator's "Maak een ledenpas" for Pim, who signed up at the kiosk.
      const c = stage.coordinator.page;
      await speak(c, language, `${stage.site}/coordinator/#/leden`);
      const pim = c.getByTestId('member-row').filter({ hasText: kioskNewcomer });
      await pim.getByLabel(say('toolkit.actionsFor', { name: kioskNewcomer })).click();
      const give = pim.getByTestId('give-card');
      await give.getByRole('button', { name: say('card.give'), exact: true }).click();
      await expect(give.getByRole('button', { name: say('card.giveConfirm'), exact: true })).toBeVisible();
      for (const size of allSizes) {
        await c.setViewportSize(sizes[size]);
        await give.scrollIntoViewIfNeeded();
        await look(c, language, size, 'give-card');
        if (size === 'phone') {
          // On a phone each member is a block: the card's form has the width, the table its rows.
          await expectWide(c, give.getByLabel(say('card.newPin'), { exact: true }), 0.7, `${language}: the PIN field`);
          await expect(c.getByRole('rowheader', { name: kioskNewcomer })).toBeVisible();
        }
      }
      await c.goto(`${stage.site}/coordinator/#/vandaag`);
    });
  }
});

test.describe('with the newer together pages', () => {
  test.beforeAll(() =>
    setUp(
      async () => {
        await putContentOnce();
        await putTogetherOnce();
      },
      // A worker started after a failure has both to put (each had 240 s as a worker fixture).
      contentPut ? 240_000 : 480_000,
    ),
  );

  for (const language of languages) {
    test(`${language}: Samen, plans, stories, ideas, help that comes back and its reminder at every size`, async () => {
      test.setTimeout(180_000);
      const stage = theStage();
      await loadLanguage(language);
      // The plans' and ideas' texts are the office's part: loaded here, not left to an earlier test.
      await loadOfficeTexts(language);
      const say = (key: Parameters<typeof translate>[1]) => translate(language, key);

      // "Samen" with its tiles, and each page of doing things together that it leads to.
      for (const device of [stage.phone, stage.laptop]) await speak(device.page, language, `${stage.site}/`);
      const screens: MemberScreen[] = [
        [
          'together',
          '#/samen',
          async (page) => {
            await expect(page.getByRole('heading', { name: say('nav.together'), level: 1 })).toBeVisible();
            const tiles = page.getByTestId('together-tiles');
            for (const name of ['together.agenda', 'sharing.thanks.nav', 'plans.nav', 'sharing.ideas.nav'] as const) {
              await expect(tiles.getByRole('link', { name: say(name), exact: true })).toBeVisible();
            }
          },
        ],
        [
          'plans',
          '#/plannen',
          async (page) => {
            await expect(page.getByRole('heading', { name: say('plans.title'), level: 1 })).toBeVisible();
            const plan = page.getByTestId('plan').filter({ hasText: planTitle });
            await expect(plan.getByRole('button', { name: say('plans.voteYes') })).toBeVisible();
            await expect(plan.getByLabel(say('plans.pledgeHours'))).toBeVisible();
          },
        ],
        [
          'stories',
          '#/bedankjes',
          async (page) => {
            // The form to write one opened, and the story with its three answers in view.
            const stories = page.getByTestId('stories');
            await expect(stories.getByRole('heading', { name: say('sharing.stories.title'), level: 2 })).toBeVisible();
            // A page looked at before at another size may have it open already (goto kept the page).
            const write = stories.locator('details');
            if (!(await write.evaluate((details: HTMLDetailsElement) => details.open))) {
              await write.getByText(say('sharing.stories.write')).click();
            }
            await expect(stories.getByRole('button', { name: say('sharing.stories.send') })).toBeVisible();
            // Whom it is about: people, not the kiosk; the hint over the names, not beside one.
            const about = stories.getByRole('group', { name: say('sharing.stories.people') });
            await expect(about.getByLabel(kioskName)).toHaveCount(0);
            await expectRightUnder(
              about.locator('.hint'),
              about.locator('label.choice').first(),
              16,
              `${language}: the hint over the names`,
            );
            const story = stories.getByTestId('story').filter({ hasText: storyTitle });
            await expect(story.getByRole('button', { name: say('sharing.stories.yesAnonymous') })).toBeVisible();
            await story.scrollIntoViewIfNeeded();
          },
        ],
        [
          'ideas',
          '#/ideeen',
          async (page) => {
            await expect(page.getByRole('heading', { name: say('sharing.ideas.title'), level: 1 })).toBeVisible();
            await expect(page.getByTestId('ideas-board')).toContainText(ideaText);
          },
        ],
        [
          'recurring',
          stage.postHash,
          async (page) => {
            const recurring = page.getByTestId('exchange').getByTestId('recurring');
            await expect(recurring.getByRole('heading', { name: say('recurring.title') })).toBeVisible();
            await expect(recurring.getByTestId('recurring-review')).toBeVisible();
            // "Deze hulp nu stoppen" acts at once: not right under "Afspreken".
            await expectApart(
              recurring.getByRole('button', { name: say('recurring.save') }),
              recurring.getByRole('button', { name: say('recurring.stop') }),
              16,
              `${language}: the recurring help's two buttons`,
            );
            await recurring.scrollIntoViewIfNeeded();
          },
        ],
      ];
      const inOrder = ([screen, hash, shown]: MemberScreen): MemberScreen => [
        screen,
        hash,
        async (page) => {
          await shown(page);
          await expectHeadingsInOrder(page, `${language}: ${screen}`);
        },
      ];
      await lookAtMemberScreens(stage, language, screens.map(inOrder));

      // Past the date agreed, the board says it is time to look together; then back to now.
      const later = Date.now() + (reviewInDays + 5) * 24 * 60 * 60 * 1000;
      for (const device of [stage.phone, stage.laptop]) await device.page.clock.setSystemTime(later);
      try {
        const reminder: MemberScreen = [
          'reminder',
          '#/',
          async (page) => {
            const due = page.getByTestId('reviews-due');
            await expect(due.getByRole('heading', { name: say('recurring.dueTitle'), level: 2 })).toBeVisible();
            await expect(due.getByRole('link', { name: postTitle })).toBeVisible();
          },
        ];
        await lookAtMemberScreens(stage, language, [inOrder(reminder)]);
      } finally {
        for (const device of [stage.phone, stage.laptop]) await device.page.clock.setSystemTime(Date.now());
      }
    });
  }
});
