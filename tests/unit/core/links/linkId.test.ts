// The link id, the offer two coordinators exchange, the foreign-entry keys and the body
// shapes of the links page (docs/protocol-links.md §1, §2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash } from '../../../../src/core/crypto/hash.ts';
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { encodeCanonical } from '../../../../src/core/encoding/canonical.ts';
import { bodyReaders, linkTerms } from '../../../../src/core/entry/bodies.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { crossingTypes, foreignKey, readForeignKey } from '../../../../src/core/links/crossingTypes.ts';
import { linkId } from '../../../../src/core/links/linkId.ts';
import {
  encodeLinkOffer,
  type LinkOffer,
  offersAgree,
  readLinkOffer,
  sameTerms,
} from '../../../../src/core/links/linkOffer.ts';

const netA = new Uint8Array(20).fill(1);
const netB = new Uint8Array(20).fill(2);
const terms = { categories: ['klussen', 'tuin'], limit: 600, since: Date.UTC(2026, 0, 1) };
const key = new Uint8Array(32).fill(7);

describe('link id', () => {
  it('is the first 20 bytes of SHA-256 of ["buurtruil link v3", lower net, higher net, terms]', () => {
    const expected = hash(encodeCanonical(['buurtruil link v3', netA, netB, terms])).slice(0, 20);
    expect(linkId(netA, netB, terms)).toEqual(expected);
    expect(linkId(netB, netA, terms)).toEqual(expected);
  });

  it('names both networks and the terms: another of either is another link', () => {
    const netC = new Uint8Array(20).fill(3);
    const id = toBase64Url(linkId(netA, netB, terms));
    expect(toBase64Url(linkId(netA, netC, terms))).not.toBe(id);
    expect(toBase64Url(linkId(netA, netB, { ...terms, limit: 601 }))).not.toBe(id);
    expect(toBase64Url(linkId(netA, netB, { ...terms, categories: ['klussen'] }))).not.toBe(id);
  });

  it('terms name their categories in ascending order, each once: one encoding per meaning', () => {
    expect(() => linkTerms({ ...terms, categories: ['tuin', 'klussen'] }, 'terms')).toThrow();
    expect(() => linkTerms({ ...terms, categories: ['tuin', 'tuin'] }, 'terms')).toThrow();
    expect(() => linkTerms({ ...terms, limit: 59 }, 'terms')).toThrow();
    expect(() => linkTerms({ ...terms, limit: 60_001 }, 'terms')).toThrow();
    expect(linkTerms(terms, 'terms')).toEqual(terms);
  });
});

describe('the link offer', () => {
  const offer: LinkOffer = { kind: 'link', net: netA, name: 'Oosterpark', roster: [key], coordinators: 1, terms };

  it('reads back what was sent', () => {
    const read = readLinkOffer(encodeLinkOffer(offer));
    expect(read).toEqual({ ok: true, offer });
  });

  it('refuses anything else with a reason, never a throw', () => {
    const cases: unknown[] = [
      { ...offer, kind: 'join' },
      { ...offer, net: new Uint8Array(19) },
      { ...offer, roster: [] },
      { ...offer, roster: Array.from({ length: 17 }, (_, i) => new Uint8Array(32).fill(i)) },
      { ...offer, roster: [key, key] },
      // No coordinator on the roster (nobody could write the next), or more than it has keys.
      { ...offer, coordinators: 0 },
      { ...offer, coordinators: 2 },
      { kind: 'link', net: netA, name: 'Oosterpark', roster: [key], terms },
      { ...offer, name: '' },
      { ...offer, extra: 1 },
      { ...offer, terms: { ...terms, since: -1 } },
      [offer],
    ];
    for (const value of cases) {
      const read = readLinkOffer(encodeCanonical(value));
      expect(read.ok).toBe(false);
    }
    expect(readLinkOffer(new Uint8Array([0xff, 0x00])).ok).toBe(false);
    expect(readLinkOffer(new Uint8Array(5000)).ok).toBe(false);
    expect(readLinkOffer('text' as unknown as Uint8Array).ok).toBe(false);
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(readLinkOffer(bytes).ok).toBe(false);
      }),
    );
  });

  it('both must send the same terms, from two networks', () => {
    const theirs: LinkOffer = { ...offer, net: netB, name: 'Transvaal' };
    expect(sameTerms(offer.terms, { ...terms })).toBe(true);
    expect(sameTerms(offer.terms, { ...terms, since: terms.since + 1 })).toBe(false);
    expect(offersAgree(offer, theirs)).toBe('agree');
    expect(offersAgree(offer, { ...theirs, terms: { ...terms, limit: 60 } })).toBe('other-terms');
    expect(offersAgree(offer, offer)).toBe('same-network');
  });
});

describe('foreign keys and crossing types', () => {
  it('base64url(peer net) + "." + base64url(id), read back exactly', () => {
    const id = new Uint8Array(20).fill(9);
    const text = foreignKey(netB, id);
    expect(text).toBe(`${toBase64Url(netB)}.${toBase64Url(id)}`);
    expect(readForeignKey(text)).toEqual({ peer: netB, id });
  });

  it('anything else is not a foreign key', () => {
    const id = toBase64Url(new Uint8Array(20));
    for (const text of ['', '.', id, `${id}.${id}.${id}`, `${id}.`, `${id}.AA`, `${id}=.${id}`, `${id}.${id}!`]) {
      expect(readForeignKey(text)).toBeNull();
    }
  });

  it('are the types of the links page and the posts they share, and each has a body shape', () => {
    expect([...crossingTypes].sort()).toEqual(
      [
        'cross-message',
        'cross-pay',
        'link',
        'link-attest',
        'link-end',
        'link-roster',
        'link-statement',
        'move-away',
        'move-in',
        'move-out',
        'post-share',
        // the shared posts themselves (§3)
        'post',
        'post-update',
        'post-close',
      ].sort(),
    );
    for (const type of crossingTypes) expect(bodyReaders[type]).toBeTypeOf('function');
  });

  it('body shapes refuse what the spec does not allow', () => {
    const link = new Uint8Array(20);
    expect(() => bodyReaders['link-attest']({ link, entries: [], after: [], seen: [] }, 'b')).toThrow();
    expect(() =>
      bodyReaders['link-attest'](
        { link, entries: Array.from({ length: 65 }, (_, i) => new Uint8Array(20).fill(i)), after: [], seen: [] },
        'b',
      ),
    ).toThrow();
    expect(() => bodyReaders['cross-pay']({ link, to: key, minutes: 1441, what: '', post: null }, 'b')).toThrow();
    expect(() => bodyReaders['cross-pay']({ link, to: key, minutes: 0, what: '', post: null }, 'b')).toThrow();
    expect(bodyReaders['cross-pay']({ link, to: key, minutes: 1440, what: '', post: null }, 'b').minutes).toBe(1440);
    expect(() => bodyReaders['link-roster']({ link, roster: [], seen: [] }, 'b')).toThrow();
    // A roster without the secret resealed for it (a new device could not open the link room).
    expect(() => bodyReaders['link-roster']({ link, roster: [key], seen: [] }, 'b')).toThrow();
    // A roster that says more coordinators than it has keys, or none, or replaces nothing.
    const secret = seal(new Uint8Array(32), [newIdentity().box.publicKey], new Uint8Array(0));
    const roster = { link, roster: [key], coordinators: 1, prev: link, after: [], secret, seen: [] };
    expect(bodyReaders['link-roster'](roster, 'b').coordinators).toBe(1);
    expect(() => bodyReaders['link-roster']({ ...roster, coordinators: 2 }, 'b')).toThrow();
    expect(() => bodyReaders['link-roster']({ ...roster, coordinators: 0 }, 'b')).toThrow();
    const { prev: _prev, ...withoutPrev } = roster;
    expect(() => bodyReaders['link-roster'](withoutPrev, 'b')).toThrow();
    expect(() => bodyReaders['move-away']({ link, extra: true }, 'b')).toThrow();
  });
});
