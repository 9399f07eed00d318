// Ideas and help that comes back in a checkpoint (docs/protocol.md §4.8, protocol-together.md
// §5 and §7): what of them a device starting from the summary needs, written as records and
// carried entries, and read back into a state. A member's latest `profile-more` is in its
// member record (records.ts), as its profile is.
import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import type { Idea, Recurring } from '../state/togetherRecords.ts';
import type { CheckpointRecord } from './records.ts';

/** Ideas no coordinator took off (public ones on the board, sealed ones for the coordinators). */
function openIdeas(state: NetworkState): Idea[] {
  return [...state.ideas.values()].filter((idea) => !state.hiddenPosts.has(idea.id));
}

/**
 * Help that comes back on a post still open: a later `recurring` of either side can still
 * change it, and a device shows its reminder with the post. Ended ones are kept too: the
 * latest of either side counts, so a late entry is weighed against the one that ended it.
 * One on a closed or hidden post is closed with the post (a later one is refused, as an
 * update of it is).
 */
function openRecurring(state: NetworkState, openPosts: ReadonlySet<EntryIdText>): [string, Recurring][] {
  return [...state.recurring].filter(([, recurring]) => openPosts.has(recurring.post));
}

/** The entries of F a device starting from the checkpoint carries: each idea still open, in full. */
export function ideasCarried(state: NetworkState): EntryIdText[] {
  return openIdeas(state).map((idea) => idea.id);
}

export function ideaAndRecurringRecords(state: NetworkState, openPosts: ReadonlySet<EntryIdText>): CheckpointRecord[] {
  const records: CheckpointRecord[] = [];
  for (const idea of openIdeas(state)) records.push({ key: `idea ${idea.id}`, idea });
  for (const [key, recurring] of openRecurring(state, openPosts)) records.push({ key: `recurring ${key}`, recurring });
  return records;
}

/** Reads one record of this file back into the state; false if the record is not one of these. */
export function restoreIdeaOrRecurring(
  state: NetworkState,
  kind: string,
  key: string,
  record: CheckpointRecord,
): boolean {
  if (kind === 'idea') state.ideas.set(key, record.idea as Idea);
  else if (kind === 'recurring') state.recurring.set(key, record.recurring as Recurring);
  else return false;
  return true;
}
