// The two messages of an in-person join, read as strictly as an entry: a peer's bytes.
import { describe, expect, it } from 'vitest';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import {
  encodeInPersonAdmitted,
  encodeInPersonJoin,
  provesLink,
  readInPersonAdmitted,
  readInPersonJoin,
} from '../../../src/core/inPersonJoin.ts';

const net = new Uint8Array(20).fill(7);

describe('in-person join messages', () => {
  it('carry a join with its proof one way and the join with its admit the other', async () => {
    const nina = newIdentity();
    const join = new Uint8Array([1, 2, 3]);
    const admit = new Uint8Array([4, 5]);
    const read = readInPersonJoin(encodeInPersonJoin(join, nina, net, '123456'));
    expect(read?.entry).toEqual(join);
    expect(await provesLink(read?.proof ?? new Uint8Array(64), nina.signing.publicKey, net, '123456')).toBe(true);
    expect(readInPersonAdmitted(encodeInPersonAdmitted([join, admit]))).toEqual([join, admit]);
  });

  it('hostile: a join handed over by a device without its key, or for another link, proves nothing', async () => {
    const nina = newIdentity();
    const stranger = newIdentity();
    const read = readInPersonJoin(encodeInPersonJoin(new Uint8Array([1]), stranger, net, '123456'));
    const proof = read?.proof ?? new Uint8Array(64);
    expect(await provesLink(proof, nina.signing.publicKey, net, '123456')).toBe(false);
    expect(await provesLink(proof, stranger.signing.publicKey, net, '654321')).toBe(false);
    expect(await provesLink(proof, stranger.signing.publicKey, new Uint8Array(20), '123456')).toBe(false);
  });

  it('hostile: anything else is nothing', () => {
    const join = new Uint8Array([1]);
    for (const message of [
      new Uint8Array([0xff, 0x00]),
      encodeCanonical({ kind: 'admitted', entries: [join] }),
      encodeCanonical({ kind: 'join', entry: join }),
      encodeCanonical({ kind: 'join', entry: join, proof: new Uint8Array(64), extra: 1 }),
      encodeCanonical({ kind: 'join', entry: new Uint8Array(16 * 1024 + 1) }),
      encodeCanonical({ kind: 'join', entry: 'text' }),
    ]) {
      expect(readInPersonJoin(message)).toBeNull();
    }
    expect(readInPersonAdmitted(encodeCanonical({ kind: 'admitted', entries: [join, join, join] }))).toBeNull();
    expect(readInPersonAdmitted(encodeInPersonJoin(join, newIdentity(), net, '000000'))).toBeNull();
  });
});
