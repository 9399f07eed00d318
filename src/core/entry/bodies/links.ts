// The bodies of links between two networks (docs/protocol-links.md, protocol version 3):
// making, attesting and ending a link, hours, posts and messages across, and moving house.
// Who may write each, and what it does, is in its rule (src/core/rules/link*.ts, cross*.ts,
// move*.ts, postShare.ts); what a link holds is derived in src/core/links.
import type { SealedBox } from '../../crypto/sealedBox.ts';
import { bytes, int, list, nullable, type Reader, record, ShapeError, text, time } from '../shape.ts';
import { boxKey, category, heads, id, key, maxOpeningMinutes, minutes, reason, sealedBox, seen } from './fields.ts';

/** A roster names at most 16 keys: a network's coordinators' and kiosks' live devices. */
export const maxLinkRoster = 16;
/** A link's terms name at most 40 categories; none: every category. */
export const maxLinkCategories = 40;
/** How far either clearing account may go, in minutes: one hour to 1,000 hours. */
export const minLinkLimit = 60;
export const maxLinkLimit = 60_000;
/** One attestation names 1–64 entries. */
export const maxAttested = 64;
/** Box keys a share or a cross message names: the writer's live devices'. */
export const maxLinkBoxKeys = 8;
/** A statement's count and sum stay far inside what a number holds exactly. */
export const maxStatementCount = 1_000_000_000;
export const maxStatementSum = 1_000_000_000_000;

/** What two coordinators agree on for a link; both must send the same (it makes the link id). */
export interface LinkTerms {
  /** The categories whose posts may cross, in ascending order; empty: all. */
  categories: string[];
  /** How far either clearing account may go, in minutes. */
  limit: number;
  /** From when the link holds, ms since 1970. */
  since: number;
}

/**
 * Categories in strictly ascending order (so each unique): one encoding per set of terms,
 * so both sides compute the same link id from the same meaning.
 */
const termCategories: Reader<string[]> = (value, path) => {
  const read = list(category, maxLinkCategories)(value, path);
  for (let i = 1; i < read.length; i++) {
    if (!((read[i - 1] as string) < (read[i] as string))) {
      throw new ShapeError(`${path}[${i}]`, 'choice', 'not in ascending order, or twice');
    }
  }
  return read;
};

export const linkTerms: Reader<LinkTerms> = record<LinkTerms>({
  categories: termCategories,
  limit: int(minLinkLimit, maxLinkLimit),
  since: time,
});

/** One to 16 keys, each once: a roster that names nobody could attest nothing. */
export const linkRoster: Reader<Uint8Array[]> = (value, path) => {
  const read = list(key, maxLinkRoster, { unique: true })(value, path);
  if (read.length === 0) throw new ShapeError(path, 'too-short', 'an empty roster', { min: 1, max: maxLinkRoster });
  return read;
};

const attested: Reader<Uint8Array[]> = (value, path) => {
  const read = list(id, maxAttested, { unique: true })(value, path);
  if (read.length === 0) throw new ShapeError(path, 'too-short', 'attests nothing', { min: 1, max: maxAttested });
  return read;
};

const boxKeys: Reader<Uint8Array[]> = (value, path) => {
  const read = list(boxKey, maxLinkBoxKeys, { unique: true })(value, path);
  if (read.length === 0) throw new ShapeError(path, 'too-short', 'no box key', { min: 1, max: maxLinkBoxKeys });
  return read;
};

/** Attestation heads (`after`, `last`): at most 16 ids, each once. */
const linkHeads = list(id, 16, { unique: true });

/**
 * How many of a roster's keys, from the first, are coordinators' devices (the rest are
 * kiosks'): only those sign `link`, `link-roster` and `link-end` (docs/protocol-links.md §1).
 * At least one, or nobody could ever write the next roster.
 */
export const rosterCoordinators: Reader<number> = int(1, maxLinkRoster);

/** A record whose `coordinators` count fits its `roster` (and `ourCoordinators` its `ours`). */
export function withRosterCounts<T extends { roster: Uint8Array[]; coordinators: number }>(read: Reader<T>): Reader<T> {
  return (value, path) => {
    const body = read(value, path);
    if (body.coordinators > body.roster.length)
      throw new ShapeError(`${path}.coordinators`, 'range', 'more coordinators than keys');
    const ours = body as { ours?: Uint8Array[]; ourCoordinators?: number };
    if (ours.ours && (ours.ourCoordinators ?? 0) > ours.ours.length)
      throw new ShapeError(`${path}.ourCoordinators`, 'range', 'more coordinators than keys');
    return body;
  };
}

export interface LinkBodies {
  /**
   * This side's half of a link: the peer network, its roster (`coordinators`: how many of its
   * first keys are the peer's coordinators' devices), our own roster as our offer sent it
   * (`ours`, `ourCoordinators`: the peer's half must name the same) and the agreed terms.
   */
  link: {
    peer: Uint8Array;
    name: string;
    roster: Uint8Array[];
    coordinators: number;
    ours: Uint8Array[];
    ourCoordinators: number;
    terms: LinkTerms;
    /** The link room secret, sealed to this network's coordinators and kiosks. */
    secret: SealedBox;
    seen: Uint8Array[];
  };
  /**
   * This network's new roster, for the peer (`coordinators`: how many of its first keys are
   * coordinators' devices); `prev`: the roster it replaces (our `link`, or our previous
   * `link-roster`): rosters form a chain, not an order of time; `after`: this network's
   * attestation heads for the link the author had seen (an attestation in their past was
   * written under an earlier roster); `secret`: the link room secret sealed anew to this
   * network's coordinators and kiosks, so a device added since the `link` can open it.
   */
  'link-roster': {
    link: Uint8Array;
    roster: Uint8Array[];
    coordinators: number;
    prev: Uint8Array;
    after: Uint8Array[];
    secret: SealedBox;
    seen: Uint8Array[];
  };
  /** "These entries count in our network"; `after`: this network's attestation heads for the link the author had seen. */
  'link-attest': { link: Uint8Array; entries: Uint8Array[]; after: Uint8Array[]; seen: Uint8Array[] };
  /** Ends the link; `last`: this network's attestation heads, after which none of its attestations count. */
  'link-end': { link: Uint8Array; last: Uint8Array[]; reason: string; seen: Uint8Array[] };
  /** What this network counts across the link: how many records, their sum, SHA-256 of their sorted ids. */
  'link-statement': { link: Uint8Array; count: number; sum: number; digest: Uint8Array; seen: Uint8Array[] };
  /** A post of the author's that crosses the link, with its later updates and its close. */
  'post-share': { post: Uint8Array; link: Uint8Array; name: string; boxKeys: Uint8Array[] };
  /** A message to a member of the peer, sealed to the receiver's and the sender's box keys. */
  'cross-message': {
    link: Uint8Array;
    to: Uint8Array;
    post: Uint8Array | null;
    boxKeys: Uint8Array[];
    sealed: SealedBox;
  };
  /** Minutes paid to a member of the peer: one record, which both networks count or neither. */
  'cross-pay': { link: Uint8Array; to: Uint8Array; minutes: number; what: string; post: Uint8Array | null };
  /**
   * The member's consent to move to the peer network, with what the new network's
   * coordinator needs to take them in (move-in): a display name and this device's box key.
   */
  'move-away': { link: Uint8Array; name: string; boxKey: Uint8Array };
  /** The member moves out: its devices stop after `cut`, `minutes` go to the clearing account. */
  'move-out': { link: Uint8Array; member: Uint8Array; minutes: number; cut: Uint8Array[]; seen: Uint8Array[] };
  /** Like `enroll`: the moved member joins here, with an opening of the moved minutes. */
  'move-in': {
    link: Uint8Array;
    record: Uint8Array;
    member: Uint8Array;
    boxKey: Uint8Array;
    name: string;
    area: string;
    epoch: number;
    secret: SealedBox | null;
    seen: Uint8Array[];
  };
}

export const linkBodyReaders: { [T in keyof LinkBodies]: Reader<LinkBodies[T]> } = {
  link: withRosterCounts(
    record({
      peer: id,
      name: text(80, 1),
      roster: linkRoster,
      coordinators: rosterCoordinators,
      ours: linkRoster,
      ourCoordinators: rosterCoordinators,
      terms: linkTerms,
      secret: sealedBox,
      seen,
    }),
  ),
  'link-roster': withRosterCounts(
    record({
      link: id,
      roster: linkRoster,
      coordinators: rosterCoordinators,
      prev: id,
      after: linkHeads,
      secret: sealedBox,
      seen,
    }),
  ),
  'link-attest': record({ link: id, entries: attested, after: linkHeads, seen }),
  'link-end': record({ link: id, last: linkHeads, reason, seen }),
  'link-statement': record({
    link: id,
    count: int(0, maxStatementCount),
    sum: int(-maxStatementSum, maxStatementSum),
    digest: bytes(32),
    seen,
  }),
  'post-share': record({ post: id, link: id, name: text(60, 1), boxKeys }),
  'cross-message': record({ link: id, to: key, post: nullable(id), boxKeys, sealed: sealedBox }),
  'cross-pay': record({ link: id, to: key, minutes, what: text(300), post: nullable(id) }),
  'move-away': record({ link: id, name: text(60, 1), boxKey }),
  'move-out': record({
    link: id,
    member: key,
    minutes: int(-maxOpeningMinutes, maxOpeningMinutes),
    cut: heads,
    seen,
  }),
  'move-in': record({
    link: id,
    record: id,
    member: key,
    boxKey,
    name: text(60, 1),
    area: text(80),
    epoch: int(0, 1_000_000),
    secret: nullable(sealedBox),
    seen,
  }),
};
