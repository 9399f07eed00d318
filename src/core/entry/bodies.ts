// What each entry type carries, with its limits. Who may write each type, and what it
// does, is in its rule (src/core/rules/<type>.ts); docs/protocol.md says both in prose.
import { boxKeyLength, isValidBoxKey, keySlotLength, maxSealRecipients, type SealedBox } from '../crypto/sealedBox.ts';
import { publicKeyLength, signatureLength } from '../crypto/signatures.ts';
import { idLength } from './Entry.ts';
import { boolean, bytes, int, list, nullable, oneOf, type Reader, record, ShapeError, text, time } from './shape.ts';

/** Hours are counted in whole minutes. One entry moves at most a day's help. */
export const maxMinutes = 24 * 60;
/** The community pot moves larger amounts, up to 100 hours at once. */
export const maxPotMinutes = 100 * 60;
/** An opening balance (a network moved here from elsewhere) is at most 1,000 hours either way. */
export const maxOpeningMinutes = 1000 * 60;
/** Authority entries name at most this many entries they had seen. */
export const maxSeen = 16;
/**
 * A suspension, removal or reinstatement names at most this many ids: chain heads of the
 * member's devices, or `cut-more` parts that hold more of them. 256 ids are 5.6 KB of an
 * entry's 16 KiB; version-2 entries held at most 16 and still read.
 */
export const maxHeads = 256;
/** The most leading zero bits a network may ask of a join's proof of work. */
export const maxJoinWork = 24;

const key = bytes(publicKeyLength);
const id = bytes(idLength);
const minutes = int(1, maxMinutes);
const category = text(40, 1);
const reason = text(500);
const seen = list(id, maxSeen, { unique: true });
const heads = list(id, maxHeads, { unique: true });

const boxKey: Reader<Uint8Array> = (value, path) => {
  const read = bytes(boxKeyLength)(value, path);
  if (!isValidBoxKey(read)) throw new ShapeError(path, 'range', 'a key of small order');
  return read;
};

const sealedBox: Reader<SealedBox> = record<SealedBox>({
  eph: bytes(boxKeyLength),
  keys: list(bytes(keySlotLength), maxSealRecipients),
  box: bytes([16, 12_000]),
});

/** One device of one coordinator, in a `roster`. */
export interface RosterRow {
  member: Uint8Array;
  device: Uint8Array;
  boxKey: Uint8Array;
}

/** A roster names at most this many devices: join details are sealed to at most 64 readers. */
export const maxRosterRows = maxSealRecipients;

const rosterRow = record<RosterRow>({ member: key, device: key, boxKey });

/** One to 64 rows, each device once: a roster that names nobody would leave the lobby without a coordinator. */
const rosterRows: Reader<RosterRow[]> = (value, path) => {
  const rows = list(rosterRow, maxRosterRows)(value, path);
  if (rows.length === 0) throw new ShapeError(path, 'too-short', 'no coordinator', { min: 1 });
  const devices = new Set(rows.map((row) => String.fromCharCode(...row.device)));
  if (devices.size !== rows.length) throw new ShapeError(path, 'choice', 'a device occurs twice');
  return rows;
};

/** 1–16 parts; who they are and that no pair occurs twice is the rule's (rules/groupHours.ts). */
const groupParts: Reader<GroupPart[]> = (value, path) => {
  const parts = list(record<GroupPart>({ payer: key, receiver: key, minutes }), maxGroupParts)(value, path);
  if (parts.length === 0) throw new ShapeError(path, 'too-short', 'no parts');
  return parts;
};

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
  expires: time,
  viaCoordinator: boolean,
};

/** Who pays an activity's organiser (docs/protocol-together.md §1). */
export const activityPayChoices = ['participants', 'pot', 'both'] as const;
export type ActivityPay = (typeof activityPayChoices)[number];
/** An activity is worth at most four hours to its organiser, per participant. */
export const maxActivityWorth = 240;
/** An activity lasts at most a day. */
export const maxActivityLength = 24 * 60 * 60 * 1000;
/** An organiser lists at most this many participants as present. */
export const maxPresent = 100;

/** What an organiser can change after writing an activity: everything but `worth` and `pay`. */
export interface ActivityPlan {
  title: string;
  text: string;
  category: string;
  /** Where: a place people meet, never a home address (the form says so). */
  place: string;
  starts: number;
  ends: number;
  /** 0: no limit. Sign-ups after this many are shown as a waiting list, not refused. */
  seats: number;
}

/** An activity on the agenda; `worth` (minutes per participant) and `pay` never change. */
export interface ActivityFields extends ActivityPlan {
  worth: number;
  pay: ActivityPay;
}

const activityPlanFields = {
  title: text(120, 1),
  text: text(2000),
  category,
  place: text(120, 1),
  starts: time,
  ends: time,
  seats: int(0, 500),
};

/** An activity's times: it ends after it starts, within a day. */
function withinADay<T extends { starts: number; ends: number }>(read: Reader<T>): Reader<T> {
  return (value, path) => {
    const fields = read(value, path);
    if (fields.ends <= fields.starts || fields.ends > fields.starts + maxActivityLength) {
      throw new ShapeError(`${path}.ends`, 'range', 'not after starts, or more than a day after it');
    }
    return fields;
  };
}

/** What a coordinator can change after the start (and what the genesis sets first). */
export interface Settings {
  name: string;
  area: string;
  rules: string;
  /** How far below zero a balance may go before it is flagged, in minutes. */
  creditLimit: number;
  /** Hours a newcomer receives from the pot on admission, in minutes. */
  welcome: number;
  categories: string[];
  relays: string[];
  /** Where to go for help: the coordinator's drop-in hours, a phone number. */
  help: string;
}

const settingsFields = {
  name: text(80, 1),
  area: text(80),
  rules: text(4000),
  creditLimit: int(0, 1000 * 60),
  welcome: int(0, maxMinutes),
  categories: list(category, 40, { unique: true }),
  relays: list(text(300, 1), 8, { unique: true }),
  help: text(300),
};

/** One part of a group record: `payer` pays `receiver` these minutes. */
export interface GroupPart {
  payer: Uint8Array;
  receiver: Uint8Array;
  minutes: number;
}

/** A group record holds at most this many parts. */
export const maxGroupParts = 16;

export interface Bodies {
  genesis: Settings & {
    /** The founder's X25519 key: newcomers seal their join requests to it. */
    boxKey: Uint8Array;
    /** The first room secret, sealed to the founder (so a restored identity finds it). */
    secret: SealedBox;
    /** The first lobby secret (the invite's), sealed to the founder. */
    lobby: SealedBox;
    /** Leading zero bits a join's proof of work must have; fixed for the network's life. */
    joinWork: number;
  };
  settings: Settings & { seen: Uint8Array[] };
  /** A new lobby secret (a new invite), or the current one sealed again for new readers. */
  invite: { secret: SealedBox; seen: Uint8Array[] };
  /** `work`: the proof of work that makes a join cost its sender a moment of CPU. */
  join: { boxKey: Uint8Array; sealed: SealedBox; work: Uint8Array };
  admit: {
    member: Uint8Array;
    join: Uint8Array;
    welcome: number;
    epoch: number;
    secret: SealedBox;
    seen: Uint8Array[];
  };
  /** `note`: a kind word for the newcomer, sealed to them (the lobby is public). */
  decline: { member: Uint8Array; join: Uint8Array; note: SealedBox | null; seen: Uint8Array[] };
  /**
   * A whole period of join requests set aside in one act (a flood): every join still
   * pending when this is judged, and claiming a time at or before `before`, is declined.
   * A real newcomer among them may ask again.
   */
  'set-aside': { before: number; seen: Uint8Array[] };
  /**
   * A member made by a coordinator without a join: someone without a device of their own
   * (a member card), the kiosk, or a member moved here from another timebank. `consent` is
   * the text read out to the person; `opening` an opening balance from the pot.
   */
  enroll: {
    member: Uint8Array;
    boxKey: Uint8Array;
    name: string;
    area: string;
    welcome: number;
    opening: number;
    consent: string;
    epoch: number;
    secret: SealedBox | null;
    seen: Uint8Array[];
  };
  /** The kiosk's share of a card member's key, sealed to coordinators and kiosks (docs/protocol.md §9). */
  card: { member: Uint8Array; share: SealedBox; seen: Uint8Array[] };
  /** `cut`: the heads of the member's device chains that the coordinator had seen; nothing after them counts. */
  suspend: { member: Uint8Array; cut: Uint8Array[]; reason: string; seen: Uint8Array[] };
  /** `from`: the heads the coordinator had seen; what follows them counts again. */
  reinstate: { member: Uint8Array; from: Uint8Array[]; seen: Uint8Array[] };
  'grant-role': { member: Uint8Array; role: Role; seen: Uint8Array[] };
  'revoke-role': { member: Uint8Array; role: Role; seen: Uint8Array[] };
  rekey: { epoch: number; secret: SealedBox; seen: Uint8Array[] };
  /**
   * A member's device adds another device of the same member (after pairing). `proof`: the
   * new device's signature that it writes for this member (src/core/deviceProof.ts);
   * version 3 writes it, and an entry of version 2's form, without it, still reads.
   */
  'device-add': { device: Uint8Array; boxKey: Uint8Array; label: string; proof?: Uint8Array; seen: Uint8Array[] };
  /** A member's device retires one of the member's devices (lost, sold). */
  'device-remove': { device: Uint8Array; cut: Uint8Array[]; seen: Uint8Array[] };
  /**
   * More heads for an act that cuts (suspend, reinstate, move-member, device-remove) than
   * one entry holds: written first by the act's author, named among the act's ids. On its
   * own it changes nothing (docs/protocol.md §4.3).
   */
  'cut-more': { cut: Uint8Array[]; seen: Uint8Array[] };
  /** A coordinator moves a member who lost every device to a new key; the old ones stop after `cut`. */
  'move-member': {
    member: Uint8Array;
    device: Uint8Array;
    boxKey: Uint8Array;
    cut: Uint8Array[];
    reason: string;
    seen: Uint8Array[];
  };
  'hide-post': { post: Uint8Array; reason: string; seen: Uint8Array[] };
  /** A kind, private word from a coordinator, sealed to the member and the coordinators. */
  warn: { member: Uint8Array; note: SealedBox; seen: Uint8Array[] };
  'reverse-transfer': { transfer: Uint8Array; reason: string; seen: Uint8Array[] };
  'pot-grant': { to: Uint8Array; minutes: number; reason: string; seen: Uint8Array[] };
  /**
   * "I want this member as coordinator": any member's voice, for when no coordinator is
   * left who can act (src/core/rules/vouch.ts). A member's latest vouch is their voice.
   */
  vouch: { member: Uint8Array; seen: Uint8Array[] };
  /**
   * For the lobby, which cannot read the member room: "the coordinators of this network are
   * now these, with these devices", replacing the statements named in `after` (docs/protocol.md
   * §6.1). It says nothing of why one is gone. In the member room it changes nothing.
   */
  roster: { after: Uint8Array[]; coordinators: RosterRow[] };
  /** "This newcomer stood here": a kiosk or a coordinator puts a join first in the coordinators' list. */
  met: { join: Uint8Array; seen: Uint8Array[] };
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
  transfer: { to: Uint8Array; minutes: number; what: string; post: Uint8Array | null; proposal: Uint8Array | null };
  /**
   * One record of hours with several people (docs/protocol-together.md §2): each part
   * moves once its payer and receiver both agreed; the author agrees by writing it.
   */
  'group-hours': { parts: GroupPart[]; what: string; post: Uint8Array | null };
  /** A party's yes or no to one part of a group record; its first answer is final. */
  'part-answer': { record: Uint8Array; part: number; agree: boolean };
  'pot-donate': { minutes: number };
  thanks: { to: Uint8Array; text: string; transfer: Uint8Array | null };
  /** One side's consent to show a thank-you on the board; its latest counts (together §4). */
  'thanks-show': { thanks: Uint8Array; show: boolean };
  // Together §1: activities and the agenda (docs/protocol-together.md).
  activity: ActivityFields;
  'activity-update': ActivityPlan & { activity: Uint8Array };
  /** By the organiser or a coordinator: nothing is ever paid for a cancelled activity. */
  'activity-cancel': { activity: Uint8Array; reason: string };
  'sign-up': { activity: Uint8Array };
  'sign-off': { activity: Uint8Array };
  /** The organiser's list of who came (not the organiser); its latest counts. */
  attendance: { activity: Uint8Array; present: Uint8Array[] };
  /** "I was there": by `member`, or by a coordinator for a card member. */
  came: { activity: Uint8Array; member: Uint8Array };
  /** A coordinator lets the pot pay its part of this activity. */
  'activity-approve': { activity: Uint8Array; seen: Uint8Array[] };
}

export type EntryType = keyof Bodies;

// A device-add of version 3 carries `proof`; one of version 2's form does not, and stays
// authentic (authenticity never shrinks, docs/protocol.md §0): the rule decides whether it
// counts (src/core/rules/deviceAdd.ts). Each form has its one canonical encoding.
const deviceAddWithProof: Reader<Bodies['device-add']> = record({
  device: key,
  boxKey,
  label: text(40),
  proof: bytes(signatureLength),
  seen,
});
const deviceAddOfVersion2: Reader<Bodies['device-add']> = record<Omit<Bodies['device-add'], 'proof'>>({
  device: key,
  boxKey,
  label: text(40),
  seen,
});

function isRecordWith(value: unknown, field: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, field);
}

export const bodyReaders: { [T in EntryType]: Reader<Bodies[T]> } = {
  genesis: record({
    ...settingsFields,
    boxKey,
    secret: sealedBox,
    lobby: sealedBox,
    joinWork: int(0, maxJoinWork),
  }),
  settings: record({ ...settingsFields, seen }),
  invite: record({ secret: sealedBox, seen }),
  join: record({ boxKey, sealed: sealedBox, work: bytes(8) }),
  admit: record({
    member: key,
    join: id,
    welcome: int(0, maxMinutes),
    epoch: int(0, 1_000_000),
    secret: sealedBox,
    seen,
  }),
  decline: record({ member: key, join: id, note: nullable(sealedBox), seen }),
  'set-aside': record({ before: time, seen }),
  enroll: record({
    member: key,
    boxKey,
    name: text(60, 1),
    area: text(80),
    welcome: int(0, maxMinutes),
    opening: int(-maxOpeningMinutes, maxOpeningMinutes),
    consent: text(2000),
    epoch: int(0, 1_000_000),
    secret: nullable(sealedBox),
    seen,
  }),
  card: record({ member: key, share: sealedBox, seen }),
  suspend: record({ member: key, cut: heads, reason, seen }),
  reinstate: record({ member: key, from: heads, seen }),
  'grant-role': record({ member: key, role: oneOf(...roles), seen }),
  'revoke-role': record({ member: key, role: oneOf(...roles), seen }),
  rekey: record({ epoch: int(1, 1_000_000), secret: sealedBox, seen }),
  'device-add': (value, path) => (isRecordWith(value, 'proof') ? deviceAddWithProof : deviceAddOfVersion2)(value, path),
  'device-remove': record({ device: key, cut: heads, seen }),
  'cut-more': record({ cut: heads, seen }),
  'move-member': record({ member: key, device: key, boxKey, cut: heads, reason, seen }),
  'hide-post': record({ post: id, reason, seen }),
  warn: record({ member: key, note: sealedBox, seen }),
  'reverse-transfer': record({ transfer: id, reason, seen }),
  'pot-grant': record({ to: key, minutes: int(1, maxPotMinutes), reason, seen }),
  vouch: record({ member: key, seen }),
  roster: record({ after: seen, coordinators: rosterRows }),
  met: record({ join: id, seen }),
  profile: record({
    name: text(60, 1),
    area: text(80),
    offers: list(category, 40, { unique: true }),
    words: text(500),
    languages: list(text(40, 1), 10, { unique: true }),
    paused: boolean,
    perWeek: int(0, 7 * maxMinutes),
  }),
  post: record(postFields),
  'post-update': record({ ...postFields, post: id }),
  'post-close': record({ post: id, reason: oneOf('done', 'withdrawn') }),
  message: record({ to: key, post: nullable(id), sealed: sealedBox }),
  signal: record({ post: nullable(id), sealed: sealedBox }),
  'match-accept': record({ post: id, with: key }),
  'match-decline': record({ post: id, with: key }),
  'hours-proposal': record({ payer: key, receiver: key, minutes, what: text(300), post: nullable(id) }),
  'hours-confirm': record({ proposal: id }),
  transfer: record({ to: key, minutes, what: text(300), post: nullable(id), proposal: nullable(id) }),
  'group-hours': record({
    parts: groupParts,
    what: text(300),
    post: nullable(id),
  }),
  'part-answer': record({ record: id, part: int(0, maxGroupParts - 1), agree: boolean }),
  'pot-donate': record({ minutes: int(1, maxPotMinutes) }),
  thanks: record({ to: key, text: text(500, 1), transfer: nullable(id) }),
  'thanks-show': record({ thanks: id, show: boolean }),
  activity: withinADay(
    record({ ...activityPlanFields, worth: int(0, maxActivityWorth), pay: oneOf(...activityPayChoices) }),
  ),
  'activity-update': withinADay(record({ ...activityPlanFields, activity: id })),
  'activity-cancel': record({ activity: id, reason }),
  'sign-up': record({ activity: id }),
  'sign-off': record({ activity: id }),
  attendance: record({ activity: id, present: list(key, maxPresent, { unique: true }) }),
  came: record({ activity: id, member: key }),
  'activity-approve': record({ activity: id, seen }),
};

export const entryTypes = Object.keys(bodyReaders) as EntryType[];

export function isEntryType(value: unknown): value is EntryType {
  return typeof value === 'string' && Object.hasOwn(bodyReaders, value);
}

/**
 * Entries that change who may do what, or that only a coordinator may write. They are
 * applied in causal order (each names the authority entries its author had seen), so
 * every act is judged by the author's rights at that point, never by a claimed time.
 */
const authorityTypeList = [
  'genesis',
  'settings',
  'invite',
  'join',
  'admit',
  'decline',
  'set-aside',
  'enroll',
  'card',
  'suspend',
  'reinstate',
  'grant-role',
  'revoke-role',
  'rekey',
  'device-add',
  'device-remove',
  'cut-more',
  'move-member',
  'hide-post',
  'warn',
  'reverse-transfer',
  'pot-grant',
  'vouch',
  'met',
  'activity-approve',
] as const satisfies readonly EntryType[];

/** An authority type: its rule (src/core/rules) is an AuthorityRule. */
export type AuthorityType = (typeof authorityTypeList)[number];

export const authorityTypes: ReadonlySet<EntryType> = new Set<EntryType>(authorityTypeList);

/** Authority entries that can take rights away: an act concurrent with one that takes its author's never counts (src/core/state/strongRemoval.ts). */
export const removalTypes: ReadonlySet<EntryType> = new Set<EntryType>([
  'suspend',
  'revoke-role',
  'device-remove',
  'move-member',
]);

/** The entries a body names as seen (authority entries), or none. */
export function seenOf(body: Bodies[EntryType]): readonly Uint8Array[] {
  return Object.hasOwn(body, 'seen') ? (body as { seen: Uint8Array[] }).seen : [];
}
