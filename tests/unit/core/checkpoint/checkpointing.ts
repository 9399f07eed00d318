// Helpers for the checkpoint tests: a history cut at a moment, the archive device's two
// stages, and a phone that starts from the pages and the carried entries alone.

import { readPages, readSummary } from '../../../../src/core/checkpoint/pages.ts';
import { postLapsed } from '../../../../src/core/checkpoint/postLapse.ts';
import { openGroupRecords } from '../../../../src/core/checkpoint/records.ts';
import { stateFromCheckpoint } from '../../../../src/core/checkpoint/stateFromCheckpoint.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { cameOf, cancellationOf } from '../../../../src/core/state/activities.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import type { NetworkState, VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { stepsOf } from '../../../../src/core/state/steps.ts';
import { reportStories } from '../../../../src/core/state/storyReport.ts';
import { thanksBoard } from '../../../../src/core/state/thanksBoard.ts';

export function verified(entries: readonly SignedEntry[]): VerifiedEntry[] {
  return entries.map((e) => ({ idText: toBase64Url(e.id), entry: e.entry }));
}

/** What an archive device and a phone derive across a checkpoint at `until`. */
export function acrossCheckpoint(netId: string, entries: readonly SignedEntry[], until: number, now: number) {
  const all = verified(entries);
  const built = checkpointSummary(netId, { part: 1, after: null, until }, all);
  // The phone: the summary and pages as bytes, the carried entries, and what came after F.
  const summary = readSummary(built.summary);
  const sections = summary && readPages(summary, built.pages);
  if (!sections) throw new Error('pages do not read back');
  const listed = new Set(sections.carried.map((record) => record.key));
  const carried = all.filter((item) => listed.has(item.idText));
  const later = all.filter((item) => !built.frontier.has(item.idText));
  const phoneStart = stateFromCheckpoint(netId, sections, carried, new Set(), until);
  if (!phoneStart) throw new Error('no carried genesis');
  const phone = deriveState(netId, [...carried, ...later], now, { start: () => stepsOf(phoneStart) });
  // A phone a hostile peer handed every entry of F besides, in a part where they do not belong (§7.1).
  const below = all.filter((item) => built.frontier.has(item.idText));
  const handedOld = deriveState(netId, [...below, ...carried, ...later], now, { start: () => stepsOf(phoneStart) });
  // The archive device: everything, F known in full.
  const archiveStart = stateFromCheckpoint(netId, built.sections, all, new Set(built.frontier.keys()), until);
  if (!archiveStart) throw new Error('no genesis');
  const archive = deriveState(netId, all, now, { start: () => stepsOf(archiveStart) });
  return { built, phone, handedOld, archive, later, atF: built.state };
}

/**
 * The fields that matter to people: balances, who is who, what is open, the pot. A post
 * lapsed by the checkpoint's `until` (given, or the state's) is not open (postLapse.ts).
 */
export function picture(state: NetworkState, until = state.checkpoint?.until ?? Number.NEGATIVE_INFINITY): unknown {
  const open = openGroupRecords(state);
  const openIds = new Set(open.map((record) => record.id));
  const sorted = <V>(map: Map<string, V>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.parse(
    JSON.stringify({
      members: sorted(state.members).map(([key, m]) => [
        key,
        {
          status: m.status,
          roles: [...m.roles].sort(),
          balance: m.balance,
          given: m.given,
          received: m.received,
          welcome: m.welcome,
          seniority: m.seniority,
          profile: m.profile,
          experience: m.experience?.text ?? null,
          devices: [...m.devices].sort(),
        },
      ]),
      devices: sorted(state.devices).map(([key, d]) => [key, { member: d.member, removed: d.removed, label: d.label }]),
      pot: state.pot,
      network: state.network,
      openPosts: sorted(state.posts)
        .filter(([id, post]) => post.status === 'open' && !state.hiddenPosts.has(id) && !postLapsed(post, until))
        // Every field: a phone reads them from the carried entry the record names.
        .map(([id, post]) => [id, post]),
      openProposals: sorted(state.proposals)
        .filter(([id]) => !state.paid.has(id))
        .map(([id]) => [id, state.confirmations.has(id)]),
      // Records with a part still waiting, and what moved of them: a decided record is history.
      groupRecords: open.map((record) => record.id).sort(),
      movedParts: [...state.movedParts].filter((key) => openIds.has(key.split(' ')[0] ?? '')).sort(),
      activities: sorted(state.activities)
        .filter(([, a]) => cancellationOf(state, a) === null)
        .map(([id, a]) => [id, a.title, [...a.payments].sort(), [...cameOf(state, a)].sort()]),
      plans: sorted(state.plans)
        .filter(([, p]) => p.outcome.status === 'open' || p.outcome.status === 'accepted')
        .map(([id, p]) => {
          const { status, account, pledged, granted, paid, potOut, decision } = p.outcome;
          return [id, status, account, pledged, granted, paid, potOut, decision, [...p.outcome.votes]];
        }),
      thanksBoard: thanksBoard(state).map((thanks) => thanks.id),
      stories: sorted(state.stories).map(([id, story]) => [
        id,
        [story.author, ...story.people].map((member) => state.storyConsents.get(`${id} ${member}`) ?? null),
      ]),
      storiesInReport: reportStories(state),
      // Ideas no coordinator took off, and help that comes back on a post still open.
      ideas: sorted(state.ideas)
        .filter(([id]) => !state.hiddenPosts.has(id))
        .map(([id, idea]) => [id, idea.text, idea.sealed !== null]),
      recurring: sorted(state.recurring)
        .filter(([, r]) => {
          const post = state.posts.get(r.post);
          return post?.status === 'open' && !state.hiddenPosts.has(r.post) && !postLapsed(post, until);
        })
        .map(([key, r]) => [key, r.review, r.ends, r.by]),
      epochs: state.epochs.map((e) => [e.epoch, e.author]),
    }),
  );
}
