// What each entry type carries, with its limits, by domain (bodies/*.ts). Who may write
// each type, and what it does, is in its rule (src/core/rules/<type>.ts); docs/protocol.md
// says both in prose.

import { type CheckpointBodies, checkpointBodyReaders } from './bodies/checkpoints.ts';
import { type ExchangeBodies, exchangeBodyReaders } from './bodies/exchange.ts';
import { type LinkBodies, linkBodyReaders } from './bodies/links.ts';
import { type MemberBodies, memberBodyReaders } from './bodies/members.ts';
import { type NetworkBodies, networkBodyReaders } from './bodies/network.ts';
import { type PlanBodies, planBodyReaders } from './bodies/plans.ts';
import { type PolicyBodies, policyBodyReaders } from './bodies/policy.ts';
import { type SurveyBodies, surveyBodyReaders } from './bodies/survey.ts';
import { type TogetherBodies, togetherBodyReaders } from './bodies/together.ts';
import type { Reader } from './shape.ts';

export * from './bodies/checkpoints.ts';
export * from './bodies/exchange.ts';
export * from './bodies/fields.ts';
export * from './bodies/links.ts';
export * from './bodies/members.ts';
export * from './bodies/network.ts';
export * from './bodies/plans.ts';
export * from './bodies/policy.ts';
export * from './bodies/survey.ts';
export * from './bodies/together.ts';

export interface Bodies
  extends NetworkBodies,
    MemberBodies,
    ExchangeBodies,
    TogetherBodies,
    CheckpointBodies,
    PlanBodies,
    PolicyBodies,
    SurveyBodies,
    LinkBodies {}

export type EntryType = keyof Bodies;

export const bodyReaders: { [T in EntryType]: Reader<Bodies[T]> } = {
  ...networkBodyReaders,
  ...memberBodyReaders,
  ...exchangeBodyReaders,
  ...togetherBodyReaders,
  ...checkpointBodyReaders,
  ...planBodyReaders,
  ...policyBodyReaders,
  ...surveyBodyReaders,
  ...linkBodyReaders,
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
  'policy',
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
  'activity-call-off',
  'came-for',
  'checkpoint',
  'plan-grant',
  'vote',
  'plan-close',
  'plan-pay',
  'plan-end',
  'survey',
  // links between two networks (docs/protocol-links.md)
  'link',
  'link-roster',
  'link-attest',
  'link-end',
  'link-statement',
  'move-out',
  'move-in',
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
