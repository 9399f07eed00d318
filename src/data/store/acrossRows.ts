// The rows a link adds to the view tables (protocol-links.md §3): a linked neighbourhood's
// shared posts on the board, marked with its name, and the messages across both ways as
// conversations like any other, marked with their link.
import { conversationId } from '../../core/rules/message.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { MessageRow, PostRow } from './tableRows.ts';

/** The posts linked neighbourhoods shared with us, while their link is not ended. */
export function acrossPostRows(state: NetworkState): PostRow[] {
  const rows: PostRow[] = [];
  for (const link of state.links.values()) {
    if (link.ended.own || link.ended.peer) continue;
    for (const post of link.peerPosts.values()) {
      const { updatedFrom, closedFrom: _closed, share: _share, name, boxKeys: _keys, ...fields } = post;
      rows.push({
        ...fields,
        via: null,
        updated: updatedFrom.time,
        hiddenReason: null,
        across: { link: link.id, place: link.name, name },
      });
    }
  }
  return rows;
}

/** Messages across, as rows of the conversation between our member and theirs about a post. */
export function acrossMessageRows(state: NetworkState): MessageRow[] {
  const rows: MessageRow[] = [];
  for (const link of state.links.values()) {
    for (const message of link.messages.values()) {
      const out = message.direction === 'out';
      rows.push({
        id: message.id,
        from: out ? message.member : message.other,
        to: out ? message.other : message.member,
        post: message.post,
        conversation: conversationId(message.member, message.other, message.post),
        time: message.time,
        sealed: message.sealed,
        link: link.id,
        sealedAs: message.sealedAs,
      });
    }
  }
  return rows;
}
