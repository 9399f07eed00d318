// The bodies of doing things together (docs/protocol-together.md): activities and the
// agenda, records of hours with several people, and showing thanks on the board.

import type { SealedBox } from '../../crypto/sealedBox.ts';
import { boolean, int, list, nullable, oneOf, type Reader, record, ShapeError, text, time } from '../shape.ts';
import { category, id, key, minutes, reason, sealedBox, seen } from './fields.ts';

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

/** A body with two nullable fields of which exactly one is given. */
function exactlyOne<T>(read: Reader<T>, a: keyof T & string, b: keyof T & string): Reader<T> {
  return (value, path) => {
    const fields = read(value, path);
    if ((fields[a] === null) === (fields[b] === null))
      throw new ShapeError(path, 'choice', `exactly one of ${a} and ${b}`);
    return fields;
  };
}

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

/** One part of a group record: `payer` pays `receiver` these minutes. */
export interface GroupPart {
  payer: Uint8Array;
  receiver: Uint8Array;
  minutes: number;
}

/** A group record holds at most this many parts. */
export const maxGroupParts = 16;

/** 1–16 parts; who they are and that no pair occurs twice is the rule's (rules/groupHours.ts). */
const groupParts: Reader<GroupPart[]> = (value, path) => {
  const parts = list(record<GroupPart>({ payer: key, receiver: key, minutes }), maxGroupParts)(value, path);
  if (parts.length === 0) throw new ShapeError(path, 'too-short', 'no parts');
  return parts;
};

export interface TogetherBodies {
  /**
   * One record of hours with several people (docs/protocol-together.md §2): each part
   * moves once its payer and receiver both agreed; the author agrees by writing it.
   */
  'group-hours': { parts: GroupPart[]; what: string; post: Uint8Array | null };
  /** A party's yes or no to one part of a group record; its first answer is final. */
  'part-answer': { record: Uint8Array; part: number; agree: boolean };
  /** One side's consent to show a thank-you on the board; its latest counts (together §4). */
  'thanks-show': { thanks: Uint8Array; show: boolean };
  /** A story members read (together §4); `people`: the members it is about (0–8). */
  story: { title: string; text: string; people: Uint8Array[] };
  /** The writer's or a member in `people`'s consent: into the report, and with names. Its latest counts. */
  'story-consent': { story: Uint8Array; report: boolean; named: boolean };
  /**
   * An idea for the neighbourhood (together §5): `text` shared on the ideas board, or
   * `sealed` to the coordinators (and the author's devices); exactly one of the two.
   */
  idea: { text: string | null; sealed: SealedBox | null };
  // Together §1: activities and the agenda (docs/protocol-together.md).
  activity: ActivityFields;
  'activity-update': ActivityPlan & { activity: Uint8Array };
  /** By the organiser: nothing is ever paid for a cancelled activity. */
  'activity-cancel': { activity: Uint8Array; reason: string };
  /**
   * A coordinator calls someone else's activity off: the same effect as `activity-cancel`,
   * judged in causal order, so a later removal of the coordinator does not undo it.
   */
  'activity-call-off': { activity: Uint8Array; reason: string; seen: Uint8Array[] };
  'sign-up': { activity: Uint8Array };
  'sign-off': { activity: Uint8Array };
  /** The organiser's list of who came (not the organiser); its latest counts. */
  attendance: { activity: Uint8Array; present: Uint8Array[] };
  /** "I was there", by the participant itself (its author). */
  came: { activity: Uint8Array };
  /**
   * A coordinator says `came` for a card member (who has no device of its own), judged in
   * causal order, so a later removal of the coordinator does not undo it.
   */
  'came-for': { activity: Uint8Array; member: Uint8Array; seen: Uint8Array[] };
  /** A coordinator lets the pot pay its part of this activity. */
  'activity-approve': { activity: Uint8Array; seen: Uint8Array[] };
}

export const togetherBodyReaders: { [T in keyof TogetherBodies]: Reader<TogetherBodies[T]> } = {
  'group-hours': record({
    parts: groupParts,
    what: text(300),
    post: nullable(id),
  }),
  'part-answer': record({ record: id, part: int(0, maxGroupParts - 1), agree: boolean }),
  'thanks-show': record({ thanks: id, show: boolean }),
  story: record({ title: text(120, 1), text: text(2000), people: list(key, 8, { unique: true }) }),
  'story-consent': record({ story: id, report: boolean, named: boolean }),
  idea: exactlyOne(record({ text: nullable(text(1000, 1)), sealed: nullable(sealedBox) }), 'text', 'sealed'),
  activity: withinADay(
    record({ ...activityPlanFields, worth: int(0, maxActivityWorth), pay: oneOf(...activityPayChoices) }),
  ),
  'activity-update': withinADay(record({ ...activityPlanFields, activity: id })),
  'activity-cancel': record({ activity: id, reason }),
  'activity-call-off': record({ activity: id, reason, seen }),
  'sign-up': record({ activity: id }),
  'sign-off': record({ activity: id }),
  attendance: record({ activity: id, present: list(key, maxPresent, { unique: true }) }),
  came: record({ activity: id }),
  'came-for': record({ activity: id, member: key, seen }),
  'activity-approve': record({ activity: id, seen }),
};
