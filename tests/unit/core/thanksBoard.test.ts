// The thank-you board (docs/protocol-together.md §4): a thank-you shows only while both of
// its people's latest consent says show; either can take it back; a coordinator can hide
// it; nobody else has a say.
import { describe, expect, it } from 'vitest';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';
import { thanksBoard } from '../../../src/core/state/thanksBoard.ts';
import { scramble } from './scenarios.ts';
import { idOf, snapshot, TestNetwork } from './TestNetwork.ts';

function neighbourhood() {
  const network = new TestNetwork();
  const [anna, bram, eva] = ['Anna', 'Bram', 'Eva'].map((name) => network.member(name)) as [
    Identity,
    Identity,
    Identity,
  ];
  const thanks = network.write(anna, 'thanks', {
    to: bram.signing.publicKey,
    text: 'Dank voor de soep!',
    transfer: null,
  });
  return { network, anna, bram, eva, thanks };
}

function show(network: TestNetwork, by: Identity, thanks: SignedEntry, yes: boolean): SignedEntry {
  return network.write(by, 'thanks-show', { thanks: thanks.id, show: yes });
}

const shown = (state: NetworkState) => thanksBoard(state).map((t) => t.id);

describe('the thank-you board', () => {
  it('shows a thank-you once both sides said show, not before', async () => {
    const { network, anna, bram, thanks } = neighbourhood();
    expect(shown(await network.state())).toEqual([]);
    show(network, anna, thanks, true);
    expect(shown(await network.state())).toEqual([]);
    show(network, bram, thanks, true);
    expect(shown(await network.state())).toEqual([idOf(thanks)]);
  });

  it('does not show one side refused', async () => {
    const { network, anna, bram, thanks } = neighbourhood();
    show(network, anna, thanks, true);
    show(network, bram, thanks, false);
    expect(shown(await network.state())).toEqual([]);
  });

  it('either side can take it back later, and give it again', async () => {
    const { network, anna, bram, thanks } = neighbourhood();
    show(network, anna, thanks, true);
    show(network, bram, thanks, true);
    show(network, bram, thanks, false);
    expect(shown(await network.state())).toEqual([]);
    show(network, bram, thanks, true);
    expect(shown(await network.state())).toEqual([idOf(thanks)]);
    show(network, anna, thanks, false);
    expect(shown(await network.state())).toEqual([]);
  });

  it('a coordinator can hide it, whatever both said', async () => {
    const { network, anna, bram, thanks } = neighbourhood();
    show(network, anna, thanks, true);
    show(network, bram, thanks, true);
    network.write(network.founder, 'hide-post', { post: thanks.id, reason: 'Noemt een adres' });
    expect(shown(await network.state())).toEqual([]);
  });

  it("someone else's consent is not-party and shows nothing", async () => {
    const { network, anna, eva, thanks } = neighbourhood();
    show(network, anna, thanks, true);
    const stranger = show(network, eva, thanks, true);
    const state = await network.state();
    expect(state.rejected.get(idOf(stranger))?.reason).toBe('not-party');
    expect(shown(state)).toEqual([]);
  });

  it('a consent waits for its thank-you', async () => {
    const { network, bram, thanks } = neighbourhood();
    const yes = show(network, bram, thanks, true);
    const state = await network.state(network.entries.filter((e) => e !== thanks));
    expect(state.rejected.get(idOf(yes))?.reason).toBe('missing-ref');
  });

  it('the latest consent counts in any order of arrival, with copies', async () => {
    const { network, anna, bram, thanks } = neighbourhood();
    show(network, anna, thanks, true);
    show(network, bram, thanks, true);
    show(network, bram, thanks, false);
    show(network, bram, thanks, true);
    show(network, anna, thanks, false);
    const reference = await network.state();
    expect(shown(reference)).toEqual([]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const state = await network.state(scramble(network.entries, seed));
      expect(shown(state)).toEqual([]);
      expect(snapshot(state)).toEqual(snapshot(reference));
    }
  });
});
