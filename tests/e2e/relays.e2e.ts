// A network that lists two relays (its own and, say, a neighbour organisation's): devices
// use both, and when one stops in the middle of an exchange they carry on through the
// other. Each device is reloaded after the stop, so every WebRTC connection has to be set
// up again through the relay that is left.

import { startRelayOnly } from '../support/processes.ts';
import { expect, test } from './fixtures.ts';
import { openPost, postRequest } from './network.ts';
import { connectionStatus, type Device, expectPeers } from './peers.ts';

test('two relays, one stopped mid-exchange: the neighbours keep syncing through the other', async ({
  relays,
  network,
}) => {
  test.setTimeout(180_000);
  const [first, second] = [await startRelayOnly(), await startRelayOnly()];
  relays.push(first, second);
  const { coordinator, neighbours } = await network(
    [
      ['Anna', 'Dorpsstraat'],
      ['Bram', 'Molenweg'],
    ],
    { relay: `ws://127.0.0.1:${first.port}/signal ws://127.0.0.1:${second.port}/signal` },
  );
  const [anna, bram] = neighbours as [Device, Device];
  for (const device of [anna, bram]) {
    await expect(connectionStatus(device.page)).toHaveAttribute('data-relays', '2');
    await expectPeers(device.page, 1);
  }

  const title = 'Wie haalt er zaterdag boodschappen voor me?';
  await postRequest(anna.page, title);
  await openPost(bram.page, title);
  await bram.page.getByRole('button', { name: 'Ik help graag' }).click();
  await expect(bram.page.getByTestId('match-status')).toContainText('Anna laat weten of het past');

  // The first relay goes away in the middle of the exchange.
  await first.stop();
  for (const device of [coordinator, anna, bram]) await device.page.reload();
  for (const device of [anna, bram]) {
    await expect(connectionStatus(device.page)).toHaveAttribute('data-relays', '1');
    await expectPeers(device.page, 1);
  }

  // Anna sees Bram's response, says yes, and Bram hears it: all through the second relay.
  await openPost(anna.page, title);
  const annaExchange = anna.page.getByTestId('exchange');
  await annaExchange.getByRole('button', { name: 'Ja, graag' }).click();
  await expect(annaExchange.getByTestId('match-status')).toHaveText('Afgesproken!');
  await expect(bram.page.getByTestId('exchange').getByTestId('match-status')).toHaveText('Afgesproken!');

  // And a post written now reaches the coordinator too.
  await postRequest(bram.page, 'Ladder te leen');
  await coordinator.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(coordinator.page.getByTestId('requests-list').getByRole('link')).toContainText(['Ladder te leen']);
});
