// The coordinator's "Vandaag": what waits is counted from the network as this device sees
// it, and the menu's badges say the same numbers as the page.
import { describe, expect, it } from 'vitest';
import { lobbyView } from '../../../../src/core/lobby.ts';
import { sealSignal } from '../../../../src/core/sealing.ts';
import { todaySummary, waitingIn } from '../../../../src/data/coordinator/index.ts';
import type { NetworkRecord } from '../../../../src/data/devices/index.ts';
import type { SessionView } from '../../../../src/data/session/index.ts';
import { keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const record = { id: 'x', role: 'founder', details: null } as unknown as NetworkRecord;

async function founderView(network: TestNetwork): Promise<SessionView> {
  const ledger = await network.ledger();
  return {
    me: keyOf(network.founder),
    memberKey: keyOf(network.founder),
    identity: network.founder,
    net: network.net,
    phase: 'member',
    record,
    memberState: ledger.state,
    lobbyView: { ...lobbyView(network.netId, ledger.entries(), network.clock), arrivals: new Map() },
    integrity: { refused: 0, restored: 0, storageFull: false },
  };
}

describe('what waits for the coordinator today', () => {
  it('counts waiting join requests, signals and requests "via de coördinator"', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    network.post(anna, { title: 'Wie belt mij eens?', viaCoordinator: true });
    network.write(anna, 'signal', {
      post: null,
      sealed: sealSignal('Dit wordt me te veel.', [network.founder.box.publicKey], network.net, anna.signing.publicKey),
    });
    network.join('Nina');
    network.join('Omar');
    const now = network.clock + 1000;
    const summary = todaySummary(await founderView(network), now);
    expect(summary).toMatchObject({ requests: 2, signals: 1, viaCoordinator: 1 });
    expect(summary.total).toBe(
      summary.requests + summary.flags + summary.viaCoordinator + summary.signals + summary.outreach,
    );
    expect(waitingIn(summary, 'requests')).toBe(2);
    expect(waitingIn(summary, 'signals')).toBe(1);
    expect(waitingIn(summary, 'flags')).toBe(summary.flags + 1);
    expect(waitingIn(summary, 'today')).toBe(summary.total);
    expect(waitingIn(summary, 'settings')).toBe(0);
  });

  it('a signal sealed to someone else is not counted: the coordinator cannot read it', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.write(anna, 'signal', {
      post: null,
      sealed: sealSignal('Alleen voor Bram.', [bram.box.publicKey], network.net, anna.signing.publicKey),
    });
    const summary = todaySummary(await founderView(network), network.clock + 1000);
    expect(summary.signals).toBe(0);
  });

  it('nothing waits in a network that is quiet: every count is 0', async () => {
    const network = new TestNetwork();
    const summary = todaySummary(await founderView(network), network.clock + 1000);
    expect(summary).toEqual({ requests: 0, flags: 0, viaCoordinator: 0, signals: 0, outreach: 0, total: 0 });
  });

  it('a device without the member room yet waits for nothing rather than failing', () => {
    const view = { memberState: null, lobbyView: null } as unknown as SessionView;
    expect(todaySummary(view).total).toBe(0);
  });
});
