// The fixture with a checkpoint, as a phone meets it (docs/protocol.md §7.1): the fixture's
// coordinators and kiosk sign a checkpoint at the end of the latest quarter due (30 days
// before the fixture's end), and the part after it is what a phone keeps. Four years'
// traffic is spread over four years, so the part holds the last months of it, as a phone's
// would. Shared by the benches of a phone: a new device in the part (partNewDevice.ts), its
// first verification and its cold open (phoneOpen.ts).
import * as Y from 'yjs';
import { entriesMapName } from '../src/core/adapters/yjsEntryLog.ts';
import { pagesMapName } from '../src/core/adapters/yjsSummaryPages.ts';
import { dueUntil } from '../src/core/checkpoint/CheckpointBook.ts';
import { checkpointSummary } from '../src/core/checkpoint/summary.ts';
import { hash } from '../src/core/crypto/hash.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import type { Identity } from '../src/core/Identity.ts';
import { Ledger } from '../src/core/Ledger.ts';
import { type Fixture, loadFixture } from './fixtureFile.ts';
import { benchSeed, busyYear } from './yearFixture.ts';

export interface CheckpointedFixture {
  fixture: Fixture;
  /** Where the signers' clocks stood: a day after the fixture's end. */
  now: number;
  /** Every entry: the fixture's and the checkpoint's signatures. */
  records: [string, Uint8Array][];
  /** The checkpoint's summary hash, base64url: what a device is handed at pairing. */
  summaryText: string;
  /** How many entries the part after the checkpoint holds (its carried ones included). */
  partCount: number;
  /** The whole history's doc, as a device that was there all along holds it. */
  wholeUpdate: Uint8Array;
  /** The part's doc alone (its entries, the summary and its pages), as a phone keeps it. */
  partUpdate: Uint8Array;
  /** Every member's balance by the whole history, derived in Node. */
  wholeBalances: Map<string, number>;
}

/** The busy year's fixture over `years`, kept in .bench/, with its checkpoint. */
export function checkpointedFixture(root: string, years: number, log: (line: string) => void) {
  const size = {
    members: busyYear.members,
    posts: busyYear.posts * years,
    transfers: busyYear.transfers * years,
    messages: busyYear.messages * years,
    span: years,
  };
  return checkpointFixture(loadFixture(root, size, benchSeed, log), log);
}

/** Any fixture with its checkpoint: the end-to-end tests' small ones too. */
export async function checkpointFixture(fixture: Fixture, log: (line: string) => void) {
  // The checkpoint, signed by everyone holding the coordinator or kiosk role (the quorum).
  const now = fixture.endTime + 86_400_000;
  const ledger = new Ledger(fixture.networkId, { now: () => now });
  await ledger.add(fixture.records, { trusted: true });
  const until = dueUntil(now);
  const built = checkpointSummary(fixture.networkId, { part: 1, after: null, until }, [...ledger.held.values()]);
  const signed: [string, Uint8Array][] = [];
  for (const identity of [fixture.founder, ...fixture.members.slice(0, 2)] as Identity[]) {
    const entry = ledger.write(identity, 'checkpoint', { part: 1, after: null, summary: built.hash }, { time: now });
    const id = toBase64Url(entry.id);
    if ((await ledger.add([[id, entry.bytes]])).refused.length) throw new Error('checkpoint refused');
    signed.push([id, entry.bytes]);
  }
  const carried = new Set(built.sections.carried.map((record) => record.key));
  const records = [...fixture.records, ...signed];
  const inPart = records.filter(([id]) => !built.frontier.has(id) || carried.has(id));
  const pages = [built.summary, ...built.pages];
  const docOf = (entries: [string, Uint8Array][]) => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const map = doc.getMap<Uint8Array>(entriesMapName);
      for (const [id, bytes] of entries) map.set(id, bytes);
      const pageMap = doc.getMap<Uint8Array>(pagesMapName);
      for (const bytes of pages) pageMap.set(toBase64Url(hash(bytes)), bytes);
    });
    return Y.encodeStateAsUpdate(doc);
  };
  log(
    `${records.length} entries; checkpoint until ${new Date(until).toISOString()}: ${built.frontier.size} in its frontier, the part ${inPart.length}`,
  );
  return {
    fixture,
    now,
    records,
    summaryText: toBase64Url(built.hash),
    partCount: inPart.length,
    wholeUpdate: docOf(records),
    partUpdate: docOf(inPart),
    wholeBalances: new Map([...ledger.state.members].map(([key, member]) => [key, member.balance])),
  } satisfies CheckpointedFixture;
}
