// An open post in a checkpoint's summary (docs/protocol.md §4.8): its record names the post's
// author and its latest entry, and nothing the carried entries say already. The post entry
// and its latest update are carried: its fields are the latest one's body, its device, `via`
// and `created` the post entry's, its `updated` the latest one's time.

import { toBase64Url } from '../encoding/base64url.ts';
import { keyText } from '../encoding/keyText.ts';
import type { Bodies, PostFields } from '../entry/bodies.ts';
import { authorOf } from '../state/entryTexts.ts';
import type { Post } from '../state/exchangeRecords.ts';
import type { EntryIdText, VerifiedEntry } from '../state/NetworkState.ts';
import type { Order } from '../state/Order.ts';
import type { CheckpointRecord } from './records.ts';

/** The record of an open post. */
export function openPostRecord(post: Post): CheckpointRecord {
  return { key: `post ${post.id}`, author: post.author, updatedFrom: post.updatedFrom };
}

/**
 * Each open post the records name, rebuilt from the carried entries; null while one of
 * those entries is not here (the device waits for it, as for the genesis). A record naming
 * entries of other types leaves its post out.
 */
export function carriedPosts(
  records: readonly CheckpointRecord[],
  entries: ReadonlyMap<EntryIdText, VerifiedEntry>,
): Map<EntryIdText, Post> | null {
  const posts = new Map<EntryIdText, Post>();
  for (const record of records) {
    if (!record.key.startsWith('post ')) continue;
    const id = record.key.slice('post '.length);
    const updatedFrom = record.updatedFrom as Order;
    const first = entries.get(id);
    const latest = entries.get(updatedFrom.id);
    if (!first || !latest) return null;
    const fields = fieldsOf(latest, id);
    if (first.entry.type !== 'post' || !fields) continue;
    posts.set(id, {
      ...fields,
      id,
      author: record.author as string,
      device: authorOf(first),
      via: first.entry.via ? keyText(first.entry.via) : null,
      created: first.entry.time,
      updated: latest.entry.time,
      updatedFrom,
      status: 'open',
      closedFrom: null,
    });
  }
  return posts;
}

/** The post's fields as its entry `item` gives them: the post itself or an update of that post. */
function fieldsOf(item: VerifiedEntry, post: EntryIdText): PostFields | null {
  if (item.idText === post && item.entry.type === 'post') return { ...(item.entry.body as PostFields) };
  if (item.entry.type !== 'post-update') return null;
  const { post: target, ...fields } = item.entry.body as Bodies['post-update'];
  return toBase64Url(target) === post ? fields : null;
}
