// The named selectors are plain functions of a SessionView: fed here without any room.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { lobbyView } from '../../../../src/core/lobby.ts';
import type { NetworkRecord } from '../../../../src/data/devices/index.ts';
import { postById, respondersTo } from '../../../../src/data/exchange/index.ts';
import { joinProgress } from '../../../../src/data/joining/index.ts';
import type { SessionView } from '../../../../src/data/session/index.ts';
import { categoriesOf, isCoordinator, ownMemberStatus } from '../../../../src/data/session/index.ts';
import { keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const record: NetworkRecord = {
  id: 'x',
  name: '',
  area: '',
  role: 'newcomer',
  lobbySecret: '',
  relays: [],
  roomSecret: null,
  epoch: 0,
  details: null,
  joinId: null,
  opened: 0,
};

async function viewOf(network: TestNetwork, me: string, fields: Partial<SessionView>): Promise<SessionView> {
  const ledger = await network.ledger();
  return {
    me,
    memberKey: me,
    identity: network.founder,
    net: network.net,
    phase: 'member',
    record,
    memberState: ledger.state,
    lobbyView: { ...lobbyView(network.netId, ledger.entries(), network.clock), arrivals: new Map() },
    integrity: { refused: 0, restored: 0, storageFull: false },
    ...fields,
  };
}

describe('selectors', () => {
  it('read the member room by phase: loading until it is open', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const view = await viewOf(network, keyOf(anna), {});
    expect(ownMemberStatus(view)).toBe('admitted');
    expect(ownMemberStatus({ ...view, phase: 'member-loading' })).toBe('loading');
    expect(isCoordinator(view)).toBe(false);
    const founder = toBase64Url(network.founder.signing.publicKey);
    expect(isCoordinator({ ...view, me: founder, memberKey: founder })).toBe(true);
    expect(categoriesOf(view)).toContain('tuin');
    expect(categoriesOf({ ...view, memberState: null })).toContain('boodschappen');
  });

  it('find a post and who responded to it', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const post = network.post(anna);
    network.write(bram, 'match-accept', { post: post.id, with: anna.signing.publicKey });
    const view = await viewOf(network, keyOf(anna), {});
    const id = toBase64Url(post.id);
    expect(postById(view, id)?.author).toBe(keyOf(anna));
    expect(respondersTo(view, id)).toEqual([keyOf(bram)]);
    expect(postById({ ...view, memberState: null }, id)).toBeNull();
  });

  it('tell how far a join is', async () => {
    const network = new TestNetwork();
    const { identity } = network.join('Nina');
    const me = keyOf(identity);
    const view = await viewOf(network, me, { phase: 'waiting', memberState: null });
    expect(joinProgress(view)).toBe('sent');
    expect(joinProgress({ ...view, phase: 'member-loading' })).toBe('member');
    expect(joinProgress({ ...view, me: 'someone-else' })).toBe('not-asked');
    expect(joinProgress({ ...view, me: 'someone-else', record: { ...record, details } })).toBe('queued');
  });
});

const details = { area: '', offers: [], words: '', languages: [], note: '', contact: '', name: 'Nina' };
