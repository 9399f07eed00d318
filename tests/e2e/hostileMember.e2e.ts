// Attacking the rules in the browser, as a member (honest key, bad intent) or a stranger
// with the poster would: data meant to crash a page, and a copy of someone's payment
// under a field name every JavaScript object inherits. Entries are signed in Node with the
// device's own keys and arrive in its kept doc, as a peer's would.

import * as dagCbor from '@ipld/dag-cbor';
import { fromBase64Url, idFromText } from '../../src/core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../../src/core/entry/bodies.ts';
import { entryId, type SignedEntry, signEntry } from '../../src/core/entry/Entry.ts';
import { newIdentity } from '../../src/core/Identity.ts';
import { findJoinWork } from '../../src/core/joinWork.ts';
import { type JoinDetails, sealJoinDetails } from '../../src/core/sealing.ts';
import { asValue, chainHead, deliverWhileAway, deviceIdentity, updateWith } from '../support/deviceStore.ts';
import { encodeTree, type Tree, toTree } from '../unit/core/looseCbor.ts';
import { moveClocksTo } from './clock.ts';
import { expect, test } from './fixtures.ts';
import { inviteLink, postRequest } from './network.ts';
import type { Device } from './peers.ts';
import { openSection } from './toolkit.ts';

async function networkId(coordinator: Device): Promise<Uint8Array> {
  const link = new URL(await inviteLink(coordinator.page));
  const net = fromBase64Url(new URLSearchParams(link.hash.slice(1)).get('net') ?? '');
  if (!net) throw new Error('no network id in the invite');
  return net;
}

const day = 24 * 60 * 60 * 1000;

const postBody = {
  kind: 'offer' as const,
  text: 'Even bellen.',
  area: 'Dorpsstraat',
  minutes: 60,
  expires: Date.UTC(2100, 0, 1),
  viaCoordinator: false,
};

/** The next entry of the device's own chain, signed in Node with its own key (an honest key, bad intent). */
async function nextOwnEntry<T extends EntryType>(
  device: Device,
  net: Uint8Array,
  type: T,
  body: Bodies[T],
  time = Date.now(),
): Promise<SignedEntry> {
  const keys = await deviceIdentity(device.page);
  const head = await chainHead(device.page, keys);
  return signEntry(keys, { net, type, seq: head.seq + 1, prev: idFromText(head.id), time, body });
}

/** A post (postBody with `fields`) from the device's own key, arriving in its kept doc. */
async function postFromOwnDevice(
  siteUrl: string,
  device: Device,
  net: Uint8Array,
  time: number,
  fields: { title: string; category: string },
): Promise<void> {
  const post = await nextOwnEntry(device, net, 'post', { ...postBody, ...fields }, time);
  const update = await updateWith(device.page, 'buurtruil-doc-', [asValue(post)]);
  await deliverWhileAway(device.page, 'buurtruil-doc-', update, `${siteUrl}/`);
}

test('a post in the category "constructor" and a join whose sealed details miss a field: every page keeps working', async ({
  site,
  network,
}) => {
  test.setTimeout(180_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const net = await networkId(coordinator);

  // Anna's own device writes a post whose category is a name every object inherits.
  await postFromOwnDevice(site.url, anna, net, Date.now(), { title: 'Ladder te leen', category: 'constructor' });
  await expect(bram.page.getByTestId('offers-list').getByRole('link', { name: /Ladder te leen/ })).toBeVisible();
  await expect(bram.page.getByTestId('guarded')).toHaveCount(0);
  await bram.page
    .getByTestId('offers-list')
    .getByRole('link', { name: /Ladder te leen/ })
    .click();
  await expect(bram.page.getByRole('heading', { name: 'Ladder te leen' })).toBeVisible();

  // A stranger with the poster sends a join whose sealed details are not a whole request.
  const coordinatorKeys = await deviceIdentity(coordinator.page);
  const stranger = newIdentity();
  const join = signEntry(stranger, {
    net,
    type: 'join',
    seq: 1,
    prev: null,
    time: Date.now(),
    body: {
      boxKey: stranger.box.publicKey,
      sealed: sealJoinDetails(
        { name: 'Zonder straat' } as unknown as JoinDetails,
        [coordinatorKeys.box.publicKey],
        net,
        stranger.signing.publicKey,
      ),
      work: findJoinWork(net, stranger.signing.publicKey, stranger.box.publicKey, 16),
    },
  });
  const lobbyUpdate = await updateWith(coordinator.page, 'buurtruil-lobby-', [asValue(join)]);
  await deliverWhileAway(coordinator.page, 'buurtruil-lobby-', lobbyUpdate, `${site.url}/coordinator/`);
  await expect(coordinator.page.getByRole('heading', { name: 'Coördinator', level: 1 })).toBeVisible();
  await expect(coordinator.page.getByTestId('join-request')).toContainText('Deze aanvraag kun je niet lezen');
  await openSection(coordinator.page, 'members');
  await expect(coordinator.page.getByTestId('members')).toContainText('Bram');
  await expect(coordinator.page.getByTestId('guarded')).toHaveCount(0);
});

test("a copy of Anna's payment under an inherited field name is refused: Bram keeps his hour, Anna's later entries count", async ({
  site,
  network,
}) => {
  test.setTimeout(180_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const net = await networkId(coordinator);
  const bramKeys = await deviceIdentity(bram.page);
  const payment = await nextOwnEntry(anna, net, 'transfer', {
    to: bramKeys.signing.publicKey,
    minutes: 60,
    what: 'Fiets gerepareerd',
    post: null,
    proposal: null,
  });
  await deliverWhileAway(
    anna.page,
    'buurtruil-doc-',
    await updateWith(anna.page, 'buurtruil-doc-', [asValue(payment)]),
    `${site.url}/`,
  );
  await bram.page.goto(`${site.url}/#/uren`);
  await expect(bram.page.getByTestId('balance')).toHaveText('+1 uur');

  // Someone copies the payment with a field named toString under Anna's own signature:
  // in protocol 1 that made a second authentic copy, a fork in Anna's name.
  const fields = toTree(dagCbor.decode(payment.bytes.subarray(64))) as Tree[];
  const body = fields[7] as { map: [string, Tree][] };
  fields[7] = { map: [...body.map, ['toString', 1]] };
  const payload = encodeTree(fields);
  const copy = new Uint8Array(64 + payload.length);
  copy.set(payment.bytes.subarray(0, 64));
  copy.set(payload, 64);
  const copyId = entryId(copy);
  await deliverWhileAway(
    coordinator.page,
    'buurtruil-doc-',
    await updateWith(coordinator.page, 'buurtruil-doc-', [[Buffer.from(copyId).toString('base64url'), copy]]),
    `${site.url}/`,
  );
  await expect(coordinator.page.getByTestId('integrity-refused')).toContainText('Er kwam iets binnen dat niet klopt');
  await coordinator.page.goto(`${site.url}/coordinator/`);

  // Anna goes on as ever: what she writes next counts everywhere, and Bram keeps his hour.
  await anna.page.goto(`${site.url}/`);
  await postRequest(anna.page, 'Na de aanval: wie helpt met de tuin?', 'Tuin');
  await bram.page.goto(`${site.url}/`);
  await expect(bram.page.getByTestId('requests-list').getByRole('link', { name: /Na de aanval/ })).toBeVisible();
  await bram.page.goto(`${site.url}/#/uren`);
  await expect(bram.page.getByTestId('balance')).toHaveText('+1 uur');
  await openSection(coordinator.page, 'members');
  const rows = coordinator.page.getByTestId('member-row');
  await expect(rows.filter({ hasText: 'Bram' }).getByTestId('member-balance')).toHaveText('+1 uur');
  await expect(rows.filter({ hasText: 'Anna' }).getByTestId('member-balance')).toHaveText('−1 uur');
});

test('a post that claims to show until 2100 shows six months after it was written, and then leaves the board', async ({
  site,
  network,
}) => {
  test.setTimeout(180_000);
  const { coordinator, neighbours } = await network([
    ['Anna', 'Dorpsstraat'],
    ['Bram', 'Molenweg'],
  ]);
  const [anna, bram] = neighbours as [Device, Device];
  const net = await networkId(coordinator);
  // Anna's own device writes an offer whose expiry the editor would never give (at most six months).
  const written = Date.now();
  await postFromOwnDevice(site.url, anna, net, written, { title: 'Ladder te leen tot 2100', category: 'klussen' });
  const offers = bram.page.getByRole('region', { name: 'Aanbod' });
  const ladder = offers.getByRole('link', { name: /Ladder te leen tot 2100/ });
  await expect(ladder).toBeVisible({ timeout: 30_000 });

  // Three months on it still shows; six months and a few days on it shows no more (docs/protocol.md §4.8).
  await moveClocksTo([bram.page], written + 100 * day);
  await expect(ladder).toBeVisible();
  await moveClocksTo([bram.page], written + 186 * day);
  await expect(offers).toContainText('Hier staat nog niets.');
  await expect(ladder).toHaveCount(0);
});
