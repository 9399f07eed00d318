// The bodies of everyday exchange: profiles, posts, messages, matches, hours moved between
// two members or through the pot, thanks, and a coordinator's corrections of them.
import type { SealedBox } from '../../crypto/sealedBox.ts';
import { boolean, int, list, nullable, oneOf, type Reader, record, text, time } from '../shape.ts';
import { category, id, key, maxMinutes, maxPotMinutes, minutes, reason, sealedBox, seen } from './fields.ts';

export interface PostFields {
  kind: 'offer' | 'request';
  title: string;
  text: string;
  category: string;
  area: string;
  /** Estimated time in minutes; 0 = not said. */
  minutes: number;
  /** When the post stops showing, ms since 1970. */
  expires: number;
  /** Asked through the coordinator, for someone who finds asking hard. */
  viaCoordinator: boolean;
}

const postFields = {
  kind: oneOf('offer', 'request'),
  title: text(120, 1),
  text: text(2000),
  category,
  area: text(80),
  minutes: int(0, maxMinutes),
  expires: time,
  viaCoordinator: boolean,
};

export interface ExchangeBodies {
  'hide-post': { post: Uint8Array; reason: string; seen: Uint8Array[] };
  'reverse-transfer': { transfer: Uint8Array; reason: string; seen: Uint8Array[] };
  'pot-grant': { to: Uint8Array; minutes: number; reason: string; seen: Uint8Array[] };
  profile: {
    name: string;
    area: string;
    offers: string[];
    words: string;
    languages: string[];
    /** "Even niet": the member's offers show as paused. */
    paused: boolean;
    /** How much help the member wants to give in a week, in minutes; 0 = not said. */
    perWeek: number;
  };
  /**
   * "Ervaring met …": what the member writes about their own experience (together §7);
   * free text, never a list to choose from. Its latest counts.
   */
  'profile-more': { experience: string };
  post: PostFields;
  'post-update': PostFields & { post: Uint8Array };
  'post-close': { post: Uint8Array; reason: 'done' | 'withdrawn' };
  message: { to: Uint8Array; post: Uint8Array | null; sealed: SealedBox };
  /** A private word to the coordinators ("this is too much for me", "please arrange this"). */
  signal: { post: Uint8Array | null; sealed: SealedBox };
  'match-accept': { post: Uint8Array; with: Uint8Array };
  'match-decline': { post: Uint8Array; with: Uint8Array };
  'hours-proposal': { payer: Uint8Array; receiver: Uint8Array; minutes: number; what: string; post: Uint8Array | null };
  'hours-confirm': { proposal: Uint8Array };
  /**
   * Help that comes back (together §7): a date to look together at how it goes, and maybe
   * an end. Either side of the exchange on `post` writes it; the latest counts for both.
   */
  recurring: { post: Uint8Array; with: Uint8Array; review: number; ends: number | null };
  transfer: { to: Uint8Array; minutes: number; what: string; post: Uint8Array | null; proposal: Uint8Array | null };
  'pot-donate': { minutes: number };
  thanks: { to: Uint8Array; text: string; transfer: Uint8Array | null };
}

export const exchangeBodyReaders: { [T in keyof ExchangeBodies]: Reader<ExchangeBodies[T]> } = {
  'hide-post': record({ post: id, reason, seen }),
  'reverse-transfer': record({ transfer: id, reason, seen }),
  'pot-grant': record({ to: key, minutes: int(1, maxPotMinutes), reason, seen }),
  profile: record({
    name: text(60, 1),
    area: text(80),
    offers: list(category, 40, { unique: true }),
    words: text(500),
    languages: list(text(40, 1), 10, { unique: true }),
    paused: boolean,
    perWeek: int(0, 7 * maxMinutes),
  }),
  'profile-more': record({ experience: text(80) }),
  post: record(postFields),
  'post-update': record({ ...postFields, post: id }),
  'post-close': record({ post: id, reason: oneOf('done', 'withdrawn') }),
  message: record({ to: key, post: nullable(id), sealed: sealedBox }),
  signal: record({ post: nullable(id), sealed: sealedBox }),
  'match-accept': record({ post: id, with: key }),
  'match-decline': record({ post: id, with: key }),
  'hours-proposal': record({ payer: key, receiver: key, minutes, what: text(300), post: nullable(id) }),
  'hours-confirm': record({ proposal: id }),
  recurring: record({ post: id, with: key, review: time, ends: nullable(time) }),
  transfer: record({ to: key, minutes, what: text(300), post: nullable(id), proposal: nullable(id) }),
  'pot-donate': record({ minutes: int(1, maxPotMinutes) }),
  thanks: record({ to: key, text: text(500, 1), transfer: nullable(id) }),
};
