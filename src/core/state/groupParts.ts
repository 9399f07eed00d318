// The parts of group records (docs/protocol-together.md §2): whether each party agreed,
// and moving a part's minutes exactly when both did. Kept as a function of the answers
// known, so any order of arrival, repeats and copies end in the same balances.
import { move } from './accounts.ts';
import type { EntryIdText, MemberKey, NetworkState } from './NetworkState.ts';
import type { GroupRecord } from './togetherRecords.ts';

/** The key of one part: a part moves at most once under it. */
export function partKey(record: EntryIdText, index: number): string {
  return `${record} ${index}`;
}

/** The key of one party's answer to one part. */
export function answerKey(record: EntryIdText, index: number, member: MemberKey): string {
  return `${record} ${index} ${member}`;
}

/** A party's say on a part: the author agreed by writing the record; others by their first answer. */
export function partyAgrees(
  state: NetworkState,
  record: GroupRecord,
  index: number,
  member: MemberKey,
): boolean | undefined {
  if (member === record.author) return true;
  return state.partAnswers.get(answerKey(record.id, index, member))?.agree;
}

export type PartStatus = 'moved' | 'declined' | 'waiting';

/** Where a part stands: moved (both agreed), declined (one said no) or waiting. */
export function partStatus(state: NetworkState, record: GroupRecord, index: number): PartStatus {
  const part = record.parts[index];
  if (!part) return 'waiting';
  const payer = partyAgrees(state, record, index, part.payer);
  const receiver = partyAgrees(state, record, index, part.receiver);
  if (payer === false || receiver === false) return 'declined';
  return payer && receiver ? 'moved' : 'waiting';
}

/** Moves a part's minutes, or moves them back, so that it has moved exactly when both agreed. */
export function settlePart(state: NetworkState, record: GroupRecord, index: number): void {
  const part = record.parts[index];
  if (!part) return;
  const key = partKey(record.id, index);
  const should = partStatus(state, record, index) === 'moved';
  const moved = state.movedParts.has(key);
  if (should && !moved) {
    move(state, part.payer, part.receiver, part.minutes);
    state.movedParts.add(key);
  } else if (!should && moved) {
    // An earlier answer arrived after a later one: undo exactly what moving did.
    moveBack(state, part.payer, part.receiver, part.minutes);
    state.movedParts.delete(key);
  }
}

function moveBack(state: NetworkState, payer: MemberKey, receiver: MemberKey, minutes: number): void {
  const from = state.members.get(payer);
  if (from) {
    from.balance += minutes;
    from.given -= minutes;
  }
  const to = state.members.get(receiver);
  if (to) {
    to.balance -= minutes;
    to.received -= minutes;
  }
}

/** A moved part as a movement of minutes, for the history beside transfers. */
export interface MovedPart {
  /** `${record}.${index}`: never an entry id, which has no dot. */
  id: string;
  record: EntryIdText;
  from: MemberKey;
  to: MemberKey;
  minutes: number;
  what: string;
  post: EntryIdText | null;
  time: number;
}

/** The part a history row id names, if it has moved. */
export function movedPart(state: NetworkState, rowId: string): MovedPart | null {
  const [record, index] = rowId.split('.');
  const found = record === undefined ? undefined : state.groupRecords.get(record);
  const part = found?.parts[Number(index)];
  if (!found || !part || !state.movedParts.has(partKey(found.id, Number(index)))) return null;
  return {
    id: rowId,
    record: found.id,
    from: part.payer,
    to: part.receiver,
    minutes: part.minutes,
    what: found.what,
    post: found.post,
    time: found.time,
  };
}

/** The history row ids of every part of a record. */
export function partRowIds(record: GroupRecord): string[] {
  return record.parts.map((_, index) => `${record.id}.${index}`);
}

/** Every moved part's history row id. */
export function movedPartRowIds(state: NetworkState): string[] {
  return [...state.movedParts].map((key) => key.replace(' ', '.'));
}
