// Named reads of this network's links for the coordinator's page: the `link` entries this
// network wrote (its own halves), newest first, each with its link id.
import { toBase64Url } from '../../core/encoding/base64url.ts';
import type { Bodies } from '../../core/entry/bodies.ts';
import { type LinkTerms, linkId } from '../../core/links/linkId.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface OurLink {
  /** The `link` entry's id. */
  id: string;
  /** The link id (protocol-links.md §1). */
  link: string;
  /** The other network's id. */
  peer: string;
  /** The other neighbourhood's name, as its coordinator sent it. */
  name: string;
  terms: LinkTerms;
  /** When it was written, by the writer's clock. */
  time: number;
}

function ourLinks(state: NetworkState, net: Uint8Array): OurLink[] {
  const links: OurLink[] = [];
  for (const [id, entry] of state.applied) {
    if (entry.type !== 'link') continue;
    const body = entry.body as Bodies['link'];
    links.push({
      id,
      link: toBase64Url(linkId(net, body.peer, body.terms)),
      peer: toBase64Url(body.peer),
      name: body.name,
      terms: body.terms,
      time: entry.time,
    });
  }
  return links.sort((a, b) => b.time - a.time);
}

/** This network's links, newest first. */
export function linksOf(view: SessionView): OurLink[] {
  const state = view.memberState;
  return state ? ourLinks(state, view.net) : [];
}

/** Has this network written its half of the link with this id? */
export function linkMadeWith(state: NetworkState, net: Uint8Array, link: string): boolean {
  return ourLinks(state, net).some((made) => made.link === link);
}
