// Named reads for the kiosk and the coordinator's card and kiosk sections.
import { cardShareReaders } from '../../core/state/cardReaders.ts';
import { visiblePosts } from '../exchange/boardSelectors.ts';
import type { SessionView } from '../session/SessionView.ts';
import type { MemberRow, PostRow } from '../store/tableRows.ts';

/** Where to go for help: the coordinator's drop-in hours, from the network's settings. */
export function helpTextOf(view: SessionView): string {
  return view.memberState?.network?.help ?? '';
}

export function isKiosk(view: SessionView): boolean {
  const state = view.memberState;
  const member = state?.devices.get(view.me)?.member ?? view.me;
  const row = state?.members.get(member);
  return row?.status === 'admitted' && row.roles.has('kiosk');
}

export interface NamedMember {
  key: string;
  name: string;
}

function nameOf(view: SessionView, key: string): string {
  const member = view.memberState?.members.get(key);
  return member?.profile?.name ?? member?.enrolled?.name ?? '';
}

/** The devices that are the network's kiosk now. */
export function kiosksOf(view: SessionView): NamedMember[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.members.values()]
    .filter((m) => m.status === 'admitted' && m.roles.has('kiosk'))
    .map((m) => ({ key: m.key, name: nameOf(view, m.key) }));
}

/** Members with a member card, by name. */
export function cardMembersOf(view: SessionView): NamedMember[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.cards.keys()]
    .filter((key) => state.members.get(key)?.status === 'admitted')
    .map((key) => ({ key, name: nameOf(view, key) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Can this device open card shares (a coordinator or a kiosk)? */
export function readsCards(view: SessionView): boolean {
  const state = view.memberState;
  const device = state?.devices.get(view.me);
  return !!state && !!device && cardShareReaders(state).includes(device.boxKey);
}

/** How an entry was made, from its `via`: at the kiosk, or with a named helper's device. */
export type MadeVia = { kind: 'kiosk' } | { kind: 'helper'; name: string } | null;

export function madeVia(view: SessionView, via: string | null): MadeVia {
  if (!via) return null;
  const device = view.memberState?.devices.get(via);
  const member = device ? view.memberState?.members.get(device.member) : undefined;
  if (!member) return null;
  if (member.roles.has('kiosk')) return { kind: 'kiosk' };
  return { kind: 'helper', name: nameOf(view, member.key) };
}

/**
 * The kiosk board's posts: this neighbourhood's, as the members' board shows them. Not a
 * linked neighbourhood's shared posts: nobody at the kiosk can answer them (a card member
 * writes no messages across, and a help slip names this neighbourhood).
 */
export function kioskBoardPosts(
  posts: readonly PostRow[],
  members: ReadonlyMap<string, Pick<MemberRow, 'status'>>,
  viewer: string,
  now: number,
): PostRow[] {
  return visiblePosts(
    posts.filter((post) => !post.across),
    members,
    viewer,
    now,
  );
}
