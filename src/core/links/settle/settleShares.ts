// Posts and messages across a link (docs/protocol-links.md §3), as this network sees them:
// our shares, the peer's shared posts that count here (shared, attested by the peer, in
// the terms' categories: `not-shared` otherwise) and messages both ways.
import { toBase64Url } from '../../encoding/base64url.ts';
import { inTerms } from '../../rules/postShare.ts';
import { homeMember } from '../homeMember.ts';
import type { PeerPost } from '../LinkState.ts';
import {
  byTimeThenId,
  namesSharedPost,
  ownOfType,
  peerOfType,
  type SettleContext,
  sharedPostIds,
} from './SettleContext.ts';

export function settleShares(context: SettleContext): void {
  const { state, link, theirs, keepPeer, refuseOwn } = context;
  for (const { idText, entry } of ownOfType(context, 'post-share').sort(byTimeThenId)) {
    const device = toBase64Url(entry.author);
    link.shares.set(toBase64Url(entry.body.post), {
      share: idText,
      post: toBase64Url(entry.body.post),
      author: state.devices.get(device)?.member ?? device,
      name: entry.body.name,
      boxKeys: entry.body.boxKeys,
    });
  }

  // The peer's shares count once the peer attested them; its posts once a share names them.
  const shares = new Map<string, (typeof context.peer)[number] & { entry: { body: { name: string } } }>();
  for (const item of peerOfType(context, 'post-share').sort(byTimeThenId)) {
    const attested = theirs.attested.has(item.idText);
    keepPeer(item, attested ? null : 'missing-ref');
    if (attested) shares.set(toBase64Url(item.entry.body.post), item);
  }
  for (const item of peerOfType(context, 'post')) {
    const share = shares.get(item.idText) as ReturnType<typeof peerOfType<'post-share'>>[number] | undefined;
    if (!share || !theirs.attested.has(item.idText)) {
      keepPeer(item, share ? 'missing-ref' : 'not-shared');
      continue;
    }
    if (!inTerms(link.terms.categories, item.entry.body.category)) {
      keepPeer(item, 'not-shared');
      continue;
    }
    keepPeer(item, null);
    const post: PeerPost = {
      ...item.entry.body,
      id: item.idText,
      share: share.idText,
      author: toBase64Url(item.entry.author),
      name: share.entry.body.name,
      boxKeys: share.entry.body.boxKeys,
      created: item.entry.time,
      updatedFrom: { time: item.entry.time, id: item.idText },
      status: 'open',
      closedFrom: null,
    };
    link.peerPosts.set(item.idText, post);
  }
  for (const item of peerOfType(context, 'post-update').sort(byTimeThenId)) {
    const post = link.peerPosts.get(toBase64Url(item.entry.body.post));
    if (!post) keepPeer(item, 'not-shared');
    else if (!theirs.attested.has(item.idText)) keepPeer(item, 'missing-ref');
    else if (!inTerms(link.terms.categories, item.entry.body.category)) keepPeer(item, 'not-shared');
    else {
      keepPeer(item, null);
      const { post: _target, ...fields } = item.entry.body;
      Object.assign(post, fields, { updatedFrom: { time: item.entry.time, id: item.idText } });
    }
  }
  for (const item of peerOfType(context, 'post-close').sort(byTimeThenId)) {
    const post = link.peerPosts.get(toBase64Url(item.entry.body.post));
    if (!post) keepPeer(item, 'not-shared');
    else if (!theirs.attested.has(item.idText)) keepPeer(item, 'missing-ref');
    else {
      keepPeer(item, null);
      if (!post.closedFrom) {
        post.status = item.entry.body.reason;
        post.closedFrom = { time: item.entry.time, id: item.idText };
      }
    }
  }

  // Messages: ours count here as written; the peer's once attested, to a key of one of our
  // members (any of its devices: the peer knows only the keys that signed what crossed).
  // Either names a shared post of either side, or none (`not-shared` otherwise).
  const shared = sharedPostIds(context);
  for (const { idText, entry } of ownOfType(context, 'cross-message')) {
    if (!namesSharedPost(entry.body.post, shared)) {
      refuseOwn(idText, 'not-shared');
      continue;
    }
    const device = toBase64Url(entry.author);
    link.messages.set(idText, {
      id: idText,
      direction: 'out',
      member: state.devices.get(device)?.member ?? device,
      other: toBase64Url(entry.body.to),
      sealedAs: { from: device, to: toBase64Url(entry.body.to) },
      post: entry.body.post ? toBase64Url(entry.body.post) : null,
      boxKeys: entry.body.boxKeys,
      sealed: entry.body.sealed,
      time: entry.time,
    });
  }
  for (const item of peerOfType(context, 'cross-message')) {
    const to = toBase64Url(item.entry.body.to);
    const member = homeMember(state, to);
    if (!theirs.attested.has(item.idText)) keepPeer(item, 'missing-ref');
    else if (!namesSharedPost(item.entry.body.post, shared)) keepPeer(item, 'not-shared');
    else if (member === null) keepPeer(item, 'unknown-member');
    else {
      keepPeer(item, null);
      const from = toBase64Url(item.entry.author);
      link.messages.set(item.idText, {
        id: item.idText,
        direction: 'in',
        member,
        other: from,
        sealedAs: { from, to },
        post: item.entry.body.post ? toBase64Url(item.entry.body.post) : null,
        boxKeys: item.entry.body.boxKeys,
        sealed: item.entry.body.sealed,
        time: item.entry.time,
      });
    }
  }
}
