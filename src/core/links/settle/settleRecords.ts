// Records across a link (`cross-pay`) once both sides' attestations are judged (docs/protocol-links.md
// §4, §9): which count in this network, and which wait for what; crossRecords.ts does the counting.
import type { Entry } from '../../entry/Entry.ts';
import { isMember } from '../../state/membership.ts';
import type { EntryIdText, NetworkState } from '../../state/NetworkState.ts';
import { count, inRecord, outRecord } from '../crossRecords.ts';
import type { Link } from '../LinkState.ts';
import { ownOfType, peerOfType, type SettleContext, sharedPostIds } from './SettleContext.ts';

/**
 * A record counts here when both sides attested it, naming a shared post or none, and (one
 * paid in) our member is a member. Records in `done` a checkpoint counted: they stay as they are.
 */
export function settleRecords(context: SettleContext, done: ReadonlySet<EntryIdText>): void {
  const { state, link, ours, theirs, keepPeer, refuseOwn } = context;
  const shared = sharedPostIds(context);
  for (const item of ownOfType(context, 'cross-pay'))
    link.records.set(item.idText, outRecord(state, item.idText, item.entry));
  for (const item of peerOfType(context, 'cross-pay')) link.records.set(item.idText, inRecord(state, item));
  for (const record of link.records.values()) {
    if (done.has(record.id)) continue;
    record.attested = { own: ours.attested.get(record.id) ?? null, peer: theirs.attested.get(record.id) ?? null };
    const both = record.attested.own !== null && record.attested.peer !== null;
    record.waiting =
      !shared.has(record.post ?? '') && record.post !== null
        ? 'not-shared'
        : !both
          ? 'missing-ref'
          : record.direction === 'in' && !isMember(state, record.member)
            ? 'unknown-member'
            : null;
    if (record.waiting === 'not-shared' && record.direction === 'out') refuseOwn(record.id, 'not-shared');
    record.counted = record.waiting === null;
    if (record.counted) count(state, link, record);
  }
  for (const item of peerOfType(context, 'cross-pay')) keepPeer(item, link.records.get(item.idText)?.waiting ?? null);
}

/** While the link is not open: our records are there, all waiting for the peer's half. */
export function recordsBeforeOpening(
  state: NetworkState,
  link: Link,
  ownPays: readonly { idText: EntryIdText; entry: Entry<'cross-pay'> }[],
): void {
  for (const item of ownPays) link.records.set(item.idText, outRecord(state, item.idText, item.entry));
  for (const record of link.records.values()) record.waiting = 'missing-ref';
}
