// Each join's work is hashed once on a lobby device (review #19): one more paid join costs
// the lobby's ledger its one hash and the view none for the joins before it.
import { describe, expect, it, vi } from 'vitest';
import type { LogChange } from '../../../../src/core/adapters/yjsEntryLog.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import * as joinWork from '../../../../src/core/joinWork.ts';
import { Ledger } from '../../../../src/core/Ledger.ts';
import { LobbyRoom } from '../../../../src/data/joining/LobbyRoom.ts';
import type { Room } from '../../../../src/sync/Room.ts';
import { idOf, TestNetwork } from '../../core/TestNetwork.ts';

vi.mock('../../../../src/core/joinWork.ts', async (original) => {
  const real = await original<typeof import('../../../../src/core/joinWork.ts')>();
  return { ...real, joinWorkBits: vi.fn(real.joinWorkBits) };
});

describe("the lobby view's work per paid join", () => {
  it('hashes a join once in the ledger and once in the view, however many came before', async () => {
    const network = new TestNetwork({ joinWork: 2 });
    const ledger = new Ledger(network.netId, { now: () => network.clock, rules: false });
    const listeners: ((change: LogChange) => void)[] = [];
    const room = { ledger, onEntries: (listener: (change: LogChange) => void) => listeners.push(listener) };
    const lobby = new LobbyRoom(room as unknown as Room, network.netId, null, () => network.clock);
    const add = async (...signed: SignedEntry[]) => {
      const change = await ledger.add(signed.map((s) => [idOf(s), s.bytes] as const));
      for (const listener of listeners) listener({ ...change, restored: [] });
    };
    await add(network.genesis);
    for (let i = 0; i < 100; i++) await add(network.join(`Buur ${i}`, newIdentity()).join);
    const hashes = vi.mocked(joinWork.joinWorkBits);
    hashes.mockClear();
    await add(network.join('Nina', newIdentity()).join);
    expect(lobby.view.pending).toHaveLength(101);
    expect(hashes.mock.calls.length).toBeLessThanOrEqual(2);
  }, 60_000);
});
