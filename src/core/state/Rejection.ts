// Why an entry is kept aside: refused on reading (entry/readEntry.ts), or not (yet) counted
// by the rules.
export type Rejection =
  // checked on the entry alone (readEntry)
  | 'oversized'
  | 'malformed'
  | 'wrong-id'
  | 'bad-signature'
  | 'old-version'
  // its place in the author's chain
  | 'wrong-network'
  | 'missing-prev'
  | 'bad-prev'
  | 'future'
  // what it names must be there first
  | 'missing-ref'
  | 'bad-ref'
  // who may write it
  | 'not-member'
  | 'not-coordinator'
  | 'suspended'
  // what it says
  | 'no-join'
  | 'no-work'
  | 'already-decided'
  | 'not-suspended'
  | 'last-coordinator'
  | 'last-device'
  | 'too-many-devices'
  | 'stale-epoch'
  | 'self'
  | 'unknown-member'
  | 'not-author'
  | 'not-party'
  | 'mismatch'
  | 'already-paid'
  // a device-add's proof that the new device agreed (protocol v3, src/core/deviceProof.ts)
  | 'no-proof'
  | 'bad-proof'
  // together (docs/protocol-together.md §9)
  | 'too-early'
  | 'plan-closed'
  | 'over-plan'
  | 'survey-closed'
  // names what a checkpoint closed, or forks off history below its tips (docs/protocol.md §4.8)
  | 'closed-ref'
  // links between two networks (docs/protocol-links.md §8)
  | 'foreign-type'
  | 'not-roster'
  | 'no-link'
  | 'link-ended'
  | 'over-link-limit'
  | 'not-shared';

/** Rejections that may clear by themselves when more entries arrive or time passes. */
export const waitingRejections: ReadonlySet<Rejection> = new Set(['missing-prev', 'missing-ref', 'future']);
