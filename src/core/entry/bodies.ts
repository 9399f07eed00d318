// What each entry type carries, with its limits. Who may write each type is in
// src/core/state/deriveState.ts; docs/protocol.md says both in prose.
import { boxKeyLength, maxSealRecipients, type SealedBox } from '../crypto/sealedBox.ts';
import { publicKeyLength } from '../crypto/signatures.ts';
import { boolean, bytes, int, list, nullable, oneOf, type Reader, record, text } from './shape.ts';

/** Hours are counted in whole minutes. One entry moves at most a day's help. */
export const maxMinutes = 24 * 60;
/** The community pot moves larger amounts, up to 100 hours at once. */
export const maxPotMinutes = 100 * 60;
export const idLength = 32;

const key = bytes(publicKeyLength);
const id = bytes(idLength);
const minutes = int(1, maxMinutes);
const category = text(40, 1);
const reason = text(500);

const sealedBox: Reader<SealedBox> = record<SealedBox>({
  eph: bytes(boxKeyLength),
  nonce: bytes(24),
  keys: list(record({ to: bytes(boxKeyLength), key: bytes(48) }), maxSealRecipients),
  box: bytes([16, 12_000]),
});

export const roles = ['coordinator', 'kiosk'] as const;
export type Role = (typeof roles)[number];

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
  expires: int(0, Number.MAX_SAFE_INTEGER),
  viaCoordinator: boolean,
};

export interface Bodies {
  genesis: {
    name: string;
    area: string;
    rules: string;
    /** How far below zero a balance may go before it is flagged, in minutes. */
    creditLimit: number;
    /** Hours a newcomer receives from the pot on admission, in minutes. */
    welcome: number;
    categories: string[];
    relays: string[];
    /** The founder's X25519 key: newcomers seal their join requests to it. */
    boxKey: Uint8Array;
    /** The first room secret, sealed to the founder (so an imported identity finds it). */
    secret: SealedBox;
  };
  join: { boxKey: Uint8Array; sealed: SealedBox };
  admit: { member: Uint8Array; join: Uint8Array; welcome: number; epoch: number; secret: SealedBox };
  /** `note`: a kind word for the newcomer, sealed to them (the lobby is public). */
  decline: { member: Uint8Array; join: Uint8Array; note: SealedBox | null };
  suspend: { member: Uint8Array; after: number; reason: string };
  reinstate: { member: Uint8Array; from: number };
  'grant-role': { member: Uint8Array; role: Role };
  'revoke-role': { member: Uint8Array; role: Role };
  rekey: { epoch: number; secret: SealedBox };
  profile: { name: string; area: string; offers: string[]; words: string; languages: string[] };
  post: PostFields;
  'post-update': PostFields & { post: Uint8Array };
  'post-close': { post: Uint8Array; reason: 'done' | 'withdrawn' };
  message: { to: Uint8Array; post: Uint8Array | null; sealed: SealedBox };
  'match-accept': { post: Uint8Array; with: Uint8Array };
  'match-decline': { post: Uint8Array; with: Uint8Array };
  'hours-proposal': { payer: Uint8Array; receiver: Uint8Array; minutes: number; what: string; post: Uint8Array | null };
  'hours-confirm': { proposal: Uint8Array };
  transfer: { to: Uint8Array; minutes: number; what: string; post: Uint8Array | null; proposal: Uint8Array | null };
  'hide-post': { post: Uint8Array; reason: string };
  'reverse-transfer': { transfer: Uint8Array; reason: string };
  'pot-donate': { minutes: number };
  'pot-grant': { to: Uint8Array; minutes: number; reason: string };
  thanks: { to: Uint8Array; text: string; transfer: Uint8Array | null };
}

export type EntryType = keyof Bodies;

export const bodyReaders: { [T in EntryType]: Reader<Bodies[T]> } = {
  genesis: record({
    name: text(80, 1),
    area: text(80),
    rules: text(4000),
    creditLimit: int(0, 1000 * 60),
    welcome: int(0, maxMinutes),
    categories: list(category, 40),
    relays: list(text(300, 1), 8),
    boxKey: bytes(boxKeyLength),
    secret: sealedBox,
  }),
  join: record({ boxKey: bytes(boxKeyLength), sealed: sealedBox }),
  admit: record({ member: key, join: id, welcome: int(0, maxMinutes), epoch: int(0, 1_000_000), secret: sealedBox }),
  decline: record({ member: key, join: id, note: nullable(sealedBox) }),
  suspend: record({ member: key, after: int(0, Number.MAX_SAFE_INTEGER), reason }),
  reinstate: record({ member: key, from: int(1, Number.MAX_SAFE_INTEGER) }),
  'grant-role': record({ member: key, role: oneOf(...roles) }),
  'revoke-role': record({ member: key, role: oneOf(...roles) }),
  rekey: record({ epoch: int(1, 1_000_000), secret: sealedBox }),
  profile: record({
    name: text(60, 1),
    area: text(80),
    offers: list(category, 40),
    words: text(500),
    languages: list(text(40, 1), 10),
  }),
  post: record(postFields),
  'post-update': record({ ...postFields, post: id }),
  'post-close': record({ post: id, reason: oneOf('done', 'withdrawn') }),
  message: record({ to: key, post: nullable(id), sealed: sealedBox }),
  'match-accept': record({ post: id, with: key }),
  'match-decline': record({ post: id, with: key }),
  'hours-proposal': record({ payer: key, receiver: key, minutes, what: text(300), post: nullable(id) }),
  'hours-confirm': record({ proposal: id }),
  transfer: record({ to: key, minutes, what: text(300), post: nullable(id), proposal: nullable(id) }),
  'hide-post': record({ post: id, reason }),
  'reverse-transfer': record({ transfer: id, reason }),
  'pot-donate': record({ minutes: int(1, maxPotMinutes) }),
  'pot-grant': record({ to: key, minutes: int(1, maxPotMinutes), reason }),
  thanks: record({ to: key, text: text(500, 1), transfer: nullable(id) }),
};

export const entryTypes = Object.keys(bodyReaders) as EntryType[];

/** Entries that change who may do what; they are applied in (time, id) order. */
export const authorityTypes: ReadonlySet<EntryType> = new Set([
  'genesis',
  'join',
  'admit',
  'decline',
  'suspend',
  'reinstate',
  'grant-role',
  'revoke-role',
  'rekey',
]);
