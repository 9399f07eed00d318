// Turns what was read from TimeOverflow into signed entries of a new network: each member
// enrolled by the coordinator with a key of their own (for a member card, or to hand over
// when they claim their account) and their balance as an opening balance from the pot;
// each offer posted in the member's name, written via the coordinator's device.
// Over the network the pot and all balances still sum to zero: the pot stands at minus
// what the members brought.
import { idFromText, toBase64Url } from '../encoding/base64url.ts';
import type { Bodies, EntryType } from '../entry/bodies.ts';
import { type SignedEntry, signEntry } from '../entry/Entry.ts';
import { type Identity, newIdentity } from '../Identity.ts';
import type { BodyInput, Ledger } from '../Ledger.ts';
import type { ImportedMember, ImportedPost } from './timeOverflow.ts';

export interface ImportOptions {
  /** What the coordinator told the members about their data (kept in each enrolment). */
  consent: string;
  /** When the imported offers stop showing, ms since 1970. */
  expires: number;
  /** When the entries are written: now. */
  time: number;
  /** Makes each member's key; tests may pass their own. */
  makeIdentity?: () => Identity;
}

export interface ImportedCard {
  member: ImportedMember;
  identity: Identity;
  enroll: SignedEntry;
}

/** The enrolment of one imported member, without welcome hours: they bring their balance. */
export function enrollBody(
  member: ImportedMember,
  card: Identity,
  { consent, epoch }: { consent: string; epoch: number },
): BodyInput<'enroll'> {
  return {
    member: card.signing.publicKey,
    boxKey: card.box.publicKey,
    name: member.name,
    area: member.area,
    welcome: 0,
    opening: member.openingMinutes,
    consent,
    epoch,
    // A card member reads the network through the kiosk or the coordinator; a room secret
    // is sealed to them when they claim their account on a device of their own.
    secret: null,
  };
}

/** An imported offer or request. TimeOverflow's report has no description: the tags stand in for it. */
export function postBody(post: ImportedPost, member: ImportedMember, expires: number): Bodies['post'] {
  return {
    kind: post.kind,
    title: post.title,
    text: post.tags.join(', '),
    category: post.category,
    area: member.area,
    minutes: 0,
    expires,
    viaCoordinator: false,
  };
}

/**
 * Signs the enrolments (by `coordinator`) and the posts (by each member's new key, via the
 * coordinator's device), adds them to the ledger in one batch, and returns the members'
 * keys: whoever holds one can act as that member, so the page prints them on member cards
 * or hands them over, and keeps them nowhere else.
 */
export async function writeImport(
  ledger: Ledger,
  coordinator: Identity,
  members: readonly ImportedMember[],
  posts: readonly ImportedPost[],
  options: ImportOptions,
): Promise<ImportedCard[]> {
  const { consent, expires, time, makeIdentity = newIdentity } = options;
  const epoch = ledger.state.epochs.at(-1)?.epoch ?? 0;
  const seen = ledger.state.authorityHeads.slice(-16).map(idFromText);
  const chains = new Chains(ledger, time);
  const written: SignedEntry[] = [];

  const cards: ImportedCard[] = members.map((member) => {
    const identity = makeIdentity();
    const enroll = chains.sign(
      coordinator,
      'enroll',
      { ...enrollBody(member, identity, { consent, epoch }), seen },
      null,
    );
    written.push(enroll);
    return { member, identity, enroll };
  });
  const byNumber = new Map(cards.filter((card) => card.member.number).map((card) => [card.member.number, card]));
  for (const post of posts) {
    const card = byNumber.get(post.member);
    if (!card) continue;
    written.push(
      chains.sign(card.identity, 'post', postBody(post, card.member, expires), coordinator.signing.publicKey),
    );
  }
  await ledger.add(written.map((entry) => [toBase64Url(entry.id), entry.bytes] as const));
  return cards;
}

/** Signs several entries per author in a row, each after the last, before any is added. */
class Chains {
  private readonly heads = new Map<string, { seq: number; id: Uint8Array; time: number }>();
  private readonly ledger: Ledger;
  private readonly net: Uint8Array;
  private readonly time: number;

  constructor(ledger: Ledger, time: number) {
    this.ledger = ledger;
    this.net = idFromText(ledger.networkId);
    this.time = time;
  }

  sign<T extends EntryType>(author: Identity, type: T, body: Bodies[T], via: Uint8Array | null): SignedEntry {
    const key = toBase64Url(author.signing.publicKey);
    let head = this.heads.get(key);
    if (!head) {
      const last = this.ledger.lastOf(key);
      const lastTime = last ? (this.ledger.get(last.id)?.entry.time ?? 0) : 0;
      head = last
        ? { seq: last.seq, id: idFromText(last.id), time: lastTime }
        : { seq: 0, id: new Uint8Array(), time: 0 };
    }
    // Never before the author's last entry: a member's own entries are ordered by time.
    const time = Math.max(this.time, head.time);
    const signed = signEntry(author, {
      net: this.net,
      type,
      seq: head.seq + 1,
      prev: head.seq === 0 ? null : head.id,
      time,
      via,
      body,
    });
    this.heads.set(key, { seq: head.seq + 1, id: signed.id, time });
    return signed;
  }
}
