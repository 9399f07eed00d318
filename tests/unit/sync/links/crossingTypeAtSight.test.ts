// The first look never rules out an entry of a crossing type (it would then never cross),
// and rules out every other type, and what is not an entry at all.
import { describe, expect, it } from 'vitest';
import { signatureLength } from '../../../../src/core/crypto/signatures.ts';
import { encodeCanonical } from '../../../../src/core/encoding/canonical.ts';
import { entryTypes } from '../../../../src/core/entry/bodies.ts';
import { protocolVersion } from '../../../../src/core/entry/Entry.ts';
import { isCrossingType } from '../../../../src/core/links/crossingTypes.ts';
import { mayCross } from '../../../../src/sync/links/crossingTypeAtSight.ts';
import { LinkedPair } from './linkedNetworks.ts';

/** The wire form's start for a type, as the canonical encoder writes it. */
function wireOf(type: string, version = protocolVersion): Uint8Array {
  const payload = encodeCanonical([version, type, new Uint8Array(32), 1, null, 0, null, {}]);
  const wire = new Uint8Array(signatureLength + payload.length);
  wire.set(payload, signatureLength);
  return wire;
}

describe('a crossing type at sight', () => {
  it('lets through every crossing type and no other, as the canonical encoder spells them', () => {
    for (const type of entryTypes) expect([type, mayCross(wireOf(type))]).toEqual([type, isCrossingType(type)]);
  });

  it('lets through real entries of a crossing type, and rules out what is not an entry', () => {
    const pair = new LinkedPair();
    expect(mayCross(pair.linkEntry(pair.a).bytes)).toBe(true);
    expect(mayCross(pair.moveAway(pair.a).bytes)).toBe(true);
    expect(mayCross(pair.a.network.genesis.bytes)).toBe(false);
    expect(mayCross(wireOf('move-away', protocolVersion + 1))).toBe(false);
    for (const value of [undefined, 'move-away', new Uint8Array(0), new Uint8Array(signatureLength + 1)])
      expect(mayCross(value)).toBe(false);
  });
});
