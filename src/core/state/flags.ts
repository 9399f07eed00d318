// What the coordinator is asked to look at, each with what to do about it. Flags never
// block anything: during a network partition two devices can each accept a transfer that
// together take a balance past the limit, so the limit can only be watched, not enforced;
// and heavy help or a forked phone is a reason to talk, not to refuse.

import { keyText } from '../encoding/keyText.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { matchState } from './exchange.ts';
import { chainTipsOf } from './membership.ts';
import type { DeviceKey, EntryIdText, MemberKey, NetworkState, Post } from './NetworkState.ts';

const day = 24 * 60 * 60 * 1000;

/**
 * Heavy repeat help (PRODUCT.md principle 7: informal help is light and occasional; heavy
 * or recurring care is flagged and pointed to professional help). Looked at over the last
 * four weeks, one helper for one neighbour:
 * - five or more exchanges: more than once a week. Weekly help (boodschappen every
 *   Friday) is what a timebank is for; more often than that starts to look like care.
 * - or twelve hours or more: three hours a week. The Dutch SCP counts help as intensive
 *   informal care (mantelzorg) from eight hours a week; flagging well below that gives
 *   the coordinator time to talk and agree a review date before it becomes care.
 */
export const heavyHelpWindow = 28 * day;
export const heavyHelpExchanges = 5;
export const heavyHelpMinutes = 12 * 60;

/**
 * A device with more branch tips than this is over-forked: a restored backup makes two, a
 * few mishaps a handful; more is someone signing branches on purpose (to hide a real tip
 * among them). It costs nobody else anything (a coordinator's act names every tip), but
 * it is worth a word.
 */
export const overForkedHeads = 4;

/** A post or a response that nobody answered for this long is brought to the coordinator. */
export const unansweredAfter = 14 * day;

/** What the coordinator can do about a flag; the pages word it. */
export type FlagAction =
  /** Have a kind word: is everything all right, is the limit still right? Never a penalty. */
  | 'talk'
  /** Ask the member about the device: a restored backup costs only them; a stolen one calls for a new key. */
  | 'check-device'
  /** Talk with both about how it goes; agree an end or review date; point to professional help if it is care. */
  | 'review-help'
  /** Suggest someone who could help (both still say yes themselves). */
  | 'suggest-match'
  /** Remind the author kindly that someone offered to help. */
  | 'remind-author';

export interface OverLimitFlag {
  kind: 'over-limit';
  action: 'talk';
  member: MemberKey;
  balance: number;
  limit: number;
}

export interface ForkFlag {
  kind: 'fork';
  action: 'check-device';
  member: MemberKey;
  device: DeviceKey;
  /** Where the chain branched. */
  seq: number;
}

/** A fork of more than `overForkedHeads` branches: shown instead of the plain fork flag. */
export interface OverForkedFlag {
  kind: 'over-forked';
  action: 'check-device';
  member: MemberKey;
  device: DeviceKey;
  /** How many branch tips the device has. */
  heads: number;
}

/**
 * A checkpoint this device found false (docs/protocol.md §4.8): its signer's coordinator and
 * kiosk roles ended with it. An honest bug costs that too; talk, and grant the role anew.
 */
export interface FalseCheckpointFlag {
  kind: 'false-checkpoint';
  action: 'talk';
  member: MemberKey;
  checkpoint: EntryIdText;
  part: number;
}

/** Flags about something that has been waiting (or going on) since a time. */
export type TimedFlag =
  | {
      kind: 'heavy-help';
      action: 'review-help';
      helper: MemberKey;
      helped: MemberKey;
      exchanges: number;
      minutes: number;
      /** The first exchange of the four weeks looked at. */
      since: number;
    }
  | { kind: 'unanswered-post'; action: 'suggest-match'; post: EntryIdText; author: MemberKey; since: number }
  | {
      kind: 'unanswered-response';
      action: 'remind-author';
      post: EntryIdText;
      author: MemberKey;
      responder: MemberKey;
      since: number;
    }
  | { kind: 'via-coordinator'; action: 'suggest-match'; post: EntryIdText; author: MemberKey; since: number };

export type Flag = FalseCheckpointFlag | OverLimitFlag | ForkFlag | OverForkedFlag | TimedFlag;

/** Every flag as of `now`: by kind in the order above, then oldest first. */
export function flagsOf(state: NetworkState, now: number): Flag[] {
  return [
    ...falseCheckpoints(state),
    ...overLimit(state),
    ...forks(state),
    ...heavyHelp(state, now),
    ...unanswered(state, now),
    ...viaCoordinator(state),
  ];
}

/** The checkpoints found false, each with the member who signed it: the most urgent, first. */
export function falseCheckpoints(state: NetworkState): FalseCheckpointFlag[] {
  const flags: FalseCheckpointFlag[] = [];
  for (const id of state.falseCheckpoints ?? []) {
    const entry = state.applied.get(id) as AnyEntry | undefined;
    if (entry?.type !== 'checkpoint') continue;
    const member = state.devices.get(keyText(entry.author))?.member;
    if (member === undefined) continue;
    flags.push({ kind: 'false-checkpoint', action: 'talk', member, checkpoint: id, part: entry.body.part });
  }
  return flags.sort((a, b) => a.part - b.part || (a.checkpoint < b.checkpoint ? -1 : 1));
}

/** Balances below the network's credit limit: talk, don't punish. */
export function overLimit(state: NetworkState): OverLimitFlag[] {
  const limit = state.network?.creditLimit ?? 0;
  const flags: OverLimitFlag[] = [];
  for (const member of state.members.values()) {
    if (member.balance < -limit) {
      flags.push({ kind: 'over-limit', action: 'talk', member: member.key, balance: member.balance, limit });
    }
  }
  return flags.sort((a, b) => a.balance - b.balance);
}

/**
 * Devices whose chain branched (a restored backup, a bug, a copied phone), with their
 * member; over-forked ones say how many tips they have. The tips are counted only for
 * forked devices (one pass over the chains, and only when there are any).
 */
export function forks(state: NetworkState): (ForkFlag | OverForkedFlag)[] {
  const flags: (ForkFlag | OverForkedFlag)[] = [];
  const tips = state.forks.size > 0 ? chainTipsOf(state, state.forks.keys()) : new Map<DeviceKey, EntryIdText[]>();
  for (const [device, seq] of state.forks) {
    const member = state.devices.get(device)?.member;
    if (member === undefined) continue;
    const heads = tips.get(device)?.length ?? 0;
    if (heads > overForkedHeads) flags.push({ kind: 'over-forked', action: 'check-device', member, device, heads });
    else flags.push({ kind: 'fork', action: 'check-device', member, device, seq });
  }
  return flags;
}

/** One helper doing very much for one neighbour in the last four weeks. */
export function heavyHelp(state: NetworkState, now: number): TimedFlag[] {
  const pairs = new Map<
    string,
    { helper: MemberKey; helped: MemberKey; exchanges: number; minutes: number; since: number }
  >();
  for (const transfer of state.transfers.values()) {
    if (transfer.time <= now - heavyHelpWindow || transfer.time > now) continue;
    if (state.reversals.has(transfer.id)) continue;
    // The one who received the help pays the helper.
    const key = `${transfer.to} ${transfer.from}`;
    const pair = pairs.get(key) ?? {
      helper: transfer.to,
      helped: transfer.from,
      exchanges: 0,
      minutes: 0,
      since: transfer.time,
    };
    pair.exchanges++;
    pair.minutes += transfer.minutes;
    pair.since = Math.min(pair.since, transfer.time);
    pairs.set(key, pair);
  }
  const flags: TimedFlag[] = [];
  for (const pair of [...pairs.values()].sort((a, b) => a.since - b.since)) {
    if (pair.exchanges >= heavyHelpExchanges || pair.minutes >= heavyHelpMinutes) {
      flags.push({ kind: 'heavy-help', action: 'review-help', ...pair });
    }
  }
  return flags;
}

/**
 * Posts on the board (open, not hidden) that nobody but the author has answered in two
 * weeks; and responses the author has left unanswered for two weeks.
 */
export function unanswered(state: NetworkState, now: number): TimedFlag[] {
  const posts: TimedFlag[] = [];
  const responses: TimedFlag[] = [];
  const decisionsByPost = decisionsPerPost(state);
  for (const post of onTheBoard(state)) {
    const decisions = decisionsByPost.get(post.id) ?? [];
    const answered = decisions.some((d) => d.decider !== post.author);
    if (!answered && post.created <= now - unansweredAfter) {
      posts.push({
        kind: 'unanswered-post',
        action: 'suggest-match',
        post: post.id,
        author: post.author,
        since: post.created,
      });
    }
    for (const d of decisions) {
      if (d.decider === post.author || !d.accept || d.time > now - unansweredAfter) continue;
      const authorSaid = decisions.some((a) => a.decider === post.author && a.other === d.decider);
      if (!authorSaid) {
        responses.push({
          kind: 'unanswered-response',
          action: 'remind-author',
          post: post.id,
          author: post.author,
          responder: d.decider,
          since: d.time,
        });
      }
    }
  }
  return [...posts, ...responses].sort(bySince);
}

/** Requests asked "via de coördinator" that have no agreed match yet: the coordinator's queue. */
export function viaCoordinator(state: NetworkState): TimedFlag[] {
  const flags: TimedFlag[] = [];
  const decisionsByPost = decisionsPerPost(state);
  for (const post of onTheBoard(state)) {
    if (post.kind !== 'request' || !post.viaCoordinator) continue;
    const matched = (decisionsByPost.get(post.id) ?? []).some(
      (d) => d.decider !== post.author && matchState(state, post, d.decider).agreed,
    );
    if (!matched) {
      flags.push({
        kind: 'via-coordinator',
        action: 'suggest-match',
        post: post.id,
        author: post.author,
        since: post.created,
      });
    }
  }
  return flags.sort(bySince);
}

/** Open posts that are not hidden, by members who are in the network now. */
function onTheBoard(state: NetworkState): Post[] {
  return [...state.posts.values()].filter(
    (post) =>
      post.status === 'open' &&
      !state.hiddenPosts.has(post.id) &&
      state.members.get(post.author)?.status === 'admitted',
  );
}

interface Decision {
  decider: MemberKey;
  other: MemberKey;
  accept: boolean;
  time: number;
}

/** Every member's latest match decision, by the post it is about. */
function decisionsPerPost(state: NetworkState): Map<EntryIdText, Decision[]> {
  const byPost = new Map<EntryIdText, Decision[]>();
  for (const [key, decision] of state.matchDecisions) {
    const [post, decider, other] = key.split(' ');
    if (!post || !decider || !other) continue;
    const list = byPost.get(post) ?? [];
    list.push({ decider, other, accept: decision.accept, time: decision.from.time });
    byPost.set(post, list);
  }
  return byPost;
}

function bySince(a: TimedFlag, b: TimedFlag): number {
  return a.since - b.since;
}
