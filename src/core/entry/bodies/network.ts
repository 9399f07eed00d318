// The bodies of a network's making and joining: its start and settings, invites, joins
// and what answers them, enrolled members and cards, room keys, the lobby's roster.
import type { SealedBox } from '../../crypto/sealedBox.ts';
import { maxSealRecipients } from '../../crypto/sealedBox.ts';
import { bytes, int, list, nullable, type Reader, record, ShapeError, text, time } from '../shape.ts';
import { boxKey, category, id, key, maxJoinWork, maxMinutes, maxOpeningMinutes, sealedBox, seen } from './fields.ts';

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

export interface NetworkBodies {
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
  rekey: { epoch: number; secret: SealedBox; seen: Uint8Array[] };
  /**
   * For the lobby, which cannot read the member room: "the coordinators of this network are
   * now these, with these devices", replacing the statements named in `after` (docs/protocol.md
   * §6.1). It says nothing of why one is gone. In the member room it changes nothing.
   */
  roster: { after: Uint8Array[]; coordinators: RosterRow[] };
  /** "This newcomer stood here": a kiosk or a coordinator puts a join first in the coordinators' list. */
  met: { join: Uint8Array; seen: Uint8Array[] };
}

export const networkBodyReaders: { [T in keyof NetworkBodies]: Reader<NetworkBodies[T]> } = {
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
  rekey: record({ epoch: int(1, 1_000_000), secret: sealedBox, seen }),
  roster: record({ after: seen, coordinators: rosterRows }),
  met: record({ join: id, seen }),
};
