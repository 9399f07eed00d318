// What an archive device writes next for checkpoints (docs/protocol.md §4.8, "What an
// archive device writes"): a notice against a false one, a countersignature of the lowest
// true proposal for the next part, or a proposal of its own once a quarter ended 30 days ago.
import { idFromText, toBase64Url } from '../encoding/base64url.ts';
import type { Bodies } from '../entry/bodies.ts';
import type { AnyEntry, Entry } from '../entry/Entry.ts';
import type { ForeignEntry } from '../links/LinkState.ts';
import type { DeviceKey, EntryIdText, MemberKey, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import type { CheckpointBook } from './CheckpointBook.ts';
import { compareBytes, signingDelay } from './counting.ts';
import { frontierOfTipsInSteps } from './frontier.ts';
import { tipsOf } from './records.ts';
import { type BuiltSummary, checkpointSummaryInSteps } from './summary.ts';
import { proposalAfterInSteps } from './summaryAfter.ts';

export type CheckpointWrite =
  | { kind: 'propose'; body: Omit<Bodies['checkpoint'], 'seen'>; built: BuiltSummary }
  | { kind: 'countersign'; body: Omit<Bodies['checkpoint'], 'seen'> }
  | { kind: 'notice'; body: Omit<Bodies['false-checkpoint'], 'seen'> };

/** The end (its last millisecond, UTC) of the latest calendar quarter that ended at least 30 days before `now`. */
export function dueUntil(now: number): number {
  const signed = new Date(now - signingDelay);
  const quarterStart = Date.UTC(signed.getUTCFullYear(), Math.floor(signed.getUTCMonth() / 3) * 3, 1);
  return quarterStart - 1;
}

/** Is `until` the last millisecond of a calendar quarter (UTC), as every proposer takes it? */
export function isQuarterEnd(until: number): boolean {
  const next = new Date(until + 1);
  return (
    next.getUTCDate() === 1 &&
    next.getUTCMonth() % 3 === 0 &&
    next.getUTCHours() === 0 &&
    next.getUTCMinutes() === 0 &&
    next.getUTCSeconds() === 0 &&
    next.getUTCMilliseconds() === 0
  );
}

/** What an archive device of `member` writes next, at most one thing a call. */
export async function dueWrite(
  book: CheckpointBook,
  networkId: EntryIdText,
  state: NetworkState,
  member: MemberKey,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  now: number,
  foreign: Iterable<ForeignEntry>,
): Promise<CheckpointWrite | null> {
  const memberOf = (device: DeviceKey) => state.devices.get(device)?.member;
  const mine = (entry: Entry) => memberOf(toBase64Url(entry.author)) === member;
  for (const id of book.falseCheckpoints) {
    const noticed = [...state.applied.values()].some(
      (entry) =>
        entry.type === 'false-checkpoint' &&
        mine(entry) &&
        toBase64Url((entry as AnyEntry & { type: 'false-checkpoint' }).body.checkpoint) === id,
    );
    const verdict = book.verdictOf(id);
    if (!noticed && verdict.kind === 'false')
      return { kind: 'notice', body: { checkpoint: idFromText(id), page: verdict.page, correct: verdict.correct } };
  }
  const counting = book.counting(state.devices);
  const last = counting.at(-1);
  const part = (last?.part ?? 0) + 1;
  const after = last ? last.summary : null;
  const afterText = after ? toBase64Url(after) : null;
  const base = book.trueVerdictOf(last);
  const until = dueUntil(now);
  // A true proposal it would have made itself: `until` a quarter's end, due by now, later
  // than the last counting one's. Another (a rogue's `until` between a transfer and its
  // reversal, or years ahead so that it never counts) it neither countersigns nor waits for.
  const couldCount = (id: EntryIdText) => {
    const verdict = book.verdictOf(id);
    if (verdict.kind !== 'true') return verdict.kind === 'unknown';
    return isQuarterEnd(verdict.until) && verdict.until <= until && (!base || verdict.until > base.until);
  };
  // The proposals for the next part, built on the last counting one, that are not false.
  const proposals = [...book.entries].filter(([id, entry]) => {
    const body = (entry as AnyEntry & { type: 'checkpoint' }).body;
    return body.part === part && (body.after ? toBase64Url(body.after) : null) === afterText && couldCount(id);
  });
  const trueOnes = proposals
    .filter(([id]) => book.verdictOf(id).kind === 'true')
    .map(([, entry]) => entry as AnyEntry & { type: 'checkpoint' });
  if (trueOnes.length > 0) {
    // The lowest summary hash by its bytes, as counting ranks them.
    const lowest = trueOnes.reduce((best, entry) =>
      compareBytes(entry.body.summary, best.body.summary) < 0 ? entry : best,
    );
    const summaryText = toBase64Url(lowest.body.summary);
    const signedIt = trueOnes.some((entry) => toBase64Url(entry.body.summary) === summaryText && mine(entry));
    if (signedIt) return null;
    return { kind: 'countersign', body: { part, after, summary: lowest.body.summary } };
  }
  // One not checked yet (its pages on their way): wait for it rather than propose another.
  if (proposals.length > 0) return null;
  if (last && !base) return null;
  if (base && until <= base.until) return null;
  // A network younger than the quarter: nothing to sum up (and nothing to derive for it).
  const genesis = held.get(networkId);
  if (!genesis || genesis.entry.time > until) return null;
  const header = { part, after, until };
  // Only a device that holds all of F(n − 1) proposes: one that lacks some (handed the
  // checkpoint, or a phone that became a coordinator) would leave out what needs it.
  if (base?.partial) {
    const whole = await book.inSlices(
      frontierOfTipsInSteps(held, tipsOf(base.sections), base.until, { checked: true }),
    );
    if (typeof whole === 'string') return null;
  }
  const built = base
    ? await book.inSlices(proposalAfterInSteps(networkId, header, base, held, book.falseCheckpoints, foreign))
    : await book.inSlices(checkpointSummaryInSteps(networkId, header, held.values(), book.falseCheckpoints, foreign));
  // Nothing before `until` (a network younger than the quarter): nothing to sum up.
  if (!built || (!base && !built.frontier.has(networkId))) return null;
  return { kind: 'propose', body: { part, after, summary: built.hash }, built };
}
