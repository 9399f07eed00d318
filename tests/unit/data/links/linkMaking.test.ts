// Two networks' coordinators make a link over an in-memory pairing link (protocol-links.md
// §1): both send an offer, both read the other's strictly, and with the same terms each
// writes its own `link` with the same link id and the same link secret. A tampered or
// mismatched offer, or a message changed on the way, writes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { idFromText, toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { encodeCanonical } from '../../../../src/core/encoding/canonical.ts';
import type { Bodies } from '../../../../src/core/entry/bodies.ts';
import type { Entry, SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Ledger } from '../../../../src/core/Ledger.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { encodeLinkOffer, type LinkOffer } from '../../../../src/core/links/linkOffer.ts';
import { openLinkSecret } from '../../../../src/core/sealing.ts';
import {
  type LinkExchange,
  linkMadeWith,
  linksOf,
  linkTermsOf,
  ourLinkRoster,
} from '../../../../src/data/links/index.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { memoryPairingLinks } from '../../../../src/sync/MemoryPairingLink.ts';
import { PairingError, type PairingLink } from '../../../../src/sync/PairingLink.ts';
import { type SecureLink, secureLink } from '../../../../src/sync/pairingHandshake.ts';
import { Neighbourhood, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  await hood.close();
  hood = new Neighbourhood();
});

const day = Date.UTC(2026, 11, 5, 13, 30);
const terms = linkTermsOf(['klussen', 'boodschappen'], 600, day);

/** The member room's ledger of a session (the link room, which carries foreign entries, is another helper's). */
function ledgerOf(session: NetworkSession): Ledger {
  const ledger = (session as unknown as { wired: { member: { room: { ledger: Ledger } | null } } }).wired.member.room
    ?.ledger;
  if (!ledger) throw new Error('no member room');
  return ledger;
}

/** The `link` entry a session wrote last, signed, as it would cross. */
async function lastLink(session: NetworkSession): Promise<{ entry: SignedEntry }> {
  const state = session.memberState;
  const link = state && [...state.links.values()][0];
  const bytes = link && ledgerOf(session).bytesOf(link.own);
  if (!link || !bytes) throw new Error('no link');
  return { entry: { id: idFromText(link.own), bytes, entry: state.applied.get(link.own) as Entry } };
}

async function paired(): Promise<[SecureLink, SecureLink]> {
  const [a, b] = memoryPairingLinks();
  const [left, right] = await Promise.all([secureLink(a), secureLink(b)]);
  expect(left.checkCode).toBe(right.checkCode);
  return [left, right];
}

/** Two networks, each with its founding coordinator. */
async function twoNetworks(): Promise<[NetworkSession, NetworkSession]> {
  const carla = await hood.found('Carla');
  const kees = await hood.found('Kees');
  await carla.session.write('settings', { ...settingsOf(carla.session), name: 'Buurtruil Oosterpark' });
  await kees.session.write('settings', { ...settingsOf(kees.session), name: 'Buurtruil Transvaal' });
  await until(kees.session, () => kees.session.memberState?.network?.name === 'Buurtruil Transvaal');
  return [carla.session, kees.session];
}

function settingsOf(session: NetworkSession) {
  const network = session.memberState?.network;
  if (!network) throw new Error('no network');
  return network;
}

/** A coordinator's screen whose other end sends `bytes` instead of an offer. */
async function exchangeWithStranger(session: NetworkSession, bytes: Uint8Array): Promise<LinkExchange> {
  const [mine, theirs] = await paired();
  const [result] = await Promise.all([
    session.links.exchange(mine, terms),
    (async () => {
      await theirs.receive();
      theirs.send(bytes);
    })(),
  ]);
  return result;
}

describe('making a link', () => {
  it('the terms are sorted, each category once, from the start of the day (UTC)', () => {
    expect(linkTermsOf(['tuin', 'klussen', 'tuin'], 150, day)).toEqual({
      categories: ['klussen', 'tuin'],
      limit: 150,
      since: Date.UTC(2026, 11, 5),
    });
  });

  it('the pairing exports one secret per context, the same at both ends; another pairing gives another', async () => {
    const [left, right] = await paired();
    const context = encodeCanonical(['buurtruil link secret v3', new Uint8Array(20)]);
    const other = encodeCanonical(['buurtruil link secret v3', new Uint8Array(20).fill(1)]);
    expect(toBase64Url(left.exportSecret(context))).toBe(toBase64Url(right.exportSecret(context)));
    expect(toBase64Url(left.exportSecret(other))).not.toBe(toBase64Url(left.exportSecret(context)));
    // Someone in the middle runs two pairings, one with each end: its two secrets differ
    // from each other as the two check codes do, so it cannot hand one secret to both.
    const [again] = await paired();
    expect(toBase64Url(again.exportSecret(context))).not.toBe(toBase64Url(left.exportSecret(context)));
  });

  it('both sides agree on one link id and one secret, and each writes its own half', async () => {
    const [oost, trans] = await twoNetworks();
    const [left, right] = await paired();
    const [a, b] = await Promise.all([oost.links.exchange(left, terms), trans.links.exchange(right, terms)]);
    if (!a.ok || !b.ok) throw new Error(`not agreed: ${a.ok || a.problem} ${b.ok || b.problem}`);
    expect(a.agreement.theirs.name).toBe('Buurtruil Transvaal');
    expect(b.agreement.theirs.name).toBe('Buurtruil Oosterpark');
    expect(a.agreement.theirs.terms).toEqual(b.agreement.ours.terms);
    expect(toBase64Url(a.agreement.link)).toBe(toBase64Url(b.agreement.link));
    expect(toBase64Url(a.agreement.secret)).toBe(toBase64Url(b.agreement.secret));
    expect(a.agreement.secret).toHaveLength(32);
    // Our roster: this coordinator's device, first.
    expect(a.agreement.ours.roster.map(toBase64Url)).toEqual([oost.me]);
    expect(b.agreement.theirs.roster.map(toBase64Url)).toEqual([oost.me]);

    const written = await oost.links.accept(a.agreement);
    if (!written.ok) throw new Error(`not written: ${JSON.stringify(written)}`);
    const body = written.entry.entry.body as Bodies['link'];
    expect(toBase64Url(body.peer)).toBe(trans.networkId);
    expect(body.name).toBe('Buurtruil Transvaal');
    expect(body.roster.map(toBase64Url)).toEqual([trans.me]);
    expect(body.terms).toEqual(terms);
    // Sealed to this network's coordinators: the coordinator opens the very secret both derived.
    const opened = openLinkSecret(body.secret, oost.identity, oost.net, a.agreement.link);
    expect(opened && toBase64Url(opened)).toBe(toBase64Url(a.agreement.secret));
    expect(openLinkSecret(body.secret, trans.identity, oost.net, a.agreement.link)).toBeNull();
    expect(linksOf(oost)).toMatchObject([{ name: 'Buurtruil Transvaal', peer: trans.networkId, terms }]);
    expect((await trans.links.accept(b.agreement)).ok).toBe(true);
    expect(linksOf(trans)).toMatchObject([{ open: false }]);
    expect(linksOf(trans)).toMatchObject([{ name: 'Buurtruil Oosterpark', link: linksOf(oost)[0]?.link }]);

    // Each half, carried to the other network as a foreign entry, opens the link there: it is
    // signed by a key on the roster the other coordinator received in person.
    const transHalf = await lastLink(trans);
    await ledgerOf(oost).addForeign([[foreignKey(trans.net, transHalf.entry.id), transHalf.entry.bytes]]);
    await ledgerOf(trans).addForeign([[foreignKey(oost.net, written.entry.id), written.entry.bytes]]);
    for (const side of [oost, trans]) {
      expect(side.memberState?.links.get(toBase64Url(a.agreement.link))?.open).toBe(true);
    }
    expect(linksOf(oost)).toMatchObject([{ open: true }]);

    // The same link again (another pairing today, the same terms) is not written twice.
    expect(await oost.links.accept(a.agreement)).toEqual({ ok: false, problem: 'not-needed' });
    expect(linksOf(oost)).toHaveLength(1);
  }, 30_000);

  it('other terms on the two screens: both are told, with both offers, and nothing is written', async () => {
    const [oost, trans] = await twoNetworks();
    const [left, right] = await paired();
    const before = oost.memberState?.chain.size;
    const [a, b] = await Promise.all([
      oost.links.exchange(left, terms),
      trans.links.exchange(right, linkTermsOf(['klussen', 'boodschappen'], 1200, day)),
    ]);
    expect(a).toMatchObject({ ok: false, problem: 'other-terms', theirs: { terms: { limit: 1200 } } });
    expect(b).toMatchObject({ ok: false, problem: 'other-terms', theirs: { terms: { limit: 600 } } });
    expect(oost.memberState?.chain.size).toBe(before);
    expect(linksOf(oost)).toEqual([]);
  }, 30_000);

  it('a coordinator paired with their own network is told so', async () => {
    const [oost] = await twoNetworks();
    const offer = oost.links.offer(terms) as LinkOffer;
    expect(await exchangeWithStranger(oost, encodeLinkOffer(offer))).toMatchObject({
      ok: false,
      problem: 'same-network',
    });
  }, 30_000);

  it('a tampered offer is refused, whatever was changed, and nothing is written', async () => {
    const [oost, trans] = await twoNetworks();
    const good = trans.links.offer(terms) as LinkOffer;
    const { kind, net, name, roster } = good;
    const tampered: [string, Uint8Array][] = [
      ['a field more', encodeCanonical({ kind, net, name, roster, terms, secret: new Uint8Array(32) })],
      ['another kind', encodeCanonical({ kind: 'network', net, name, roster, terms })],
      ['an empty roster', encodeCanonical({ kind, net, name, roster: [], terms })],
      [
        'a roster of 17',
        encodeCanonical({
          kind,
          net,
          name,
          roster: Array.from({ length: 17 }, (_, i) => new Uint8Array(32).fill(i)),
          terms,
        }),
      ],
      ['a limit of 1001 hours', encodeCanonical({ kind, net, name, roster, terms: { ...terms, limit: 60_060 } })],
      [
        'categories out of order',
        encodeCanonical({ kind, net, name, roster, terms: { ...terms, categories: ['klussen', 'boodschappen'] } }),
      ],
      ['a short net', encodeCanonical({ kind, net: net.subarray(1), name, roster, terms })],
      ['cut short', encodeLinkOffer(good).subarray(0, 40)],
      ['not CBOR', new TextEncoder().encode('{"kind":"link"}')],
    ];
    const before = oost.memberState?.chain.size;
    for (const [what, bytes] of tampered) {
      expect(await exchangeWithStranger(oost, bytes), what).toEqual({ ok: false, problem: 'bad-offer' });
    }
    expect(oost.memberState?.chain.size).toBe(before);
    expect(linksOf(oost)).toEqual([]);
  }, 30_000);

  it('an offer changed on the way does not open: the pairing ends as refused', async () => {
    const [oost, trans] = await twoNetworks();
    const [a, b] = memoryPairingLinks();
    // Whoever carries the link flips one byte of the fourth message (the first sealed one).
    let count = 0;
    const carrier: PairingLink = {
      side: b.side,
      send: (bytes) => b.send(bytes),
      receive: async () => {
        const bytes = await b.receive();
        if (++count === 3) bytes.set([(bytes.at(-1) ?? 0) ^ 1], bytes.length - 1);
        return bytes;
      },
      close: () => b.close(),
    };
    const [left, right] = await Promise.all([secureLink(a), secureLink(carrier)]);
    const results = await Promise.allSettled([oost.links.exchange(left, terms), trans.links.exchange(right, terms)]);
    expect(results[1]).toMatchObject({ status: 'rejected', reason: expect.any(PairingError) });
    expect((results[1] as PromiseRejectedResult).reason.problem).toBe('refused');
    expect(linksOf(trans)).toEqual([]);
  }, 30_000);

  it('a member who is not a coordinator sends no offer', async () => {
    const carla = await hood.found('Carla');
    const anna = await hood.admitted(carla.session, carla.invite, 'Anna');
    const [left] = await paired();
    expect(await anna.links.exchange(left, terms)).toEqual({ ok: false, problem: 'not-coordinator' });
    // Her device is on no roster: only coordinators' and kiosks' devices are, coordinators' counted.
    const roster = ourLinkRoster(anna.memberState ?? (null as never), anna.me);
    expect(roster.roster.map(toBase64Url)).toEqual([carla.session.me]);
    expect(roster.coordinators).toBe(1);
    expect(linkMadeWith(carla.session.memberState ?? (null as never), 'x')).toBe(false);
  }, 30_000);
});
