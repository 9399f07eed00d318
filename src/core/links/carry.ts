// What an archive device of this network does for a link (docs/protocol-links.md §2): which
// of our entries it carries out into the link room, which it attests, and the statement it
// writes. Pure: the data layer reads these from the state and writes what they say.
import { idFromText, toBase64Url } from '../encoding/base64url.ts';
import { maxAttested } from '../entry/bodies/links.ts';
import type { Bodies } from '../entry/bodies.ts';
import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import { knownPeerMember } from './knownPeerKeys.ts';
import type { LinkIdText } from './LinkState.ts';
import { moveOutOf } from './movingOut.ts';
import { linkTotals } from './statements.ts';

/** Our entries that cross to the peer: our half, rosters, attestations, end, statements, records, shares with their posts, messages, moves. */
export function toCarryOut(state: NetworkState, linkId: LinkIdText): EntryIdText[] {
  const link = state.links.get(linkId);
  if (!link) return [];
  const ids = new Set<EntryIdText>();
  for (const item of state.linkItems) {
    if (item.idText === link.own || namesLink(item.entry.body, linkId)) ids.add(item.idText);
  }
  const shared = new Set(link.shares.keys());
  for (const [id, entry] of state.applied) {
    if (entry.type === 'post' && shared.has(id)) ids.add(id);
    const isChange = entry.type === 'post-update' || entry.type === 'post-close';
    if (isChange && shared.has(toBase64Url((entry.body as { post: Uint8Array }).post))) ids.add(id);
  }
  return [...ids].sort();
}

/**
 * The next attestation this network's device writes for the link, or null: our entries
 * that count here and cross, and the peer's records to our admitted members, not yet
 * attested by us, as far as the limit allows. `held`: records the limit holds back ("De
 * grens met … is bereikt"). `body` is null when there is nothing to attest now, and
 * always once either side ended the link.
 */
export function nextAttestation(
  state: NetworkState,
  linkId: LinkIdText,
): { body: Omit<Bodies['link-attest'], 'seen'> | null; held: EntryIdText[] } {
  const link = state.links.get(linkId);
  if (!link?.open || link.ended.own || link.ended.peer) return { body: null, held: [] };
  const counted = new Set(link.attestations.own);
  const ownAttested = new Set(
    state.linkItems
      .filter((item) => item.entry.type === 'link-attest' && counted.has(item.idText))
      .flatMap((item) => (item.entry.body as Bodies['link-attest']).entries.map(toBase64Url)),
  );
  const candidates: { id: EntryIdText; minutes: number; time: number }[] = [];
  const selfSigned = new Set(['link', 'link-roster', 'link-attest', 'link-end', 'link-statement']);
  for (const id of toCarryOut(state, linkId)) {
    const entry = state.applied.get(id);
    if (!entry || selfSigned.has(entry.type) || ownAttested.has(id)) continue;
    // Our payments and messages only to a member of the peer we know (knownPeerKeys.ts).
    const isToPeer = entry.type === 'cross-pay' || entry.type === 'cross-message';
    if (isToPeer && !knownPeerMember(link, toBase64Url((entry.body as { to: Uint8Array }).to))) continue;
    // Never hours across for a member on the way out (§5): the move's cut could drop them here only.
    if (entry.type === 'cross-pay' && movingOut(state, entry.author)) continue;
    candidates.push({
      id,
      minutes: entry.type === 'cross-pay' ? (entry.body as Bodies['cross-pay']).minutes : 0,
      time: entry.time,
    });
  }
  for (const record of link.records.values()) {
    if (
      record.direction === 'in' &&
      !record.attested.own &&
      !ownAttested.has(record.id) &&
      // Only to an admitted member (§4): not a suspended one, nor a key we do not know.
      state.members.get(record.member)?.status === 'admitted'
    )
      candidates.push({ id: record.id, minutes: -record.minutes, time: record.time });
  }
  // Oldest first: a payment made earlier is not held back for one made later.
  candidates.sort((x, y) => x.time - y.time || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const entries: EntryIdText[] = [];
  const held: EntryIdText[] = [];
  let sum = link.attestedSum.own;
  for (const { id, minutes } of candidates) {
    if (Math.abs(sum + minutes) > link.terms.limit) held.push(id);
    else if (entries.length < maxAttested) {
      entries.push(id);
      sum += minutes;
    }
  }
  if (entries.length === 0) return { body: null, held };
  return {
    body: { link: idFromText(linkId), entries: entries.map(idFromText), after: link.heads.own.map(idFromText) },
    held,
  };
}

/** What this network's kiosk writes now and then (daily): what it counts across the link. */
export function statementBody(state: NetworkState, linkId: LinkIdText): Omit<Bodies['link-statement'], 'seen'> | null {
  const link = state.links.get(linkId);
  if (!link) return null;
  const { count, sum, digest } = linkTotals(link);
  return { link: idFromText(linkId), count, sum, digest };
}

function namesLink(body: unknown, linkId: LinkIdText): boolean {
  const named = (body as { link?: unknown }).link;
  return named instanceof Uint8Array && toBase64Url(named) === linkId;
}

function movingOut(state: NetworkState, author: Uint8Array): boolean {
  const member = state.devices.get(toBase64Url(author))?.member;
  return member !== undefined && moveOutOf(state.links.values(), member) !== null;
}
