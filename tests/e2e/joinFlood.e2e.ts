// A paid flood never hides a real newcomer (issue 19, hole 5). A stranger with the poster
// writes 500 join requests with the proof of work; then Nina asks. The coordinator finds
// her by name among them and welcomes her, and sets the flood aside in one act. Omar, who
// asked just before the coordinator did that, is told and asks again in one tap.
//
// The flood is written straight into the coordinator's kept lobby doc (as a peer's
// updates would arrive) by a network started with 8-bit work, so it costs the test a
// second instead of minutes; the rules it meets are the same at any number of bits.
import { fromBase64Url } from '../../src/core/encoding/base64url.ts';
import { signEntry } from '../../src/core/entry/Entry.ts';
import { newIdentity } from '../../src/core/Identity.ts';
import { findJoinWork } from '../../src/core/joinWork.ts';
import { sealJoinDetails } from '../../src/core/sealing.ts';
import { asValue, deliverWhileAway, deviceIdentity, updateWith } from '../support/deviceStore.ts';
import { expectAccessible } from './accessible.ts';
import { expect, test } from './fixtures.ts';
import { askToJoin, enterBoard, inviteLink, startNetwork } from './network.ts';
import { openSection } from './toolkit.ts';

const floodSize = 500;
const bits = 8;

test('the coordinator finds a real newcomer after a paid flood of 500, welcomes her, and sets the flood aside', async ({
  browser,
  site,
  devices,
}) => {
  test.setTimeout(120_000);
  const coordinator = await startNetwork(browser, site.url, { joinWork: bits });
  devices.push(coordinator);
  const invite = await inviteLink(coordinator.page);
  const net = fromBase64Url(new URLSearchParams(new URL(invite).hash.slice(1)).get('net') ?? '') as Uint8Array;

  // The flood: 500 strangers, each with the work paid and details sealed to the coordinator.
  const carla = await deviceIdentity(coordinator.page);
  const flood = Array.from({ length: floodSize }, (_, i) => {
    const stranger = newIdentity();
    return asValue(
      signEntry(stranger, {
        net,
        type: 'join',
        seq: 1,
        prev: null,
        time: Date.now(),
        body: {
          boxKey: stranger.box.publicKey,
          sealed: sealJoinDetails(
            { name: `Bot ${i}`, area: 'Nergensstraat', offers: [], words: '', languages: [], note: '', contact: '' },
            [carla.box.publicKey],
            net,
            stranger.signing.publicKey,
          ),
          work: findJoinWork(net, stranger.signing.publicKey, stranger.box.publicKey, bits),
        },
      }),
    );
  });
  const update = await updateWith(coordinator.page, 'buurtruil-lobby-', flood);
  await deliverWhileAway(coordinator.page, 'buurtruil-lobby-', update, `${site.url}/coordinator/`);
  await openSection(coordinator.page, 'requests');
  await expect(coordinator.page.getByText(`${floodSize} aanvragen wachten op een antwoord`)).toBeVisible();

  // Nina asks after the flood (her device pays the higher price of the lobby's load).
  const nina = await askToJoin(browser, invite, 'Nina', 'Kerkplein');
  devices.push(nina);
  await expect(coordinator.page.getByText(`${floodSize + 1} aanvragen wachten op een antwoord`)).toBeVisible();

  // Found by name, and welcomed.
  await coordinator.page.getByLabel('Zoek een aanvraag op naam of straat').fill('nina');
  const request = coordinator.page.getByTestId('join-request');
  await expect(request).toHaveCount(1);
  await expect(request).toContainText('Nina uit Kerkplein');
  await expectAccessible(coordinator.page, 'requests, searched after a flood');
  await request.getByRole('button', { name: 'Welkom heten' }).click();
  await expect(coordinator.page.getByText('Geen aanvraag met die naam of straat.')).toBeVisible();
  await enterBoard(nina.page);

  // Omar asks; the coordinator sets every request so far aside in one act, his too.
  const omar = await askToJoin(browser, invite, 'Omar', 'Molenweg');
  devices.push(omar);
  await coordinator.page.getByLabel('Zoek een aanvraag op naam of straat').fill('');
  // Omar's device pays the raised price and his join crosses the lobby: slow on a busy machine.
  await expect(coordinator.page.getByText(`${floodSize + 1} aanvragen wachten op een antwoord`)).toBeVisible({
    timeout: 60_000,
  });
  await coordinator.page.getByRole('button', { name: 'Zet alle verzoeken tot nu opzij' }).click();
  await expectAccessible(coordinator.page, 'setting every request aside: the question');
  await coordinator.page.getByRole('button', { name: `Ja, zet ${floodSize + 1} aanvragen opzij` }).click();
  await expect(coordinator.page.getByText('Er zijn nu geen nieuwe aanvragen.')).toBeVisible();

  // Omar is told, and asks again in one tap; his new request is the only one waiting.
  await expect(omar.page.getByTestId('join-status')).toContainText('opzij gezet');
  await expectAccessible(omar.page, 'a request set aside');
  await omar.page.getByRole('button', { name: 'Opnieuw vragen' }).click();
  await expect(omar.page.getByTestId('join-status')).toContainText('Je aanvraag is verstuurd');
  await expect(coordinator.page.getByTestId('join-request')).toHaveCount(1);
  await expect(coordinator.page.getByTestId('join-request')).toContainText('Omar uit Molenweg');
});
