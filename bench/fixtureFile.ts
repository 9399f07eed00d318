// The year fixture, made once per size and seed and kept in .bench/ (generating means
// signing and sealing tens of thousands of entries; reading the file takes a moment).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as dagCbor from '@ipld/dag-cbor';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import { type Identity, identityFromSecrets } from '../src/core/Identity.ts';
import { type FixtureSize, makeYearFixture } from './yearFixture.ts';

export interface Fixture {
  networkId: string;
  net: Uint8Array;
  records: [string, Uint8Array][];
  founder: Identity;
  /** The first few members, whose devices the browser benchmarks play. */
  members: Identity[];
  roomSecret: Uint8Array;
  endTime: number;
  size: FixtureSize;
}

interface Stored {
  networkId: string;
  net: Uint8Array;
  records: [string, Uint8Array][];
  secrets: [Uint8Array, Uint8Array][];
  roomSecret: Uint8Array;
  endTime: number;
}

const keep = 24;

export function loadFixture(root: string, size: FixtureSize, seed: number, log: (line: string) => void): Fixture {
  const folder = join(root, '.bench');
  // Bump the version when the fixture's making changes, so an old file is not reused.
  const spread = size.span && size.span !== 1 ? `-over-${size.span}-to-2025` : '';
  const file = join(
    folder,
    `year-p4-${seed}-${size.members}-${size.posts}-${size.transfers}-${size.messages}${spread}.cbor`,
  );
  if (!existsSync(file)) {
    const started = performance.now();
    const made = makeYearFixture(size, seed);
    const stored: Stored = {
      networkId: made.networkId,
      net: made.net,
      records: made.entries.map((e) => [toBase64Url(e.id), e.bytes]),
      secrets: [made.founder, ...made.members.slice(0, keep)].map((i) => [i.signing.secretKey, i.box.secretKey]),
      roomSecret: made.roomSecret,
      endTime: made.endTime,
    };
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, dagCbor.encode(stored));
    log(
      `fixture: made ${stored.records.length} entries in ${((performance.now() - started) / 1000).toFixed(1)} s (kept in ${file})`,
    );
  }
  const stored = dagCbor.decode(readFileSync(file)) as Stored;
  const [founder, ...members] = stored.secrets.map(([s, b]) => identityFromSecrets(s, b));
  return {
    networkId: stored.networkId,
    net: stored.net,
    records: stored.records,
    founder: founder as Identity,
    members,
    roomSecret: stored.roomSecret,
    endTime: stored.endTime,
    size,
  };
}
