// The ledger's two ways of taking entries: with the rules (the member room), or only
// verifying them (the lobby, where anyone with the poster can write).
import { describe, expect, it } from 'vitest';
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
});
