// Step 4 of the rules: entries that do not change who may do what — profiles, posts,
// messages, matches, hours, the pot. Each is judged against the membership that step 3
// left, and applying them commutes (any order gives the same state), which is what lets a
// new entry be applied on its own instead of deriving everything again. What is the same
// for every type is here; what each type refers to, refuses and changes is in its rule
// (src/core/rules/<type>.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import { keyText } from '../encoding/keyText.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { ruleOf } from '../rules/entryRules.ts';
import { authorOf } from './entryTexts.ts';
import { inKeptWindow, writerOf } from './membership.ts';
import type { Device, EntryIdText, Member, NetworkState, VerifiedEntry } from './NetworkState.ts';
import { AppliedTable } from './PlacedTable.ts';
import type { Rejection } from './Rejection.ts';

export { conversationId } from '../rules/message.ts';

/** Entries that refer to another entry whose rules they depend on: applied after the rest. */
export function dependsOnOthers(entry: AnyEntry): boolean {
  const rule = ruleOf(entry.type);
  return rule.kind === 'ordinary' && rule.reference(entry) !== null;
}

/** The entry this one waits for, if it refers to one whose rules it depends on. */
export function referenceOf(entry: AnyEntry): EntryIdText | null {
  const rule = ruleOf(entry.type);
  const reference = rule.kind === 'ordinary' ? rule.reference(entry) : null;
  return reference ? toBase64Url(reference) : null;
}

/** Why this entry cannot be applied to this state, or null if it can. */
export function rejectionFor(state: NetworkState, item: VerifiedEntry): Rejection | null {
  const entry = item.entry as AnyEntry;
  const author = authorOf(item);
  const rule = ruleOf(entry.type);
  // An anonymous answer: its key is nobody's, and its rule says whether it counts.
  if (rule.kind === 'ordinary' && rule.writer === 'one-time-key') {
    return state.network ? rule.refusal(state, entry, { id: item.idText, me: author }) : 'not-member';
  }
  let writer = writerOf(state, author, item.idText);
  if (writer === 'suspended') {
    const retired = retiredPayer(state, author, item.idText);
    if (retired && paysOthers(state, entry, retired.member)) writer = retired;
  }
  if (typeof writer === 'string') return writer;
  return rule.kind === 'ordinary' ? rule.refusal(state, entry, { id: item.idText, me: writer.member.key }) : null;
}

/**
 * Applies an entry that rejectionFor let through. `fresh`: deriving, which judges each entry
 * once (kept by its place where it has one, PlacedTable.ts).
 */
export function applyEntry(state: NetworkState, item: VerifiedEntry, fresh = false): void {
  const { idText: id } = item;
  const entry = item.entry as AnyEntry;
  recordApplied(state, item, fresh);
  const rule = ruleOf(entry.type);
  if (rule.kind !== 'ordinary') return;
  const device = authorOf(item);
  const author = state.devices.get(device)?.member ?? device;
  const via = entry.via ? keyText(entry.via) : null;
  rule.apply(state, entry, { id, author, device, via, order: { time: entry.time, id } });
}

/** Would applying this entry on its own to this state give what deriving again gives? */
export function appliesInPlace(state: NetworkState, item: VerifiedEntry): boolean {
  const rule = ruleOf(item.entry.type);
  return rule.kind !== 'ordinary' || (rule.inPlace?.(state, item.entry as AnyEntry, item.idText) ?? true);
}

/**
 * A payment to someone else — a transfer (never to oneself: its rule), a donation to the
 * pot, the member's own proposal of hours it owes (which a transfer may pay), its own
 * `came` (which pays an activity's organiser), a group record in which it pays, or its yes
 * to a part it pays (docs/protocol-together.md §1, §2): it stands even past a cut the
 * paying member chose in retiring the device. A member's own retirement says "this device
 * is gone from now"; it must never take back what the device paid. Nothing in a payment
 * tells whether it was written before the retirement or by a thief after it, so a stolen
 * phone's payments count until a coordinator's suspension or move ends them (Device.kept).
 */
function paysOthers(state: NetworkState, entry: AnyEntry, member: Member): boolean {
  switch (entry.type) {
    case 'transfer':
    case 'pot-donate':
      return true;
    case 'hours-proposal':
      return toBase64Url(entry.body.payer) === member.key;
    case 'came':
      return true;
    case 'group-hours':
      return entry.body.parts.some((part) => toBase64Url(part.payer) === member.key);
    case 'part-answer': {
      if (!entry.body.agree) return false;
      // A record not there yet: judged by its rule, which waits for it, and again then.
      const record = state.groupRecords.get(toBase64Url(entry.body.record));
      return !record || record.parts[entry.body.part]?.payer === member.key;
    }
    default:
      return false;
  }
}

/** A device its own admitted member retired: what it paid others still counts (Device.kept). */
function retiredPayer(state: NetworkState, author: string, id: EntryIdText): { device: Device; member: Member } | null {
  const device = state.devices.get(author);
  const member = device ? state.members.get(device.member) : undefined;
  if (!device || member?.status !== 'admitted') return null;
  return inKeptWindow(state, device, id) ? { device, member } : null;
}

/** Records an entry as applied: by its place where deriving placed it and it is `fresh`, else by id. */
export function recordApplied(state: NetworkState, item: VerifiedEntry, fresh: boolean): void {
  if (!(fresh && state.applied instanceof AppliedTable && state.applied.addPlaced(item))) {
    state.applied.set(item.idText, item.entry);
  }
}
