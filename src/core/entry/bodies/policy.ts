// The body of `policy` (docs/protocol.md §3.4): the settings version 3 adds, kept apart from
// `settings` so that version-2 readers and entries keep their exact shape. Before the first
// `policy` entry the defaults hold.
import { boolean, int, oneOf, type Reader, record } from '../shape.ts';
import { seen } from './fields.ts';
import { type ActivityPay, activityPayChoices } from './together.ts';

export interface Policy {
  /** Days that devices not a message's people carry its sealed text (§7.2). */
  retention: number;
  /** How many signers a checkpoint needs (§4.8). */
  checkpointQuorum: number;
  /** Who pays an activity's organiser, as the activity form proposes it (together §1). */
  activityPay: ActivityPay;
  /** A plan passes when more than this percentage of the votes cast is yes (together §3). */
  voteShare: number;
  /** The percentage of the members allowed to vote who must vote (together §3). */
  voteQuorum: number;
  /** Members may show their posts to linked networks (links §3). */
  shareAcross: boolean;
}

/** The policy before any `policy` entry. */
export const defaultPolicy: Readonly<Policy> = Object.freeze({
  retention: 90,
  checkpointQuorum: 2,
  activityPay: 'participants',
  voteShare: 50,
  voteQuorum: 20,
  shareAcross: true,
});

/** Each field's range, for the form as well as the reader. */
export const policyLimits = {
  retention: { min: 7, max: 365 },
  checkpointQuorum: { min: 1, max: 5 },
  voteShare: { min: 50, max: 99 },
  voteQuorum: { min: 0, max: 100 },
} as const;

const policyFields = {
  retention: int(policyLimits.retention.min, policyLimits.retention.max),
  checkpointQuorum: int(policyLimits.checkpointQuorum.min, policyLimits.checkpointQuorum.max),
  activityPay: oneOf(...activityPayChoices),
  voteShare: int(policyLimits.voteShare.min, policyLimits.voteShare.max),
  voteQuorum: int(policyLimits.voteQuorum.min, policyLimits.voteQuorum.max),
  shareAcross: boolean,
};

export interface PolicyBodies {
  /** A coordinator replaces the whole policy; the latest in causal order counts. */
  policy: Policy & { seen: Uint8Array[] };
}

export const policyBodyReaders: { [T in keyof PolicyBodies]: Reader<PolicyBodies[T]> } = {
  policy: record({ ...policyFields, seen }),
};
