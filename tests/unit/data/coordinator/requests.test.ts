// The coordinator's list of waiting requests under a flood: the newest arrival first, a
// page at a time, and search by name and street that reaches every request.
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { lobbyView } from '../../../../src/core/lobby.ts';
import { sealJoinDetails } from '../../../../src/core/sealing.ts';
import {
  openRequestsInSlices,
  requestPage,
  requestsShown,
  setAsideScope,
} from '../../../../src/data/coordinator/index.ts';
import type { NetworkRecord } from '../../../../src/data/devices/index.ts';
import type { SessionView } from '../../../../src/data/session/index.ts';
import { idOf, keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const record = { id: 'x', role: 'founder', details: null } as unknown as NetworkRecord;

/** A newcomer's join with their own name and street. */
function joinAs(network: TestNetwork, name: string, area: string, time?: number) {
  const newcomer = newIdentity();
  const { join } = network.join(name, newcomer, time === undefined ? {} : { time });
  // TestNetwork seals 'Oosterpark' as the street: seal these details instead.
  const sealed = sealJoinDetails(
    { name, area, offers: [], words: '', languages: [], note: '', contact: '' },
    [network.founder.box.publicKey],
    network.net,
    newcomer.signing.publicKey,
  );
  network.entries.pop();
  return network.write(
    newcomer,
    'join',
    { ...(join.entry.body as { boxKey: Uint8Array; work: Uint8Array }), sealed },
    {
      time: join.entry.time,
    },
  );
}

async function coordinatorView(network: TestNetwork, arrivals: Map<string, number>): Promise<SessionView> {
  const ledger = await network.ledger();
  return {
    me: keyOf(network.founder),
    memberKey: keyOf(network.founder),
    identity: network.founder,
    net: network.net,
    phase: 'member',
    record,
    memberState: ledger.state,
    lobbyView: { ...lobbyView(network.netId, ledger.entries(), network.clock), arrivals },
    integrity: { refused: 0, restored: 0, storageFull: false },
  };
}

describe('the coordinator’s waiting requests', () => {
  it('a real newcomer in a flood: the newest arrival is first, and search finds her wherever she is', async () => {
    const network = new TestNetwork();
    const arrivals = new Map<string, number>();
    // Nina asked first; then a flood arrived after her, one by one.
    const nina = joinAs(network, 'Nina Öztürk', 'Kerkplein');
    arrivals.set(idOf(nina), 1);
    for (let i = 0; i < 60; i++) arrivals.set(idOf(joinAs(network, `Bot ${i}`, 'Nergensstraat')), 2 + i);
    const view = await coordinatorView(network, arrivals);

    const first = requestPage(view, '');
    expect(first.matching).toBe(61);
    expect(first.shown).toHaveLength(requestsShown);
    expect(first.shown[0]?.details?.name).toMatch(/^Bot /);
    expect(first.shown.map((r) => r.join.id)).not.toContain(idOf(nina));
    // A search looks only into what is opened, and says how many wait; opened in slices, all.
    expect(requestPage(view, 'nina')).toMatchObject({ shown: [], unopened: 61 - requestsShown });
    let slices = 0;
    await openRequestsInSlices(
      view,
      async () => {},
      () => slices++,
      0,
    );
    expect(slices).toBeGreaterThan(1);
    // "Show more" until the end reaches her too.
    expect(requestPage(view, '', 75).shown.map((r) => r.join.id)).toContain(idOf(nina));
    // Search by name (without accents, any case) and by street.
    for (const query of ['nina', 'OZTURK', 'kerkpl']) {
      expect(requestPage(view, query).shown.map((r) => r.join.id)).toEqual([idOf(nina)]);
    }
    expect(requestPage(view, 'Nergensstraat').matching).toBe(60);
    expect(requestPage(view, 'niemand').shown).toEqual([]);
  }, 60_000);

  it('a backdated claim does not stay first: the next arrival goes above it', async () => {
    const network = new TestNetwork();
    const backdated = joinAs(network, 'Vroeg', 'Ergens', 0);
    const arrivals = new Map([[idOf(backdated), 1]]);
    const nina = joinAs(network, 'Nina', 'Kerkplein');
    arrivals.set(idOf(nina), 2);
    const view = await coordinatorView(network, arrivals);
    expect(requestPage(view, '').shown.map((r) => r.join.id)).toEqual([idOf(nina), idOf(backdated)]);
  });

  it('setting aside covers every waiting request, one dated a little ahead too', async () => {
    const network = new TestNetwork();
    joinAs(network, 'Bot', 'Nergens');
    const ahead = joinAs(network, 'Vooruit', 'Nergens', network.clock + 5 * 60_000);
    const view = await coordinatorView(network, new Map());
    expect(setAsideScope(view, network.clock)).toEqual({ before: ahead.entry.time, count: 2 });
  });
});
