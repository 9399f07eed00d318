// What people do in the browser to set up a network, as steps the tests share: the
// coordinator starts it, newcomers open the invite and ask to join, the coordinator
// admits them. Every step goes through the real pages, like a person would.
import { type Browser, type BrowserContextOptions, expect, type Page } from '@playwright/test';
import { type Device, openDevice } from './peers.ts';
import { openSection } from './toolkit.ts';

export interface NetworkOptions {
  name?: string;
  /** ws:// relay for the network; the page's own relay when left out. */
  relay?: string;
  welcomeHours?: number;
  creditLimitHours?: number;
  /** The join's proof of work, in bits (more settings); the page's own 16 when left out. */
  joinWork?: number;
  /** The neighbours' browsers: a phone (viewport, isMobile, hasTouch) when given; a laptop when left out. */
  device?: BrowserContextOptions;
  /** Every device of the network installs the offline service worker (peers.ts blocks it otherwise). */
  serviceWorker?: boolean;
}

function withServiceWorker(options: NetworkOptions, device?: BrowserContextOptions): BrowserContextOptions | undefined {
  return options.serviceWorker ? { ...device, serviceWorkers: 'allow' } : device;
}

export async function startNetwork(browser: Browser, siteUrl: string, options: NetworkOptions = {}): Promise<Device> {
  const coordinator = await openDevice(browser, `${siteUrl}/start/`, withServiceWorker(options));
  const page = coordinator.page;
  await page.getByLabel('Naam van het netwerk').fill(options.name ?? 'Buurtruil Oosterpark');
  await page.getByLabel('Buurt of wijk').fill('Oosterpark');
  await page.getByLabel('Welkomstcadeau voor nieuwe buren (uren)').fill(String(options.welcomeHours ?? 0));
  if (options.creditLimitHours !== undefined) {
    await page.getByLabel(/Hoeveel uur mag iemand/).fill(String(options.creditLimitHours));
  }
  if (options.relay) await page.getByLabel('Verbindingsadres (relay)').fill(options.relay);
  if (options.joinWork !== undefined) {
    await page.getByText('Meer instellingen').click();
    await page.getByLabel(/Hoeveel rekenwerk een aanvraag kost/).fill(String(options.joinWork));
  }
  await page.getByLabel('Jouw naam, zoals buren je zien').fill('Carla');
  await page.getByRole('button', { name: 'Netwerk beginnen' }).click();
  await page.waitForURL('**/coordinator/');
  await openSection(page, 'invite');
  await expect(page.getByTestId('invite-link')).toHaveValue(/\/join\/#net=/);
  return coordinator;
}

export async function inviteLink(coordinator: Page): Promise<string> {
  await openSection(coordinator, 'invite');
  return coordinator.getByTestId('invite-link').inputValue();
}

/**
 * For the join's steps that wait on more than this page: meeting the coordinator in the lobby
 * (a fresh WebRTC handshake; a stuck one is given up after 20 s, WebrtcRoomNetwork.ts), the
 * proof of work before the request is sent (16 bits: a random number of hashes with a long
 * tail; with the machine's two cores busy this wait took up to 8.6 s in 40 joins), and
 * meeting again in the member room. The default 15 s leaves too little room for that tail.
 */
const meetingWait = { timeout: 45_000 };

/** A newcomer opens the invite and asks to join; returns when the request is sent. */
export async function askToJoin(
  browser: Browser,
  invite: string,
  name: string,
  street: string,
  device?: BrowserContextOptions,
): Promise<Device> {
  const newcomer = await openDevice(browser, invite, device);
  const page = newcomer.page;
  await expect(page.getByRole('heading', { name: /Welkom bij/ })).toBeVisible(meetingWait);
  await page.getByLabel('Hoe mogen buren je noemen?').fill(name);
  await page.getByLabel('In welke straat of buurt woon je?').fill(street);
  await page.getByLabel('Boodschappen').check();
  await page.getByRole('button', { name: 'Vraag om mee te doen' }).click();
  await expect(page.getByTestId('join-status')).toContainText('Je aanvraag is verstuurd', meetingWait);
  return newcomer;
}

/** The coordinator welcomes a newcomer from the page of requests. */
export async function admit(coordinator: Page, name: string): Promise<void> {
  await openSection(coordinator, 'requests');
  const request = coordinator.getByTestId('join-request').filter({ hasText: name });
  await request.getByRole('button', { name: 'Welkom heten' }).click();
  await expect(request).toHaveCount(0);
}

/** The newcomer's page notices the admission and goes to the board. */
export async function enterBoard(newcomer: Page): Promise<void> {
  await expect(newcomer.getByTestId('join-status')).toContainText('Welkom!');
  // The welcome stays where it was, admitted (the page once jumped under the tap, with the
  // network's name gone: the lobby it came from is left).
  await expect(newcomer.getByRole('heading', { name: /Welkom bij \S/, level: 1 })).toBeVisible();
  await expect(newcomer.getByTestId('join-status')).toContainText(/Je hoort nu bij \S/);
  await newcomer.getByRole('link', { name: 'Naar het prikbord' }).click();
  await expect(newcomer.getByRole('heading', { name: 'Prikbord', level: 1 })).toBeVisible();
  // The member room has arrived on this device: it knows itself as a member.
  await expect(newcomer.getByRole('main')).toHaveAttribute('data-member-status', 'admitted', meetingWait);
}

/**
 * Coordinator plus neighbours, all admitted and on the board. The neighbours ask at once, as
 * people who got the invite the same evening would (the joins' proofs of work and lobby
 * meetings overlap instead of adding up); the coordinator then welcomes each in the order
 * given, so the admissions are written in that order.
 */
export async function networkWith(
  browser: Browser,
  siteUrl: string,
  people: [name: string, street: string][],
  options: NetworkOptions = {},
): Promise<{ coordinator: Device; neighbours: Device[] }> {
  const coordinator = await startNetwork(browser, siteUrl, options);
  const invite = await inviteLink(coordinator.page);
  const neighbours = await Promise.all(
    people.map(([name, street]) =>
      askToJoin(browser, invite, name, street, withServiceWorker(options, options.device)),
    ),
  );
  for (const [name] of people) await admit(coordinator.page, name);
  await Promise.all(neighbours.map((device) => enterBoard(device.page)));
  return { coordinator, neighbours };
}

export async function postRequest(page: Page, title: string, category = 'Meegaan naar een afspraak'): Promise<void> {
  await page.getByRole('link', { name: 'Vragen of aanbieden' }).click();
  await page.getByLabel('Ik vraag hulp').check();
  await page.getByLabel('Korte titel').fill(title);
  await page.getByLabel(category).check();
  await page.getByRole('button', { name: 'Ophangen' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

export async function openPost(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}
