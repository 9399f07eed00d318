// The two messages of an in-person join, read as strictly as an entry: a peer's bytes.
import { describe, expect, it } from 'vitest';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import {
  encodeInPersonAdmitted,
  encodeInPersonJoin,
  readInPersonAdmitted,
  readInPersonJoin,
} from '../../../src/core/inPersonJoin.ts';

describe('in-person join messages', () => {
  it('carry a join one way and the join with its admit the other', () => {
    const join = new Uint8Array([1, 2, 3]);
    const admit = new Uint8Array([4, 5]);
    expect(readInPersonJoin(encodeInPersonJoin(join))).toEqual(join);
    expect(readInPersonAdmitted(encodeInPersonAdmitted([join, admit]))).toEqual([join, admit]);
  });

  it('hostile: anything else is nothing', () => {
    const join = new Uint8Array([1]);
    for (const message of [
      new Uint8Array([0xff, 0x00]),
      encodeCanonical({ kind: 'admitted', entries: [join] }),
      encodeCanonical({ kind: 'join', entry: join, extra: 1 }),
      encodeCanonical({ kind: 'join', entry: new Uint8Array(16 * 1024 + 1) }),
      encodeCanonical({ kind: 'join', entry: 'text' }),
    ]) {
      expect(readInPersonJoin(message)).toBeNull();
    }
    expect(readInPersonAdmitted(encodeCanonical({ kind: 'admitted', entries: [join, join, join] }))).toBeNull();
    expect(readInPersonAdmitted(encodeInPersonJoin(join))).toBeNull();
  });
});
