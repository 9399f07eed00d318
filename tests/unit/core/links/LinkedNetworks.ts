// Two (or three) test networks and the link between them: each side's entries, what
// crosses as foreign entries, and a ledger per side fed with both.
import { seal } from '../../../../src/core/crypto/sealedBox.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { LinkTerms } from '../../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import type { Ledger } from '../../../../src/core/Ledger.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import { linkId } from '../../../../src/core/links/linkId.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import type { TestNetwork, WriteOptions } from '../TestNetwork.ts';

export const terms: LinkTerms = { categories: [], limit: 600, since: Date.UTC(2026, 0, 1) };

/**
 * The link's half that `from` writes, naming `to` and the roster `to`'s coordinator gave in
 * person (`roster`, its first `coordinators` coordinators' devices), and `from`'s own as its
 * offer sent it (`ours`, default the writer); all coordinators' unless said.
 */
export function writeLink(
  from: TestNetwork,
  to: TestNetwork,
  options: {
    roster?: Identity[];
    coordinators?: number;
    ours?: Identity[];
    ourCoordinators?: number;
    terms?: LinkTerms;
    by?: Identity;
    name?: string;
  } & WriteOptions = {},
): SignedEntry {
  const roster = (options.roster ?? [to.founder]).map((identity) => identity.signing.publicKey);
  const ours = (options.ours ?? [options.by ?? from.founder]).map((identity) => identity.signing.publicKey);
  return from.write(
    options.by ?? from.founder,
    'link',
    {
      peer: to.net,
      name: options.name ?? 'Transvaal',
      roster,
      coordinators: options.coordinators ?? roster.length,
      ours,
      ourCoordinators: options.ourCoordinators ?? ours.length,
      terms: options.terms ?? terms,
      secret: seal(new Uint8Array(32), [from.founder.box.publicKey], new Uint8Array(0)),
    },
    options,
  );
}

export function idOfLink(a: TestNetwork, b: TestNetwork, linkTerms: LinkTerms = terms): Uint8Array {
  return linkId(a.net, b.net, linkTerms);
}

export function linkIdText(a: TestNetwork, b: TestNetwork, linkTerms: LinkTerms = terms): string {
  return toBase64Url(idOfLink(a, b, linkTerms));
}

/** `from`'s entries as the peer keeps them: under base64url(from's net) + "." + base64url(id). */
export function foreignRecords(from: TestNetwork, entries: readonly SignedEntry[]): [string, Uint8Array][] {
  return entries.map((entry) => [foreignKey(from.net, entry.id), entry.bytes]);
}

/** A ledger of `network` with all its own entries and `peer`'s given entries as foreign ones. */
export async function ledgerWith(
  network: TestNetwork,
  peer: TestNetwork,
  foreign: readonly SignedEntry[],
): Promise<Ledger> {
  const ledger = await network.ledger();
  await ledger.addForeign(foreignRecords(peer, foreign));
  return ledger;
}

export async function stateWith(
  network: TestNetwork,
  peer: TestNetwork,
  foreign: readonly SignedEntry[],
): Promise<NetworkState> {
  return (await ledgerWith(network, peer, foreign)).state;
}

/** Every account of a network these tests use: members, the pot and the links' clearing accounts. */
export function sumOfAccounts(state: NetworkState): number {
  let sum = state.pot;
  for (const member of state.members.values()) sum += member.balance;
  for (const clearing of state.clearing.values()) sum += clearing;
  return sum;
}

export function attest(
  network: TestNetwork,
  link: Uint8Array,
  entries: readonly SignedEntry[],
  options: { by?: Identity; after?: readonly SignedEntry[] } & WriteOptions = {},
): SignedEntry {
  return network.write(
    options.by ?? network.founder,
    'link-attest',
    { link, entries: entries.map((e) => e.id), after: (options.after ?? []).map((e) => e.id) },
    options,
  );
}

/**
 * `member` of `network` made known to the peer on `link` (knownPeerKeys.ts): a post shared and
 * attested by `network`; the peer's archive attests payments and messages only to such members.
 */
export function madeKnown(network: TestNetwork, member: Identity, link: Uint8Array): SignedEntry[] {
  const post = network.post(member, { title: 'Fiets maken' });
  const share = network.write(member, 'post-share', {
    post: post.id,
    link,
    name: 'Bob',
    boxKeys: [member.box.publicKey],
  });
  return [post, share, attest(network, link, [post, share])];
}

export function crossPay(
  network: TestNetwork,
  payer: Identity,
  link: Uint8Array,
  to: Identity,
  minutes: number,
): SignedEntry {
  return network.write(payer, 'cross-pay', {
    link,
    to: to.signing.publicKey,
    minutes,
    what: 'Fiets gemaakt',
    post: null,
  });
}
