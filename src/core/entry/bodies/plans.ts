// The bodies of shared plans, the budgetkring (docs/protocol-together.md §3): a plan that
// members pledge hours to and vote on, and what its guides and the coordinators do with it.
// Who may write each, and what it does, is in its rule (src/core/rules/plan*.ts, pledge.ts,
// vote.ts); what the plan's account holds is derived in src/core/state/plans.ts.
import { boolean, int, list, type Reader, record, ShapeError, text, time } from '../shape.ts';
import { id, key, maxMinutes, maxPotMinutes, reason, seen } from './fields.ts';

/** A plan needs at least an hour and at most 1,000 hours. */
export const minPlanMinutes = 60;
export const maxPlanMinutes = 60_000;
/** One pledge or grant moves at most 100 hours into a plan. */
export const maxPledgeMinutes = maxPotMinutes;
/** A plan has one or two guides. */
export const maxGuides = 2;
/** A small circle: none, or 3–12 members who alone pledge and vote. */
export const minCircle = 3;
export const maxCircle = 12;
/** A plan is done at most two years after it is written. */
export const maxPlanLength = 2 * 366 * 24 * 60 * 60 * 1000;

export interface PlanFields {
  title: string;
  text: string;
  /** The hours it needs, in minutes. */
  minutes: number;
  /** Votes dated after this do not count; a close dated before it is too early. */
  voteEnd: number;
  /** After this any member who pledged may end the plan. */
  doneBy: number;
  guides: Uint8Array[];
  /** Empty: every member; otherwise the circle that alone pledges and votes. */
  circle: Uint8Array[];
}

const guides: Reader<Uint8Array[]> = (value, path) => {
  const read = list(key, maxGuides, { unique: true })(value, path);
  if (read.length === 0) throw new ShapeError(path, 'too-short', 'no guide', { min: 1, max: maxGuides });
  return read;
};

const circle: Reader<Uint8Array[]> = (value, path) => {
  const read = list(key, maxCircle, { unique: true })(value, path);
  if (read.length > 0 && read.length < minCircle) {
    throw new ShapeError(path, 'too-short', 'a circle of fewer than three', { min: minCircle, max: maxCircle });
  }
  return read;
};

/** `doneBy` after `voteEnd`: the plan is voted on before it is done. */
const planFields: Reader<PlanFields> = (value, path) => {
  const fields = record<PlanFields>({
    title: text(120, 1),
    text: text(4000),
    minutes: int(minPlanMinutes, maxPlanMinutes),
    voteEnd: time,
    doneBy: time,
    guides,
    circle,
  })(value, path);
  if (fields.doneBy <= fields.voteEnd) throw new ShapeError(`${path}.doneBy`, 'range', 'not after voteEnd');
  return fields;
};

export interface PlanBodies {
  /** A plan, open for pledges and votes. */
  plan: PlanFields;
  /** Moves minutes from the member into the plan's account. */
  pledge: { plan: Uint8Array; minutes: number };
  /** A coordinator moves minutes from the pot into the plan's account. */
  'plan-grant': { plan: Uint8Array; minutes: number; reason: string; seen: Uint8Array[] };
  /** A member's vote; the latest in the close's causal past counts. */
  vote: { plan: Uint8Array; yes: boolean; seen: Uint8Array[] };
  /** A guide or a coordinator counts the votes: accepted or rejected. */
  'plan-close': { plan: Uint8Array; seen: Uint8Array[] };
  /** A guide pays a member for work done, from the plan's account. */
  'plan-pay': { plan: Uint8Array; to: Uint8Array; minutes: number; what: string; seen: Uint8Array[] };
  /** No more payments; what is left goes back. */
  'plan-end': { plan: Uint8Array; seen: Uint8Array[] };
}

export const planBodyReaders: { [T in keyof PlanBodies]: Reader<PlanBodies[T]> } = {
  plan: planFields,
  pledge: record({ plan: id, minutes: int(1, maxPledgeMinutes) }),
  'plan-grant': record({ plan: id, minutes: int(1, maxPledgeMinutes), reason, seen }),
  vote: record({ plan: id, yes: boolean, seen }),
  'plan-close': record({ plan: id, seen }),
  'plan-pay': record({ plan: id, to: key, minutes: int(1, maxMinutes), what: text(300), seen }),
  'plan-end': record({ plan: id, seen }),
};
