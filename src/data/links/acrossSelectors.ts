// Named reads of posts and messages across links (protocol-links.md §3), from the member
// room's state: which links a post may be shared with, a linked neighbourhood's post, and
// the box keys an answer to a member over there is sealed to.

import type { Link, PeerPost } from '../../core/links/LinkState.ts';
import { inTerms } from '../../core/rules/postShare.ts';
import type { MemberKey, NetworkState } from '../../core/state/NetworkState.ts';

/** One open link a post could be shared with, as the post form offers it. */
export interface ShareChoice {
  link: string;
  /** The other neighbourhood's name. */
  name: string;
  /** The post's category is in the link's terms. */
  allowed: boolean;
  /** Shared already (a share cannot be taken back; closing the post closes it there too). */
  shared: boolean;
}

/** Is the link open and not ended by either side? */
export function linkIsOpen(link: Link): boolean {
  return link.open && link.ended.own === null && link.ended.peer === null;
}

/**
 * The open links a post of this category may be shared with; none while the network's
 * policy does not allow sharing (`shareAcross`). `postId`: the post, when it exists.
 */
export function shareChoices(state: NetworkState, category: string, postId: string | null): ShareChoice[] {
  if (!state.policy.shareAcross) return [];
  return [...state.links.values()].filter(linkIsOpen).map((link) => ({
    link: link.id,
    name: link.name,
    allowed: inTerms(link.terms.categories, category),
    shared: postId !== null && link.shares.has(postId),
  }));
}

/** A post a linked neighbourhood shared with us, and its link; null if there is none with this id. */
export function peerPostOf(state: NetworkState | null, postId: string): { post: PeerPost; link: Link } | null {
  for (const link of state?.links.values() ?? []) {
    const post = link.peerPosts.get(postId);
    if (post) return { post, link };
  }
  return null;
}

/**
 * The box keys a message to `to` across `link` is sealed to: the share's, when `postId` is
 * their shared post, else those of the latest message `to` sent us. Null when nobody gave
 * us that member's keys across this link.
 */
export function answerKeysFor(
  state: NetworkState,
  link: string,
  to: string,
  postId: string | null,
): Uint8Array[] | null {
  const found = state.links.get(link);
  if (!found || !linkIsOpen(found)) return null;
  const shared = postId ? found.peerPosts.get(postId) : undefined;
  if (shared?.author === to && shared.boxKeys.length > 0) return shared.boxKeys;
  let latest: { time: number; keys: Uint8Array[] } | null = null;
  for (const message of found.messages.values()) {
    if (message.direction !== 'in' || message.other !== to || message.boxKeys.length === 0) continue;
    if (!latest || message.time > latest.time) latest = { time: message.time, keys: message.boxKeys };
  }
  return latest?.keys ?? null;
}

/** The name a share carries: the member's display name, as the profile (or a card) says it. */
export function displayNameOf(state: NetworkState, member: MemberKey): string {
  const found = state.members.get(member);
  return (found?.profile?.name || found?.enrolled?.name || '').slice(0, 60);
}

/** A member of a linked neighbourhood we talk with about a post. */
export interface AcrossPartner {
  link: string;
  /** The other neighbourhood's name. */
  place: string;
  /** Their key there. */
  other: string;
  /** Their display name, when a share of theirs gave it; null otherwise (a message carries none). */
  name: string | null;
}

/** Who in linked neighbourhoods wrote with our member about `postId`, first contact first. */
export function acrossPartnersOn(state: NetworkState | null, postId: string): AcrossPartner[] {
  const partners = new Map<string, AcrossPartner & { time: number }>();
  for (const link of state?.links.values() ?? []) {
    for (const message of link.messages.values()) {
      if (message.post !== postId) continue;
      const key = `${link.id} ${message.other}`;
      const known = partners.get(key);
      if (known && known.time <= message.time) continue;
      partners.set(key, {
        link: link.id,
        place: link.name,
        other: message.other,
        name: nameThere(link, message.other),
        time: message.time,
      });
    }
  }
  return [...partners.values()].sort((a, b) => a.time - b.time).map(({ time: _time, ...partner }) => partner);
}

/** The display name a member of the peer gave in one of their shares, if any. */
function nameThere(link: Link, member: string): string | null {
  for (const post of link.peerPosts.values()) if (post.author === member) return post.name;
  return null;
}

/** One conversation across a link, for "Mijn afspraken": about which post, with whom, where. */
export interface AcrossConversationLine {
  link: string;
  place: string;
  post: string;
  /** The post's title: ours, or the one the other neighbourhood shared. */
  title: string;
  other: string;
  /** Their display name, when a share of theirs gave it. */
  name: string | null;
  /** The latest message, ms. */
  time: number;
}

/** The member's conversations across links about a post, newest first. */
export function acrossConversationsOf(state: NetworkState | null, member: MemberKey): AcrossConversationLine[] {
  const lines = new Map<string, AcrossConversationLine>();
  for (const link of state?.links.values() ?? []) {
    for (const message of link.messages.values()) {
      if (message.member !== member || message.post === null) continue;
      const title = state?.posts.get(message.post)?.title ?? link.peerPosts.get(message.post)?.title;
      if (title === undefined) continue;
      const key = `${link.id} ${message.other} ${message.post}`;
      const known = lines.get(key);
      if (known && known.time >= message.time) continue;
      lines.set(key, {
        link: link.id,
        place: link.name,
        post: message.post,
        title,
        other: message.other,
        name: nameThere(link, message.other),
        time: message.time,
      });
    }
  }
  return [...lines.values()].sort((a, b) => b.time - a.time);
}
