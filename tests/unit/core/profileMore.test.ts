// "Ervaring met …" (docs/protocol-together.md §7): a member's own free text; the latest
// counts whatever order the copies arrive in; nobody writes it for another; too long is
// not an entry at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../src/core/entry/readEntry.ts';
import { scramble } from './scenarios.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

describe('ervaring met', () => {
  it("is the member's latest, in any order and with copies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer({ min: 1, max: 6 }), async (seed, count) => {
        const network = new TestNetwork();
        const anna = network.member('Anna');
        const written = Array.from({ length: count }, (_, i) =>
          network.write(anna, 'profile-more', { experience: `ervaring ${i}` }),
        );
        const latest = written[written.length - 1];
        const scrambled = await network.state(scramble([...network.entries, ...written], seed));
        expect(scrambled.members.get(keyOf(anna))?.experience?.from.id).toBe(latest && idOf(latest));
        expect(scrambled.members.get(keyOf(anna))?.experience?.text).toBe(`ervaring ${count - 1}`);
      }),
      { numRuns: 25 },
    );
  });

  it('belongs to its author: a second member writing one changes only their own', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.write(anna, 'profile-more', { experience: 'een rolstoel' });
    network.write(bram, 'profile-more', { experience: 'kleine kinderen' });
    const state = await network.state();
    expect(state.members.get(keyOf(anna))?.experience?.text).toBe('een rolstoel');
    expect(state.members.get(keyOf(bram))?.experience?.text).toBe('kleine kinderen');
  });

  it('over 80 characters is malformed and changes nothing', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const long = network.write(anna, 'profile-more', { experience: 'x'.repeat(81) });
    const read = await readEntry(network.net, idOf(long), long.bytes);
    expect(read.ok ? null : read.problem).toBe('malformed');
    const state = await network.state();
    expect(state.members.get(keyOf(anna))?.experience).toBeUndefined();
  });
});
