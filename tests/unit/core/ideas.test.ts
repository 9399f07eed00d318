// Ideas (docs/protocol-together.md §5): shared on the board or sealed to the coordinators;
// exactly one of the two; a sealed idea opens for the coordinators and its author only;
// a coordinator takes a public one off the board with hide-post, a member cannot.
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { openIdea, sealIdea } from '../../../src/core/sealing.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

describe('ideas', () => {
  it('a public idea is on the state; a coordinator hides it, a member cannot', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const bench = network.write(anna, 'idea', { text: 'Een bankje bij de speeltuin', sealed: null });
    const byMember = network.write(bram, 'hide-post', { post: bench.id, reason: '' });
    let state = await network.state();
    expect(state.ideas.get(idOf(bench))).toMatchObject({ author: keyOf(anna), text: 'Een bankje bij de speeltuin' });
    expect(state.rejected.get(idOf(byMember))?.reason).toBe('not-coordinator');
    expect(state.hiddenPosts.has(idOf(bench))).toBe(false);
    network.write(network.founder, 'hide-post', { post: bench.id, reason: '' });
    state = await network.state();
    expect(state.hiddenPosts.has(idOf(bench))).toBe(true);
  });

  it('a sealed idea opens for the coordinator and its author, not for another member', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const sealed = sealIdea(
      'Kunnen we een taalcafé beginnen?',
      [network.founder.box.publicKey, anna.box.publicKey],
      network.net,
      anna.signing.publicKey,
    );
    const idea = network.write(anna, 'idea', { text: null, sealed });
    const kept = (await network.state()).ideas.get(idOf(idea));
    expect(kept?.text).toBeNull();
    const box = kept?.sealed ?? sealed;
    expect(openIdea(box, network.founder, network.net, anna.signing.publicKey)).toBe(
      'Kunnen we een taalcafé beginnen?',
    );
    expect(openIdea(box, anna, network.net, anna.signing.publicKey)).toBe('Kunnen we een taalcafé beginnen?');
    expect(openIdea(box, bram, network.net, anna.signing.publicKey)).toBeNull();
    // Bound to its author: the same box claimed for Bram does not open.
    expect(openIdea(box, network.founder, network.net, bram.signing.publicKey)).toBeNull();
  });

  it('both or neither of text and sealed is malformed', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const sealed = sealIdea('x', [anna.box.publicKey], network.net, anna.signing.publicKey);
    for (const body of [
      { text: 'beide', sealed },
      { text: null, sealed: null },
    ]) {
      const entry = network.write(anna, 'idea', body);
      const read = await readEntry(network.net, idOf(entry), entry.bytes);
      expect(read.ok ? null : read.problem).toBe('malformed');
    }
  });
});
