// Every file a person picks is read by a strict reader that answers with the file's
// contents or a plain, typed problem: never an unexpected error, never a hang. Truncated,
// grown, flipped, another network's, another version's, hostile CBOR, hostile CSV.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openRecovery, sealRecovery } from '../../../src/core/crypto/recoveryFile.ts';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import { bodyReaders } from '../../../src/core/entry/bodies.ts';
import { readNetworkFile, writeNetworkFile } from '../../../src/core/export/networkFile.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { readTimeOverflowMembers, readTimeOverflowPosts } from '../../../src/core/import/timeOverflow.ts';
import { enrollBody, postBody } from '../../../src/core/import/writeImport.ts';
import { TestNetwork } from './TestNetwork.ts';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Every length from 0 to the whole, for small files; a spread of them for large ones. */
function cutLengths(length: number, most = 400): number[] {
  const step = Math.max(1, Math.floor(length / most));
  const lengths = new Set<number>([0, 1, 2, length - 2, length - 1]);
  for (let cut = 0; cut < length; cut += step) lengths.add(cut);
  return [...lengths].filter((cut) => cut >= 0 && cut < length);
}

/** CBOR that claims more than it holds, or nests deeper than any stack. */
const hostileCbor: [string, Uint8Array][] = [
  ['an array of 2^32 items, empty', new Uint8Array([0x9a, 0xff, 0xff, 0xff, 0xff])],
  ['a byte string of 2^63 bytes, empty', new Uint8Array([0x5b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
  ['a map of 2^32 pairs, empty', new Uint8Array([0xba, 0xff, 0xff, 0xff, 0xff])],
  ['100,000 nested arrays', new Uint8Array(100_000).fill(0x81)],
  ['100,000 nested maps', Uint8Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? 0xa1 : 0x60))],
  ['an indefinite-length array that never ends', new Uint8Array([0x9f, 0x01, 0x02])],
  ['a tag around a tag around ...', new Uint8Array(50_000).fill(0xc6)],
  ['a float where an integer goes', encodeCanonical({ format: 'buurtruil network', version: 2.5 })],
  ['nothing', new Uint8Array()],
];

describe('the network file reader', () => {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  network.transfer(anna, network.founder, 60);
  const file = writeNetworkFile({
    network: network.net,
    made: network.clock,
    entries: network.entries.map((e) => e.bytes),
  });

  it('reads the file it wrote', () => {
    expect(readNetworkFile(file)).toMatchObject({ ok: true });
  });

  it('refuses every cut of the file as "not a network file"', () => {
    for (const cut of cutLengths(file.length)) {
      expect(readNetworkFile(file.slice(0, cut)), `cut at ${cut}`).toEqual({
        ok: false,
        problem: 'not-a-network-file',
      });
    }
  });

  it('answers any flipped bytes with the file or a typed problem', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(file.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        (flips) => {
          const changed = file.slice();
          for (const [at, xor] of flips) changed[at] = (changed[at] ?? 0) ^ xor;
          const read = readNetworkFile(changed);
          if (!read.ok) expect(['not-a-network-file', 'other-version']).toContain(read.problem);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers random bytes and hostile CBOR with a typed problem', () => {
    for (const [name, bytes] of hostileCbor)
      expect(readNetworkFile(bytes), name).toEqual({ ok: false, problem: 'not-a-network-file' });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(readNetworkFile(bytes).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('says "another version" for any other version, older or newer', () => {
    for (const version of [0, 1, 3, 1_000_001, 2 ** 40]) {
      const other = encodeCanonical({
        format: 'buurtruil network',
        version,
        network: network.net,
        made: 1,
        entries: [],
      });
      expect(readNetworkFile(other), `version ${version}`).toEqual({ ok: false, problem: 'other-version' });
    }
  });
});

describe('the recovery file reader', { timeout: 120_000 }, () => {
  const handover = {
    net: random(20),
    name: 'Buurtruil Oosterpark',
    area: 'Oosterpark',
    lobby: random(32),
    relays: ['wss://buurt.example.nl/signal'],
    epoch: 0,
    room: random(32),
    member: random(32),
  };
  const passphrase = 'ABCD-EFGH-JKMN-PQRS-TVWX';

  it('says "malformed" for every cut, for grown files, for hostile CBOR and for other versions, without deriving a key', async () => {
    const file = await sealRecovery({ identity: newIdentity(), network: handover, seq: 3 }, passphrase);
    for (const cut of cutLengths(file.length, 200)) {
      expect(await openRecovery(file.slice(0, cut), passphrase), `cut at ${cut}`).toEqual({
        ok: false,
        problem: 'malformed',
      });
    }
    const grown = new Uint8Array(file.length + 1);
    grown.set(file);
    expect(await openRecovery(grown, passphrase)).toEqual({ ok: false, problem: 'malformed' });
    for (const [name, bytes] of hostileCbor)
      expect(await openRecovery(bytes, passphrase), name).toEqual({ ok: false, problem: 'malformed' });
    // A file far larger than any recovery file: refused as it is, not decoded.
    expect(await openRecovery(new Uint8Array(32 * 1024 * 1024).fill(0x41), passphrase)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });

  it('says "wrong passphrase" for a changed sealed box (the seal does not open)', async () => {
    const file = await sealRecovery({ identity: newIdentity(), network: handover, seq: 3 }, passphrase);
    const changed = file.slice();
    changed[changed.length - 5] = (changed[changed.length - 5] ?? 0) ^ 0x10;
    expect(await openRecovery(changed, passphrase)).toEqual({ ok: false, problem: 'wrong-passphrase' });
  });
});

describe('the TimeOverflow reader', () => {
  const membersHeader =
    'N,Naam,E-mail,Telefoonnummer,Alternatief telefoonnummer,Aangemaakt,Laatste login,Locale,Balans,Wijk\n';
  const postsHeader = ',Aanbod,Tags,Gebruiker,Aangemaakt\n';
  const hostile = fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '1',
      '0',
      '-',
      '=',
      '+',
      '@',
      ':',
      ',',
      '"',
      '\r',
      '\n',
      '\t',
      ' ',
      '(',
      ')',
      'é',
      '😀',
      '\u0000',
      '\u200b',
    ),
    maxLength: 400,
  });
  const identity = newIdentity();
  const expires = Date.UTC(2030, 0, 1);

  it('reads any text to members and posts that make valid entries, or says why not, and never throws', () => {
    fc.assert(
      fc.property(hostile, hostile, (members, posts) => {
        for (const [membersText, postsText] of [
          [members, posts],
          [membersHeader + members, postsHeader + posts],
        ] as const) {
          const read = readTimeOverflowMembers(membersText);
          for (const member of read.members) {
            bodyReaders.enroll({ ...enrollBody(member, identity, { consent: '', epoch: 0 }), seen: [] }, 'enroll');
          }
          const offers = readTimeOverflowPosts(postsText, read.members);
          for (const post of offers.posts) {
            const author = read.members.find((m) => m.number === post.member);
            if (!author) throw new Error('a post of nobody imported');
            bodyReaders.post(postBody(post, author, expires), 'post');
          }
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reads rows whose fields are as long as a spreadsheet allows into valid entries', () => {
    const long = (n: number, c = 'x') => c.repeat(n);
    const members = `${membersHeader}7,${long(60)},,,,,,,3600,${long(5000)}\n8,Bea,,,,,,,-99999999999,Oost\n9,"${long(10, '"')}",,,,,,,1:30,Oost\n`;
    const read = readTimeOverflowMembers(members);
    expect(read.members.map((m) => m.number)).toEqual(['7', '9']);
    const posts = `${postsHeader},Tuin,,,\n1,${long(500)},"${Array.from({ length: 2000 }, (_, i) => `tag${i}`).join(', ')}",Anna (7),\n`;
    const offers = readTimeOverflowPosts(posts, read.members);
    expect(offers.posts).toHaveLength(1);
    expect(offers.notices.map((n) => n.kind)).toContain('tags-shortened');
    for (const post of offers.posts) bodyReaders.post(postBody(post, read.members[0] as never, expires), 'post');
  });

  it('reads a category name of a megabyte before thousands of offers, looking at its beginning only', () => {
    const members = readTimeOverflowMembers(`${membersHeader}7,Anna,,,,,,,3600,Oost\n`).members;
    const huge = Array.from({ length: 200_000 }, (_, i) => `woord${i}`).join(' ');
    const offers = Array.from({ length: 2000 }, (_, i) => `${i + 1},Iets ${i},,Anna (7),`).join('\n');
    const read = readTimeOverflowPosts(`${postsHeader},${huge},,,\n${offers}\n`, members);
    expect(read.posts).toHaveLength(2000);
    const guessed = read.notices.filter((n) => n.kind === 'category-guessed');
    expect(guessed).toHaveLength(2000);
    expect(Math.max(...guessed.map((n) => [...n.value].length))).toBeLessThanOrEqual(120);
  });
});
