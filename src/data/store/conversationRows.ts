// The messages of one conversation (two members, one post), from the Dexie view, in time order.
import { conversationId } from '../../core/state/applyEntry.ts';
import type { NetworkDatabase } from './NetworkDatabase.ts';
import type { MessageRow } from './tableRows.ts';

export function conversationRows(
  db: NetworkDatabase,
  me: string,
  other: string,
  postId: string,
): Promise<MessageRow[]> {
  const conversation = conversationId(me, other, postId);
  return db.messages
    .where('[conversation+time]')
    .between([conversation, 0], [conversation, Number.MAX_SAFE_INTEGER])
    .toArray();
}
