// The rules of the timebank: one pure function from a set of verified entries (and the
// time now) to the network's state. The order in which entries arrived, and how often,
// does not matter: every step below sorts or indexes first.
//
//  1. Network: its genesis (the entry whose id is the network's id) starts it.
//  2. Chains: each author's entries must form one chain 1, 2, 3, ... with `prev` naming the
//     one before. A gap waits (missing-prev); a time too far ahead waits (future); two
//     entries with one seq are a fork: both, and all after, are kept aside.
//  3. Authority: join, admit, decline, suspend, reinstate, grant-role, revoke-role and
//     rekey are applied in (time, id) order, each checked against the state so far. A
//     suspension cuts the member's chain after a seq; a second pass drops authority
//     entries that a later suspension cut off.
//  4. Everything else is checked against the membership that results, and applied.
import { toBase64Url } from '../encoding/base64url.ts';
import { authorityTypes } from '../entry/bodies.ts';
import type { AnyEntry, Entry } from '../entry/Entry.ts';
import { maxClockSkewMs } from '../entry/readEntry.ts';
import { applyAuthority } from './applyAuthority.ts';
import { applyEntry, isActive, rejectionFor } from './applyEntry.ts';
import { type EntryIdText, emptyState, type MemberKey, type NetworkState, type Rejection } from './NetworkState.ts';

export interface VerifiedEntry {
  idText: EntryIdText;
  entry: Entry;
}

export function deriveState(networkId: EntryIdText, entries: Iterable<VerifiedEntry>, now: number): NetworkState {
  const state = emptyState(networkId);
  const reject = (id: EntryIdText, reason: Rejection, detail = ''): void => {
    state.rejected.set(id, { reason, detail });
  };

  // 1. This network only.
  const byAuthor = new Map<MemberKey, VerifiedEntry[]>();
  const seen = new Set<EntryIdText>();
  for (const item of entries) {
    if (seen.has(item.idText)) continue;
    seen.add(item.idText);
    const { entry } = item;
    const ownNetwork =
      entry.type === 'genesis' ? item.idText === networkId : toBase64Url(entry.net ?? new Uint8Array()) === networkId;
    if (!ownNetwork) {
      reject(item.idText, 'wrong-network');
      continue;
    }
    const author = toBase64Url(entry.author);
    const list = byAuthor.get(author) ?? [];
    if (list.length === 0) byAuthor.set(author, list);
    list.push(item);
  }

  // 2. Chains.
  const chained: VerifiedEntry[] = [];
  for (const [author, list] of byAuthor) {
    list.sort((a, b) => a.entry.seq - b.entry.seq || compareText(a.idText, b.idText));
    let expectedSeq = 1;
    let prevId: EntryIdText | null = null;
    let broken: Rejection | null = null;
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as VerifiedEntry;
      const { entry } = item;
      const twin = list[i + 1];
      if (!broken && twin && twin.entry.seq === entry.seq) {
        state.forks.set(author, entry.seq);
        broken = 'fork';
      }
      if (broken) {
        reject(item.idText, broken === 'fork' ? 'fork' : broken);
        continue;
      }
      if (entry.seq !== expectedSeq || (entry.prev ? toBase64Url(entry.prev) : null) !== prevId) {
        broken = 'missing-prev';
      } else if (entry.time > now + maxClockSkewMs) {
        broken = 'future';
      }
      if (broken) {
        reject(item.idText, broken);
        continue;
      }
      chained.push(item);
      state.heads.set(author, { seq: entry.seq, id: item.idText });
      expectedSeq++;
      prevId = item.idText;
    }
  }

  // 3. Authority, in (time, id) order, twice.
  const authority = chained
    .filter((item) => authorityTypes.has(item.entry.type))
    .sort((a, b) => a.entry.time - b.entry.time || compareText(a.idText, b.idText));
  const joins = new Map<EntryIdText, VerifiedEntry>();
  for (const item of authority) if (item.entry.type === 'join') joins.set(item.idText, item);

  const firstPass = emptyState(networkId);
  runAuthority(firstPass, authority, joins, new Set());
  const cutOff = new Set<EntryIdText>();
  for (const item of authority) {
    if (item.entry.type === 'join' || item.entry.type === 'genesis') continue;
    if (!firstPass.rejected.has(item.idText) && !isActive(firstPass, toBase64Url(item.entry.author), item.entry.seq)) {
      cutOff.add(item.idText);
    }
  }
  runAuthority(state, authority, joins, cutOff);

  // 4. Everything else.
  for (const item of chained) {
    if (authorityTypes.has(item.entry.type)) continue;
    const problem = rejectionFor(state, item.entry as AnyEntry);
    if (problem) reject(item.idText, problem);
    else applyEntry(state, item.idText, item.entry as AnyEntry);
  }
  return state;
}

function runAuthority(
  state: NetworkState,
  authority: readonly VerifiedEntry[],
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
  cutOff: ReadonlySet<EntryIdText>,
): void {
  for (const item of authority) {
    if (cutOff.has(item.idText)) {
      state.rejected.set(item.idText, { reason: 'suspended', detail: 'written after the cut of a suspension' });
      continue;
    }
    const problem = applyAuthority(state, item.idText, item.entry as AnyEntry, joins);
    if (problem) state.rejected.set(item.idText, { reason: problem, detail: '' });
    else state.applied.set(item.idText, item.entry);
  }
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
