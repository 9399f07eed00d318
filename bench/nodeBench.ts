// Figures measured in Node: validate and derive the whole year from scratch, apply one new
// entry, and the size of the encoded Y.Doc.
import * as Y from 'yjs';
import { entriesMapName } from '../src/core/adapters/yjsEntryLog.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import { Ledger } from '../src/core/Ledger.ts';
import { tableRows } from '../src/data/store/index.ts';
import { collectGarbage } from './collectGarbage.ts';
import type { Fixture } from './fixtureFile.ts';
import { useNodeSha256 } from './nodeSha256.ts';
import { signatureWork } from './signatureWork.ts';
import { type Paired, repeat, repeatPaired, type Summary } from './stats.ts';
import { verifyFloorMs } from './verifyFloor.ts';

export interface NodeFigures {
  /** (1) every entry verified, the rules derived, the rows built; floor: verify + hash alone. */
  validateProjectNodeMs: Paired;
  incrementalApplyMs: Summary;
  ydocV2Bytes: number;
  entryBytes: number;
}

export async function nodeBench(fixture: Fixture, runs: number): Promise<NodeFigures> {
  // A Node process hashes with node:crypto through the core's hash port, as the floor does.
  useNodeSha256();
  const now = () => fixture.endTime + 86_400_000;
  let ledger = new Ledger(fixture.networkId, { now });
  const work = signatureWork(fixture);
  const paired = await repeatPaired(
    runs,
    // Each after a full collection: neither pays for the garbage the other left (collectGarbage.ts).
    () => {
      collectGarbage();
      return verifyFloorMs(work);
    },
    async () => {
      ledger = new Ledger(fixture.networkId, { now });
      collectGarbage();
      const started = performance.now();
      await ledger.add(fixture.records);
      tableRows(ledger.state, ledger.rejections());
      return { ms: performance.now() - started };
    },
  );
  const validateProjectNodeMs = paired.ms;
  if (ledger.rejections().size > 0) throw new Error(`the fixture has ${ledger.rejections().size} rejected entries`);

  const [payer, receiver] = fixture.members;
  if (!payer || !receiver) throw new Error('fixture without members');
  // The runs above leave a few hundred MB of earlier ledgers behind; V8 collects them
  // while the entries below are applied (marking steps of up to ~90 ms on this thread were
  // seen), which made this figure measure the garbage collector (5.5 ms in round 2; under
  // 1 ms once the collection had finished, on a loaded machine). Collect first, so it
  // measures applying an entry.
  collectGarbage();
  const incrementalApplyMs = await repeat(runs * 4, async () => {
    const signed = ledger.write(payer, 'transfer', {
      to: receiver.signing.publicKey,
      minutes: 60,
      what: 'Nog een uurtje',
      post: null,
      proposal: null,
    });
    const started = performance.now();
    const result = await ledger.add([[toBase64Url(signed.id), signed.bytes]]);
    if (result.rebuilt) throw new Error('a plain transfer should not need a rebuild');
    return performance.now() - started;
  });

  const doc = new Y.Doc();
  const map = doc.getMap<Uint8Array>(entriesMapName);
  doc.transact(() => {
    for (const [id, bytes] of fixture.records) map.set(id, bytes);
  });
  return {
    validateProjectNodeMs,
    incrementalApplyMs,
    ydocV2Bytes: Y.encodeStateAsUpdateV2(doc).length,
    entryBytes: fixture.records.reduce((n, [, bytes]) => n + bytes.length, 0),
  };
}

/** The whole doc as one Yjs update (V1, as y-indexeddb stores it), for seeding a browser. */
export function docUpdate(fixture: Fixture): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap<Uint8Array>(entriesMapName);
  doc.transact(() => {
    for (const [id, bytes] of fixture.records) map.set(id, bytes);
  });
  return Y.encodeStateAsUpdate(doc);
}
