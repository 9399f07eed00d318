// What a device sends a new device first, before the doc (docs/protocol.md §7, "Newest posts
// first"): the bytes of the newest posts its own board shows, so the new device can show
// them, still being checked (§3.5), while the whole log is on its way. Only what this
// device has verified and would show itself: open, not hidden, by an admitted member.

import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import { maxClockSkewMs } from './readEntry.ts';

export interface NewestPostsLimits {
  /** How many posts at most. */
  count: number;
  /** Their bytes together at most. */
  maxBytes: number;
}

/**
 * The wire bytes of the newest posts in `state` (by their claimed time, not more than clocks
 * drift ahead of `now`), newest first, as many as fit in `limits`.
 */
export function newestPostsToShare(
  state: NetworkState,
  bytesOf: (id: EntryIdText) => Uint8Array | undefined,
  now: number,
  { count, maxBytes }: NewestPostsLimits,
): Uint8Array[] {
  const shown: { id: EntryIdText; created: number }[] = [];
  for (const post of state.posts.values()) {
    if (post.status !== 'open' || post.created > now + maxClockSkewMs || state.hiddenPosts.has(post.id)) continue;
    if (state.members.get(post.author)?.status !== 'admitted') continue;
    shown.push({ id: post.id, created: post.created });
  }
  shown.sort((a, b) => b.created - a.created);
  const out: Uint8Array[] = [];
  let bytes = 0;
  for (const { id } of shown) {
    if (out.length >= count) break;
    const wire = bytesOf(id);
    if (!wire || bytes + wire.length > maxBytes) continue;
    out.push(wire);
    bytes += wire.length;
  }
  return out;
}
