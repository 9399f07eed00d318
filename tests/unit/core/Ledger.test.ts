// The ledger's two ways of taking entries: with the rules (the member room), or only
// verifying them (the lobby, where anyone with the poster can write).
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { TestNetwork } from './TestNetwork.ts';

describe('Ledger', () => {
  it('a ledger without rules only verifies: joins arriving one by one never derive the state', async () => {
    const network = new TestNetwork({ joinWork: 0 });
    const joins = Array.from({ length: 40 }, (_, i) => network.join(`Buur ${i}`).join);
    const lobby = new Ledger(network.netId, { rules: false });
    const results = [];
    for (const record of network.records([network.genesis, ...joins])) results.push(await lobby.add([record]));
    expect(results.every((result) => result.accepted.length === 1 && !result.rebuilt)).toBe(true);
    expect(lobby.size).toBe(41);
    expect(lobby.state.members.size).toBe(0);
    // The same entries with the rules: every join is an authority entry, judged in order.
    const member = new Ledger(network.netId, {});
    await member.add(network.records([network.genesis, ...joins]));
    expect(member.state.members.size).toBe(41);
  });

  it('refuses what is not authentic in either mode', async () => {
    const network = new TestNetwork();
    for (const rules of [true, false]) {
      const ledger = new Ledger(network.netId, { rules });
      const result = await ledger.add([['nep', new Uint8Array(100)]]);
      expect(result.refused).toEqual(['nep']);
      expect(ledger.size).toBe(0);
    }
  });

  it('judges an authority entry it is about to write with the page given turns, and as in one go', async () => {
    const network = new TestNetwork({ joinWork: 0 });
    const members = Array.from({ length: 30 }, (_, i) => network.member(`Buur ${i}`));
    for (const member of members) network.post(member);
    let pauses = 0;
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000, pause: async () => void pauses++ });
    await ledger.add(network.records());
    const [first, second] = members as [(typeof members)[0], (typeof members)[0]];
    // The founder may make a coordinator; a member who is none may not.
    const byFounder = ledger.write(network.founder, 'grant-role', {
      member: first.signing.publicKey,
      role: 'coordinator',
    });
    const byMember = ledger.write(second, 'grant-role', { member: first.signing.publicKey, role: 'coordinator' });
    pauses = 0;
    expect(await ledger.check(byFounder)).toBeNull();
    expect(pauses).toBeGreaterThan(0);
    const refused = await ledger.check(byMember);
    expect(refused).not.toBeNull();
    // The same verdicts from a ledger that never pauses.
    const inOneGo = await network.ledger();
    expect(await inOneGo.check(byFounder)).toBeNull();
    expect(await inOneGo.check(byMember)).toBe(refused);
  });

  it("asking whether an entry would be refused leaves the state as it was: its chain and its author's head", async () => {
    const network = new TestNetwork({ joinWork: 0 });
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.post(anna);
    const ledger = await network.ledger();
    const annaKey = toBase64Url(anna.signing.publicKey);
    const before = ledger.state.heads.get(annaKey);
    const chained = ledger.state.chain.size;
    // Thanks to herself: refused by the rules (to another member only); to Bram: allowed.
    const refused = ledger.write(anna, 'thanks', { to: anna.signing.publicKey, text: 'Dank', transfer: null });
    expect(await ledger.check(refused)).not.toBeNull();
    const allowed = ledger.write(anna, 'thanks', { to: bram.signing.publicKey, text: 'Dank', transfer: null });
    expect(await ledger.check(allowed)).toBeNull();
    expect(ledger.state.heads.get(annaKey)).toEqual(before);
    expect(ledger.state.chain.size).toBe(chained);
  });
});
