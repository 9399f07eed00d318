// An open post in a checkpoint's summary (docs/protocol.md §4.8): its record names only its
// latest entry; everything else the carried entries say. The post entry and its latest update
// are carried: its fields are the latest one's body, its device, `via` and `created` the post
// entry's, its `updated` the latest one's time, its author the member of its device.

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
  return { key: `post ${post.id}`, updatedFrom: post.updatedFrom };
}

/**
 * Each open post the records name, rebuilt from the carried entries and the summary's
 * `devices` records (whose member each device is); null while one of those entries is not
 * here (the device waits for it, as for the genesis). A record whose entries could not be
 * the post and its latest update (another type, another post, another time, an update by
 * another member) leaves its post out: only a false summary has one.
 */
export function carriedPosts(
  records: readonly CheckpointRecord[],
  devices: readonly CheckpointRecord[],
  entries: ReadonlyMap<EntryIdText, VerifiedEntry>,
): Map<EntryIdText, Post> | null {
  const members = new Map(devices.map((record) => [record.key, record.member as string]));
  // As the rules name an author (applyEntry.ts): its device's member.
  const memberOf = (item: VerifiedEntry) => members.get(authorOf(item)) ?? authorOf(item);
  const posts = new Map<EntryIdText, Post>();
  for (const record of records) {
    if (!record.key.startsWith('post ')) continue;
    const id = record.key.slice('post '.length);
    const updatedFrom = record.updatedFrom as Order;
    const first = entries.get(id);
    const latest = entries.get(updatedFrom.id);
    if (!first || !latest) return null;
    const fields = fieldsOf(latest, id);
    const author = memberOf(first);
    const same = latest.entry.time === updatedFrom.time && memberOf(latest) === author;
    if (first.entry.type !== 'post' || !fields || !same) continue;
    posts.set(id, {
      ...fields,
      id,
      author,
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
