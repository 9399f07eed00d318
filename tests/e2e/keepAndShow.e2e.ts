// Keeping the network and showing what it does, through the pages: the coordinator's
// export restored on a fresh browser profile (with every other device gone) shows the same
// balances and posts; the sample TimeOverflow bank imported with its balances; the outreach
// list and the anonymous report for a scripted history. axe and the keyboard on the
// restore page, the report page and the coordinator's sections that show only with data.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { defaultCategories } from '../../src/core/categories.ts';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { chooseFile, press, type } from './keys.ts';
import { openFromMore } from './menu.ts';
import { helpedFor } from './neighbourSteps.ts';
import { admit, askToJoin, enterBoard, inviteLink, openPost, postRequest } from './network.ts';
import { type Device, openDevice } from './peers.ts';
import { memberRow, openSection } from './toolkit.ts';

/** The coordinator's members table as it reads: name, standing and balance of each row. */
async function membersShown(page: Page): Promise<string[][]> {
  await openSection(page, 'members');
  return page
    .getByTestId('member-row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('th')?.textContent ?? '',
        row.querySelector('[data-testid=member-status]')?.textContent ?? '',
        row.querySelector('[data-testid=member-balance]')?.textContent ?? '',
      ]),
    );
}

/** The posts on the coordinator's "Berichten nakijken": title and the line under it. */
async function postsShown(page: Page): Promise<string[][]> {
  await openSection(page, 'board');
  return page
    .getByTestId('toolkit-post')
    .evaluateAll((posts) =>
      posts.map((post) => [
        post.querySelector('h3')?.textContent ?? '',
        post.querySelector('.meta')?.textContent ?? '',
      ]),
    );
}

/** The posts on the board: title and what and who. */
function boardShown(page: Page): Promise<string[][]> {
  return page
    .getByTestId('post')
    .evaluateAll((posts) =>
      posts.map((post) => [
        post.querySelector('h3 a')?.textContent ?? '',
        post.querySelector('.meta')?.textContent ?? '',
      ]),
    );
}

test('the export, restored on a fresh profile with every other device gone, shows the same balances and posts', async ({
  browser,
  site,
  devices,
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator: carla, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const c = carla.page;
  await helpedFor(
    'Wie wil mee naar de huisarts?',
    { asker: anna.page, agreer: anna.page, confirmer: anna.page, helper: bram.page },
    '2',
  );
  await postRequest(bram.page, 'Wie heeft een ladder?', 'Spullen lenen');

  // Carla's key, for the new laptop: her recovery file and its passphrase.
  await openFromMore(c, 'Instellingen');
  await c.getByRole('button', { name: 'Maak een herstelbestand' }).click();
  const passphrase = (await c.getByTestId('recovery-passphrase').textContent({ timeout: 60_000 })) ?? '';
  const [keyDownload] = await Promise.all([
    c.waitForEvent('download'),
    c.getByRole('link', { name: 'Bestand opslaan' }).click(),
  ]);
  const recovery = await readFile(await keyDownload.path());

  // The whole network, from the coordinator's page.
  await c.getByRole('link', { name: 'Coördinator', exact: true }).click();
  await openSection(c, 'members');
  await expect(memberRow(c, 'Bram').getByTestId('member-balance')).toHaveText('+2 uur');
  await openSection(c, 'board');
  await expect(c.getByTestId('toolkit-post')).toHaveCount(2);
  await openSection(c, 'keep');
  const [exportDownload] = await Promise.all([
    c.waitForEvent('download'),
    press(c, c.getByRole('button', { name: 'Het hele netwerk opslaan' })),
  ]);
  expect(exportDownload.suggestedFilename()).toMatch(/^buurtruil-buurtruil-oosterpark-\d{4}-\d{2}-\d{2}\.buurtruil$/);
  await expect(c.locator('#keep').getByRole('status')).toHaveText('Het bestand is opgeslagen in je downloads.');
  const exported = await readFile(await exportDownload.path());
  const members = await membersShown(c);
  const posts = await postsShown(c);
  expect(members).toHaveLength(3);
  expect(members).toEqual(
    expect.arrayContaining([
      ['Carla', 'lid, coördinator', '0 uur'],
      ['Anna', 'lid', '−2 uur'],
      ['Bram', 'lid', '+2 uur'],
    ]),
  );
  await c.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(c.getByTestId('post')).toHaveCount(2);
  const board = await boardShown(c);

  // The laptop is gone, and so is everyone else: what comes back can only come from the file.
  for (const device of [carla, anna, bram]) {
    await device.context.close();
    devices.splice(devices.indexOf(device), 1);
  }

  const laptop = await openDevice(browser, `${site.url}/report/`);
  devices.push(laptop);
  const page = laptop.page;
  // The report on a device without a network says so.
  await expect(page.getByText('Dit apparaat hoort nog niet bij een buurtnetwerk.')).toBeVisible();
  await expectAccessible(page, 'report page without a network');
  await page.goto(`${site.url}/restore/`);
  await expect(page.getByRole('heading', { name: 'Een netwerk terugzetten', level: 1 })).toBeVisible();
  await expectAccessible(page, 'restore page');
  // With the keyboard alone: nothing chosen yet is said plainly.
  await press(page, page.getByRole('button', { name: 'Terugzetten' }));
  await expect(page.getByRole('alert')).toHaveText('Kies eerst het bestand met het netwerk.');
  await expectAccessible(page, 'restore page with a problem');
  await chooseFile(page, page.getByLabel('Het bestand met het netwerk'), {
    name: exportDownload.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: exported,
  });
  await chooseFile(page, page.getByLabel('Je herstelbestand'), {
    name: keyDownload.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: recovery,
  });
  await type(page, page.getByLabel('Wachtwoord van het herstelbestand'), passphrase);
  await press(page, page.getByRole('button', { name: 'Terugzetten' }));
  const restored = page.getByTestId('restored');
  await expect(restored).toContainText('Buurtruil Oosterpark is teruggezet', { timeout: 60_000 });
  await expectAccessible(page, 'restore page, restored');
  await press(page, page.getByRole('link', { name: 'Naar de coördinatorpagina' }));

  await expect(page.getByRole('heading', { name: 'Coördinator', level: 1 })).toBeVisible();
  await openSection(page, 'members');
  await expect(page.getByTestId('member-row')).toHaveCount(members.length, { timeout: 30_000 });
  expect(await membersShown(page)).toEqual(members);
  expect(await postsShown(page)).toEqual(posts);
  await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(page.getByTestId('post')).toHaveCount(board.length);
  expect(await boardShown(page)).toEqual(board);
  await page.getByRole('link', { name: 'Mijn uren' }).click();
  await expect(page.getByTestId('balance')).toHaveText('0 uur');

  // Without the recovery file another profile keeps a copy to look at: the same board.
  const viewer = await openDevice(browser, `${site.url}/restore/`);
  devices.push(viewer);
  await viewer.page.getByLabel('Het bestand met het netwerk').setInputFiles({
    name: exportDownload.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: exported,
  });
  await viewer.page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(viewer.page.getByTestId('restored')).toContainText('Dit apparaat heeft nu een kopie om te bekijken.', {
    timeout: 60_000,
  });
  await viewer.page.getByRole('link', { name: 'Naar het prikbord' }).click();
  await expect(viewer.page.getByTestId('post')).toHaveCount(board.length, { timeout: 30_000 });
  expect(await boardShown(viewer.page)).toEqual(board);
});

const timeOverflow = fileURLToPath(new URL('../fixtures/timeoverflow/', import.meta.url));

test('the sample TimeOverflow bank, imported through the coordinator page, comes over with its balances', async ({
  browser,
  devices,
  network,
}) => {
  test.setTimeout(300_000);
  const { coordinator: carla } = await network([]);
  const c = carla.page;
  // With the keyboard: both files chosen, then a look at what comes over.
  await openSection(c, 'import');
  await chooseFile(c, c.getByLabel('Ledenlijst uit TimeOverflow (CSV)'), {
    name: 'Members_2026-03-02.csv',
    mimeType: 'text/csv',
    buffer: await readFile(`${timeOverflow}Members_2026-03-02.csv`),
  });
  await chooseFile(c, c.getByLabel('Aanbod uit TimeOverflow (CSV, mag leeg blijven)'), {
    name: 'Offers_2026-03-02.csv',
    mimeType: 'text/csv',
    buffer: await readFile(`${timeOverflow}Offers_2026-03-02.csv`),
  });
  await press(c, c.getByRole('button', { name: 'Bekijken wat er meekomt' }));
  const preview = c.getByTestId('import-preview');
  // TimeOverflow keeps balances in seconds: 7200 is 2 hours. Together 46,800 s = 13 hours.
  await expect(preview.getByRole('status')).toHaveText(
    '12 buren en 8 keer aanbod komen mee. Samen brengen ze +13 uur mee.',
  );
  const balances: [name: string, balance: string][] = [
    ['Annie de Vries', '+2 uur'],
    ['Mohamed El Amrani', '−1,5 uur'],
    ['Joke Bakker', '0 uur'],
    ['Henk Jansen', '+10 uur'],
    ['Fatma Yılmaz', '−3 uur'],
    ['Kees van den Berg', '+0,75 uur'],
    ['Ria "Tante Ria" Smit', '−1 uur'],
    ['Boer, Sander de', '+1,5 uur'],
    ['Priya Ramdin', '+4 uur'],
    ['Wim Visser', '−0,25 uur'],
    ['Gerda Mulder', '+1 uur'],
    ['Youssef Haddad', '−0,5 uur'],
  ];
  await expect(preview.getByTestId('import-member')).toHaveCount(12);
  const previewed = await preview
    .getByTestId('import-member')
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.lastElementChild?.textContent ?? '']),
    );
  expect(previewed).toEqual(balances);
  await expect(preview).toContainText('De buurtpot komt zo op min 13 uur');
  await expectAccessible(c, 'coordinator page with an import preview');

  await press(c, c.getByRole('button', { name: '12 buren overzetten' }));
  await expect(c.locator('#import').getByRole('status')).toHaveText('12 buren en 8 keer aanbod zijn overgezet.', {
    timeout: 60_000,
  });
  await expect(preview).toHaveCount(0);
  // A second import would carry the same hours twice: refused, in words (the files are
  // still chosen on this page).
  await c.getByRole('button', { name: 'Bekijken wat er meekomt' }).click();
  await c.getByRole('button', { name: '12 buren overzetten' }).click();
  await expect(c.locator('#import').getByRole('alert')).toHaveText(
    'Er zitten al buren in dit netwerk. Overzetten kan alleen in een nieuw netwerk.',
  );
  await openSection(c, 'members');
  for (const [name, balance] of balances) {
    await expect(memberRow(c, name).getByTestId('member-balance')).toHaveText(balance);
    await expect(memberRow(c, name).getByTestId('member-status')).toHaveText('lid');
  }
  // The pot and every balance add up to zero.
  await openSection(c, 'pot');
  await expect(c.getByTestId('pot-balance')).toHaveText('−13 uur');
  await openSection(c, 'members');
  await expect(memberRow(c, 'Carla').getByTestId('member-balance')).toHaveText('0 uur');
  await expectAccessible(c, 'coordinator page after an import');
  await openSection(c, 'board');
  await expect(c.getByTestId('toolkit-post')).toHaveCount(8);

  // A neighbour who joins afterwards gets it all over WebRTC: the offers on the board.
  const eva = await askToJoin(browser, await inviteLink(c), 'Eva', 'Kerkplein');
  devices.push(eva);
  await admit(c, 'Eva');
  await enterBoard(eva.page);
  await expect(eva.page.getByTestId('post')).toHaveCount(8, { timeout: 30_000 });
  await expect(eva.page.getByTestId('post').filter({ hasText: 'Heg snoeien' })).toContainText('Mohamed El Amrani');

  // After a reload the coordinator's page reads the same from the device's own copy.
  await c.reload();
  await openSection(c, 'members');
  for (const [name, balance] of balances) {
    await expect(memberRow(c, name).getByTestId('member-balance')).toHaveText(balance);
  }
  await openSection(c, 'pot');
  await expect(c.getByTestId('pot-balance')).toHaveText('−13 uur');
});

/** The month as the report counts it: a calendar month in Europe/Amsterdam, "YYYY-MM". */
function amsterdamMonth(time: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .formatToParts(time)
    .filter((part) => part.type !== 'literal');
  return parts.map((part) => part.value).join('-');
}

/** One measure of the report, as its table reads: month and figure of each row. */
function reportTable(page: Page, measure: string): Promise<string[][]> {
  return page
    .getByTestId(`report-${measure}`)
    .getByTestId('report-row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-month') ?? '',
        row.querySelector('[data-testid=report-value]')?.textContent ?? '',
      ]),
    );
}

/** What one measure's chart writes at its bars, and which bars it draws. */
function chartBars(page: Page, measure: string): Promise<[text: string, drawn: boolean][]> {
  return page
    .getByTestId(`chart-${measure}`)
    .getByTestId('chart-bar')
    .evaluateAll((bars) =>
      bars.map(
        (bar) =>
          [bar.getAttribute('data-text') ?? '', !bar.querySelector('rect')?.classList.contains('none')] as [
            string,
            boolean,
          ],
      ),
    );
}

/** The reasons the outreach list gives for one neighbour. */
function outreachOf(page: Page, name: string) {
  return page
    .getByTestId('outreach-line')
    .filter({ has: page.getByRole('heading', { name, exact: true }) })
    .getByTestId('outreach-reason');
}

test('the outreach list and the report show the right figures for a scripted history', async ({ network }) => {
  test.setTimeout(400_000);
  const { coordinator: carla, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
    ['Cor', 'Kerkplein'],
    ['Dina', 'Havenstraat'],
  ]);
  const [anna, bram, cor, dina] = neighbours as [Device, Device, Device, Device];
  const c = carla.page;
  const month = amsterdamMonth(Date.now());
  // Bram helps Anna for 2 hours; Cor helps Bram with the hedge for 1 hour. Dina only joined.
  await helpedFor(
    'Wie wil mee naar de huisarts?',
    { asker: anna.page, agreer: anna.page, confirmer: anna.page, helper: bram.page },
    '2',
  );
  await postRequest(bram.page, 'Wie helpt met de heg?', 'Tuin');
  await openPost(cor.page, 'Wie helpt met de heg?');
  await cor.page.getByRole('button', { name: 'Ik help graag' }).click();
  await openPost(bram.page, 'Wie helpt met de heg?');
  await bram.page.getByTestId('exchange').getByRole('button', { name: 'Ja, graag' }).click();
  const corExchange = cor.page.getByTestId('exchange');
  await expect(corExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await corExchange.getByLabel('Uren').fill('1');
  await corExchange.getByRole('button', { name: 'Doorgeven' }).click();
  await openPost(bram.page, 'Wie helpt met de heg?');
  await bram.page.getByTestId('exchange').getByRole('button', { name: 'Klopt, bevestigen' }).click();
  await expect(corExchange.getByTestId('proposal-status')).toContainText('bijgeschreven');
  await openSection(c, 'members');
  await expect(memberRow(c, 'Cor').getByTestId('member-balance')).toHaveText('+1 uur');
  await expect(memberRow(c, 'Anna').getByTestId('member-balance')).toHaveText('−2 uur');

  // Outreach: Anna was helped and helped nobody, and never answered anyone; Cor never put
  // anything up; Dina did neither; Bram asked, answered, helped and was helped. The
  // coordinator is not on it.
  await openSection(c, 'outreach');
  await expect(outreachOf(c, 'Anna')).toHaveText([
    'Heeft nog nooit op iemand gereageerd.',
    'Is geholpen (2 uur) en heeft zelf nog niemand geholpen: nodig uit om iets kleins aan te bieden.',
  ]);
  await expect(outreachOf(c, 'Cor')).toHaveText(['Heeft nog nooit iets gevraagd of aangeboden.']);
  await expect(outreachOf(c, 'Dina')).toHaveText([
    'Heeft nog nooit iets gevraagd of aangeboden.',
    'Heeft nog nooit op iemand gereageerd.',
  ]);
  await expect(c.getByTestId('outreach-line')).toHaveCount(3);

  // With the keyboard, down the coordinator's page: a warning from the members table, a
  // kind message from the outreach list, a search in the audit log.
  await openSection(c, 'members');
  const corRow = memberRow(c, 'Cor');
  await press(c, corRow.locator('summary'));
  await press(c, corRow.getByRole('button', { name: 'Een waarschuwing geven: Cor' }));
  await expect(corRow.locator('form.act-form .hint')).toHaveText(
    'Alleen Cor en de coördinatoren kunnen dit lezen. Zeg wat er beter kan, niet wat er mis is met iemand.',
  );
  await type(c, corRow.getByLabel('Een vriendelijk woord aan Cor'), 'Laat je het weten als je niet kunt komen?');
  await press(c, corRow.getByRole('button', { name: 'Versturen' }));
  await expect(corRow.getByRole('status')).toHaveText('Cor krijgt je woord te zien.');
  await cor.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(cor.page.getByTestId('notice').filter({ hasText: 'Laat je het weten' })).toHaveAttribute(
    'data-kind',
    'warning',
  );
  await openSection(c, 'outreach');
  const dinaLine = c.getByTestId('outreach-line').filter({ has: c.getByRole('heading', { name: 'Dina' }) });
  await press(c, dinaLine.getByRole('button', { name: 'Vriendelijk bericht sturen: Dina' }));
  const message = dinaLine.getByLabel('Bericht aan Dina (alleen Dina kan het lezen)');
  await expect(message).toHaveValue(/^Hoi Dina, hoe gaat het\?/);
  await expectAccessible(c, 'coordinator page with the outreach list and a kind message');
  await press(c, dinaLine.getByRole('button', { name: 'Versturen' }));
  await expect(dinaLine.getByRole('status')).toHaveText('Je bericht aan Dina is verstuurd.');
  await expect(dina.page.getByTestId('notice').filter({ hasText: 'Hoi Dina, hoe gaat het?' })).toHaveAttribute(
    'data-kind',
    'message',
  );
  await openSection(c, 'log');
  await type(c, c.getByLabel('Zoeken in het logboek'), 'niet kunt komen');
  await expect(c.getByTestId('audit-line')).toHaveCount(1);
  await expect(c.getByTestId('audit-line')).toHaveAttribute('data-type', 'warn');
  await expect(c.getByTestId('audit-line')).toContainText('Carla');

  // The report shows closed months only: this month is not in it yet, and it says so.
  await openSection(c, 'keep');
  await press(c, c.getByRole('link', { name: 'Naar het verslag' }));
  await expect(c.getByRole('heading', { name: 'Verslag: wat doet het netwerk?', level: 1 })).toBeVisible();
  await expect(c.getByTestId('report-closed-only')).toHaveText(
    'De cijfers van de lopende maand komen erbij als de maand gesloten is: een week nadat hij voorbij is, zodat wat laat binnenkomt ook meetelt.',
  );
  await expect(c.getByText('Nog geen cijfers.')).toBeVisible();
  await expect(c.getByTestId('report-row')).toHaveCount(0);
  await expectAccessible(c, 'report page before a month has closed');

  // Ten weeks later, with nothing done since, this month and the next have closed (a month
  // closes a week after it ends). This month: 5 members, all new and all active (joining is
  // doing something); 2 exchanges, one who both gave and received, one exchange in each kind
  // of help: each of those is under 5 and shown as "< 5", and the hours next to a hidden
  // count are hidden. The months after count the same 5 members, with nobody new and nobody
  // active ("< 5", zero included).
  const lastEntry = Date.now();
  await c.clock.setFixedTime(lastEntry + 10 * 7 * 24 * 60 * 60 * 1000);
  await c.reload();
  await expect(c.getByTestId('report-members').getByTestId('report-row').first()).toBeVisible();
  const expected: Record<string, string> = {
    members: '5',
    new: '5',
    active: '5',
    exchanges: '< 5',
    hours: 'verborgen',
    reciprocal: '< 5',
  };
  // Read until they hold: ten weeks on, the laptop writes a checkpoint by itself after the
  // reload and derives again, so the page's first figures may be redrawn once.
  await expect(async () => {
    for (const [measure, value] of Object.entries(expected)) {
      expect((await reportTable(c, measure))[0], measure).toEqual([month, value]);
      expect((await chartBars(c, measure))[0], measure).toEqual([value, /^\d+$/.test(value)]);
    }
    const later = await reportTable(c, 'members');
    expect(later.length).toBeGreaterThanOrEqual(2);
    expect(later.map(([, value]) => value)).toEqual(later.map(() => '5'));
    expect((await reportTable(c, 'new')).slice(1).map(([, value]) => value)).toEqual(later.slice(1).map(() => '< 5'));
    expect((await reportTable(c, 'active')).slice(1).map(([, value]) => value)).toEqual(
      later.slice(1).map(() => '< 5'),
    );
  }).toPass({ timeout: 60_000 });
  const later = await reportTable(c, 'members');
  // Every kind of help of the network is a row, whether it had an exchange or not (§5.1).
  const categories = c.getByTestId('report-category');
  await expect(categories).toHaveCount(defaultCategories.length + 1);
  await expect(categories.filter({ hasText: 'Meegaan naar een afspraak' })).toHaveText(
    /^Meegaan naar een afspraak\s*< 5\s*verborgen$/,
  );
  await expect(categories.filter({ hasText: 'Tuin' })).toHaveText(/^Tuin\s*< 5\s*verborgen$/);
  await expect(categories.last()).toHaveText(/^Overig\s*< 5\s*verborgen$/);
  expect(await chartBars(c, 'categories')).toEqual([...defaultCategories, 'other'].map(() => ['< 5', false]));
  // Never a name on it.
  for (const name of ['Carla', 'Anna', 'Bram', 'Cor', 'Dina'])
    await expect(c.getByRole('main')).not.toContainText(name);
  await expectAccessible(c, 'report page');

  // The CSV says the same, with the keyboard.
  const [csv] = await Promise.all([
    c.waitForEvent('download'),
    press(c, c.getByRole('button', { name: 'Cijfers opslaan (CSV)' })),
  ]);
  const lines = (await readFile(await csv.path(), 'utf8'))
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  const columns = [...defaultCategories, 'Overig'];
  expect(lines.slice(0, 2)).toEqual([
    `Maand,Leden,Nieuwe leden,Actieve leden,Keer geholpen,Uren,Leden die gaven én ontvingen,${columns.map((k) => `${k}: Keer geholpen,${k}: Uren`).join(',')}`,
    `${month},5,5,5,< 5,verborgen,< 5,${columns.map(() => '< 5,verborgen').join(',')}`,
  ]);
  expect(lines).toHaveLength(later.length + 1);

  await c.getByRole('link', { name: 'Coördinator', exact: true }).click();
  await openSection(c, 'outreach');
  const since = `Niets meer gedaan sinds ${new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric' }).format(lastEntry)}.`;
  for (const name of ['Anna', 'Bram', 'Cor', 'Dina']) await expect(outreachOf(c, name)).toContainText([since]);
  await expect(outreachOf(c, 'Bram')).toHaveText([since]);
  await expect(c.getByTestId('outreach-line')).toHaveCount(4);
});
