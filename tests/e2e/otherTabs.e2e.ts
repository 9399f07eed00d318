// Two tabs of one device (src/sync/otherTabsOnDemand.ts): a room no longer sends its whole
// doc to other tabs each time it connects, so a tab opened beside another learns what it
// lacks by asking, and is asked in turn. The second tab reaches no relay here: what it
// shows came over the BroadcastChannel.
import { expect, test } from './fixtures.ts';
import { postRequest } from './network.ts';
import { connectionStatus, type Device } from './peers.ts';

test('a second tab without a relay shows what the first holds and writes, and the first what it writes', async ({
  network,
  site,
}) => {
  const { neighbours } = await network([['Anna', 'Dorpsstraat']]);
  const [anna] = neighbours as [Device];
  await postRequest(anna.page, 'Soep over');
  const second = await anna.context.newPage();
  await second.routeWebSocket(/\/signal/, (ws) => ws.close());
  await second.goto(`${site.url}/`);
  await expect(connectionStatus(second)).toHaveAttribute('data-broadcast-peers', '1');
  await expect(second.getByTestId('requests-list').getByRole('link')).toHaveText(['Soep over']);

  // Written in the first tab after the second opened, and the other way round.
  await postRequest(anna.page, 'Ladder lenen');
  await second.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(second.getByTestId('requests-list').getByRole('link')).toContainText(['Ladder lenen']);
  await postRequest(second, 'Plantjes water geven');
  await anna.page.getByRole('link', { name: 'Prikbord', exact: true }).click();
  await expect(anna.page.getByTestId('requests-list').getByRole('link')).toContainText(['Plantjes water geven']);
});
