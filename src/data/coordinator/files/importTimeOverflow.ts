// Moving a TimeOverflow bank into a new network: its members report (and offers report)
// are read and shown first, then, when the coordinator says so, written as signed entries:
// each member enrolled with their balance as an opening balance, each offer posted in their
// name via the coordinator's device (src/core/import). The members' new keys are not kept:
// a member claims their account later on a device of their own or a member card, when a
// coordinator moves them to that key (move-member) — their hours go with them.

import type { Identity } from '../../../core/Identity.ts';
import {
  type MembersRead,
  type PostsRead,
  readTimeOverflowMembers,
  readTimeOverflowPosts,
} from '../../../core/import/timeOverflow.ts';
import { writeImport } from '../../../core/import/writeImport.ts';
import type { NetworkState } from '../../../core/state/NetworkState.ts';
import type { Room } from '../../../sync/Room.ts';
import { failed, type WriteProblem } from '../../session/WriteResult.ts';

export interface ImportPreview {
  members: MembersRead;
  /** Empty when no offers file was given. */
  posts: PostsRead;
  /** The sum of the opening balances, in minutes: the pot stands at minus this. */
  openingTotal: number;
}

/** Reads both files without writing anything: what will come over, and what will not. */
export function previewImport(membersText: string, offersText: string): ImportPreview {
  const members = readTimeOverflowMembers(membersText);
  const posts = offersText.trim()
    ? readTimeOverflowPosts(offersText, members.members)
    : { posts: [], problems: [], notices: [] };
  const openingTotal = members.members.reduce((sum, member) => sum + member.openingMinutes, 0);
  return { members, posts, openingTotal };
}

export interface ImportHost {
  readonly identity: Identity;
  memberState(): NetworkState | null;
  memberRoom(): Room | null;
  writeLocked<R>(task: () => Promise<R>): Promise<R>;
  /** Writes what the ledger now holds into the verified copy and the tables. */
  project(): Promise<void>;
}

/** Imported members whose offers stop showing after this long, unless they renew them. */
const offersShowFor = 182 * 24 * 60 * 60 * 1000;

export type ImportResult =
  | { ok: true; members: number; posts: number }
  | WriteProblem
  | { ok: false; problem: 'not-new' };

/**
 * Writes the import into this network. Only into a new one (nobody admitted but its
 * coordinators): balances carried over belong at the start of a network's history.
 */
export async function runImport(
  host: ImportHost,
  preview: ImportPreview,
  consent: string,
  now = Date.now(),
): Promise<ImportResult> {
  const state = host.memberState();
  const room = host.memberRoom();
  if (!state || !room) return failed('no-member-room');
  const others = [...state.members.values()].filter(
    (member) => member.status !== 'declined' && !member.roles.has('coordinator'),
  );
  if (others.length > 0) return { ok: false, problem: 'not-new' };
  const { members, posts } = preview;
  await host.writeLocked(async () => {
    await writeImport(room.ledger, host.identity, members.members, posts.posts, {
      consent: consent.trim(),
      expires: now + offersShowFor,
      time: now,
    });
    // Into the verified copy first, then into the doc for the peers.
    await host.project();
    await room.restoreMissing();
  });
  return { ok: true, members: members.members.length, posts: posts.posts.length };
}
