// Review of #19 (outside), a stranger with the poster filling disks: the lobby's ledger runs
// without rules (RoomFactory: `rules: false`), so its Y.Doc keeps every authentic entry,
// whatever its type and whether or not a join paid its proof of work. A signature with a
// fresh key costs the sender microseconds; every coordinator, kiosk and waiting newcomer
// then stores and relays the entry for good (the lobby doc is never pruned). The proof of
// work prices what the coordinator sees, not what everyone's disk keeps.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entriesMapName, YjsEntryLog } from '../../../src/core/adapters/yjsEntryLog.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { bodyOf, failingJoinWork, idOf, TestNetwork } from './TestNetwork.ts';

describe("a stranger's free entries in the lobby doc", () => {
  it('joins without the proof of work are not kept in (nor relayed from) the lobby doc', async () => {
    const network = new TestNetwork({ joinWork: 8 });
    const { join } = network.join('Echt');
    const spam = Array.from({ length: 100 }, () => {
      const bot = newIdentity();
      return network.write(bot, 'join', {
        ...bodyOf(join, 'join'),
        boxKey: bot.box.publicKey,
        work: failingJoinWork(network, bot),
      });
    });
    // A coordinator's lobby: the ledger as RoomFactory makes it for the lobby.
    const doc = new Y.Doc();
    const ledger = new Ledger(network.netId, { now: () => network.clock + 1000, rules: false });
    const log = new YjsEntryLog(doc, ledger);
    // The stranger's peer puts them into the shared doc, as a Yjs update would.
    const map = doc.getMap<Uint8Array>(entriesMapName);
    doc.transact(() => {
      for (const signed of [network.genesis, join, ...spam]) map.set(idOf(signed), signed.bytes);
    });
    await log.settled();
    const kept = spam.filter((signed) => map.has(idOf(signed)));
    const bytes = kept.reduce((sum, signed) => sum + signed.bytes.length, 0);
    // Correct: none kept (as garbage is removed). Now: all 100, `bytes` bytes for nothing.
    expect({ kept: kept.length, bytes }).toEqual({ kept: 0, bytes: 0 });
    expect(map.has(idOf(join))).toBe(true);
  });
});
