// Step 5 of deriveState: what the links add up to (docs/protocol-links.md). The own
// link-type entries that their rules let through (steps 3 and 4) are judged here together
// with the peer's foreign entries: is the link open, which rosters are in force, which
// attestations count, which records count in this network, and the clearing accounts.
// A pure function of both sets of entries: the order they arrived in does not matter.
import { idFromText, toBase64Url } from '../encoding/base64url.ts';
import { equalBytes } from '../encoding/canonical.ts';
import type { Bodies } from '../entry/bodies.ts';
import type { Entry } from '../entry/Entry.ts';
import { isMember } from '../state/membership.ts';
import type { EntryIdText, NetworkState } from '../state/NetworkState.ts';
import type { Rejection } from '../state/Rejection.ts';
import { type Attestation, judgeChain } from './attestChain.ts';
import { isCrossingType, sharedPostTypes } from './crossingTypes.ts';
import { count, crossMinutes, inRecord, outRecord } from './crossRecords.ts';
import { later, priorOf } from './fromCheckpoint.ts';
import type { ForeignEntry, Link, LinkEnded, LinkIdText, LinkStatementRecord, RosterStep } from './LinkState.ts';
import { linkId } from './linkId.ts';
import { latestRoster, rosterAllows, rosterStep, rosterSteps } from './rosters.ts';
import { sharedPostIds } from './SettleContext.ts';
import { settleMoves } from './settleMoves.ts';
import { settleShares } from './settleShares.ts';
import { mirrorOf } from './statements.ts';

/** The entries of one link, of both sides, before they are judged. */
interface LinkEntries {
  own: { idText: EntryIdText; entry: Entry }[];
  peer: ForeignEntry[];
}

export function settleLinks(
  state: NetworkState,
  ownEntries: ReadonlyMap<EntryIdText, Entry>,
  foreign: Iterable<ForeignEntry>,
): void {
  const byLink = new Map<LinkIdText, LinkEntries>();
  const entriesOf = (link: LinkIdText): LinkEntries => {
    let found = byLink.get(link);
    if (!found) {
      found = { own: [], peer: [] };
      byLink.set(link, found);
    }
    return found;
  };
  for (const link of state.links.values()) entriesOf(link.id);
  for (const item of state.linkItems) {
    const link =
      item.entry.type === 'link'
        ? [...state.links.values()].find((candidate) => candidate.own === item.idText)?.id
        : toBase64Url((item.entry.body as { link: Uint8Array }).link);
    if (link) entriesOf(link).own.push(item);
  }
  const foreignById = new Map<EntryIdText, ForeignEntry>();
  // The peer's entries a checkpoint settled (docs/protocol.md §4.8) are done: never judged again.
  const items = [...foreign].filter((item) => !state.checkpoint?.settled(item.idText));
  // A shared post names no link: it belongs to the link of a peer's share that names it.
  const sharedOn = new Map<string, LinkIdText>();
  for (const item of items) {
    if (item.entry.type !== 'post-share') continue;
    const link = foreignLink(state, item);
    const post = `${item.peer} ${toBase64Url((item.entry.body as Bodies['post-share']).post)}`;
    if (typeof link !== 'string' && !sharedOn.has(post)) sharedOn.set(post, link.id);
  }
  for (const item of items) {
    const link = sharedPostTypes.has(item.entry.type)
      ? sharedPostLink(state, item, sharedOn)
      : foreignLink(state, item);
    if (typeof link === 'string') state.foreignRejected.set(item.key, { reason: link, detail: '' });
    else {
      entriesOf(link.id).peer.push(item);
      foreignById.set(item.idText, item);
    }
  }
  for (const id of [...byLink.keys()].sort()) {
    settleLink(state, state.links.get(id) as Link, byLink.get(id) as LinkEntries, ownEntries, foreignById);
  }
}

/** The link of a peer's shared post (or its update or close), or why it is kept aside. */
function sharedPostLink(
  state: NetworkState,
  item: ForeignEntry,
  sharedOn: ReadonlyMap<string, LinkIdText>,
): Link | Rejection {
  const post = item.entry.type === 'post' ? item.idText : toBase64Url((item.entry.body as { post: Uint8Array }).post);
  const link = sharedOn.get(`${item.peer} ${post}`);
  return link ? (state.links.get(link) as Link) : 'not-shared';
}

/** The link a foreign entry belongs to, or why it is kept aside. */
function foreignLink(state: NetworkState, item: ForeignEntry): Link | Rejection {
  if (!isCrossingType(item.entry.type)) return 'foreign-type';
  let link: Link | undefined;
  if (item.entry.type === 'link') {
    const body = item.entry.body as Bodies['link'];
    if (toBase64Url(body.peer) !== state.networkId) return 'no-link';
    const id = linkId(idFromText(state.networkId), idFromText(item.peer), body.terms);
    link = state.links.get(toBase64Url(id));
  } else link = state.links.get(toBase64Url((item.entry.body as { link: Uint8Array }).link));
  // A record naming a link of another pair of networks, replayed here: there is no such link.
  return link && link.peer === item.peer ? link : 'no-link';
}

function settleLink(
  state: NetworkState,
  link: Link,
  entries: LinkEntries,
  ownEntries: ReadonlyMap<EntryIdText, Entry>,
  foreignById: ReadonlyMap<EntryIdText, ForeignEntry>,
): void {
  const refuseOwn = (id: EntryIdText, reason: Rejection) => {
    state.applied.delete(id);
    state.rejected.set(id, { reason, detail: '' });
  };
  const keepPeer = (item: ForeignEntry, reason: Rejection | null) => {
    if (reason) state.foreignRejected.set(item.key, { reason, detail: '' });
    else state.foreignApplied.set(item.key, item.entry);
  };
  const ownOf = <T extends Entry['type']>(type: T) =>
    entries.own.filter((item) => item.entry.type === type) as { idText: EntryIdText; entry: Entry<T> }[];
  const peerOf = <T extends Entry['type']>(type: T) =>
    entries.peer.filter((item) => item.entry.type === type) as (ForeignEntry & { entry: Entry<T> })[];
  // A link read from a checkpoint that was open there stays open: the peer's half is below it.
  const restored = link.peerLink !== null;
  // Records a checkpoint counted are done (their minutes are in the balances it carries).
  const done = new Set([...link.records.values()].filter((record) => record.counted).map((record) => record.id));

  // The peer's half: the same link id, signed by a coordinator's key on the roster our `link`
  // names, naming the same two rosters as ours (its roster for us is the one we sent).
  const ownHalf = ownEntries.get(link.own) as Entry<'link'> | undefined;
  const peerFirst = link.rosters.peer[0] as RosterStep;
  const peerHalves = peerOf('link').sort((a, b) => compare(a.idText, b.idText));
  for (const half of peerHalves) {
    const signed = rosterAllows(peerFirst, half.entry.author, 'link') && (restored || halvesMatch(ownHalf, half.entry));
    keepPeer(half, signed ? null : 'not-roster');
    if (signed && !link.peerLink) link.peerLink = half.idText;
  }
  const opening = peerHalves.find((half) => half.idText === link.peerLink);
  link.open = restored || opening !== undefined;
  if (!link.open) {
    // Nothing else of the peer counts before its half is there.
    for (const item of entries.peer) if (item.entry.type !== 'link') keepPeer(item, 'missing-ref');
    for (const item of ownOf('cross-pay')) link.records.set(item.idText, outRecord(state, item.idText, item.entry));
    for (const record of link.records.values()) record.waiting = 'missing-ref';
    // Our own shares, messages and moves are there all the same; nothing of the peer's counts.
    const none = judgeChain({
      link: link.id,
      attestations: [],
      rosters: [],
      last: null,
      limit: 0,
      known: () => false,
      minutesOf: () => 0,
    });
    const context = { state, link, own: entries.own, peer: [], ours: none, theirs: none, keepPeer, refuseOwn };
    settleShares(context);
    settleMoves(context);
    return;
  }

  // Rosters in force, each side's a chain from its own half (rosters.ts): a checkpoint's steps go on.
  const ownFirst = restored
    ? link.rosters.own
    : rosterStep(link.own, ownHalf?.time ?? 0, ownHalf?.body.ours ?? [], ownHalf?.body.ourCoordinators ?? 0);
  const peerStart: RosterStep | RosterStep[] =
    restored || !opening ? link.rosters.peer : { ...peerFirst, id: opening.idText, time: opening.entry.time };
  // Every own `link-roster` of the link, our rules' verdict or not: the peer judges them by
  // rosterSteps alone, so do we (one our rules refused, by a removed device, still forks the
  // chain the peer sees; judged alike, both sides reach the same roster in force).
  const own = rosterSteps(ownFirst, ownOfLink(ownEntries, link.id, 'link-roster'));
  const peer = rosterSteps(peerStart, peerOf('link-roster'));
  link.rosters = { own: own.steps, peer: peer.steps };
  // One our rules refused keeps their reason (what the data layer tells the writer).
  const refuseRuled = (id: EntryIdText, reason: Rejection) => {
    if (!state.rejected.has(id)) refuseOwn(id, reason);
  };
  for (const [id, reason] of own.refused) refuseRuled(id, reason);
  for (const item of peerOf('link-roster')) keepPeer(item, peer.refused.get(item.idText) ?? null);

  // Ends: of a side's `link-end`s that a coordinator's key on its latest roster signed, the
  // earliest (time, then id) ends the link; the others are already decided. The same on both
  // sides. An end a checkpoint carries stays (F is final); any after it is already decided.
  const ownEndItems = ownOfLink(ownEntries, link.id, 'link-end');
  const carriedOwn =
    restored && link.ended.own && !ownEndItems.some((item) => item.idText === link.ended.own?.id)
      ? link.ended.own
      : null;
  const ownEnds = endOf(ownEndItems, own.steps, carriedOwn !== null);
  for (const [id, reason] of ownEnds.refused) refuseRuled(id, reason);
  link.ended.own = carriedOwn ?? ownEnds.end;
  const carriedPeer = restored ? link.ended.peer : null;
  const peerEnds = endOf(peerOf('link-end'), peer.steps, carriedPeer !== null);
  for (const item of peerOf('link-end')) keepPeer(item, peerEnds.refused.get(item.idText) ?? null);
  link.ended.peer = carriedPeer ?? peerEnds.end;

  // Each side's attestations, in its causal order.
  const ruled = new Set(ownOf('link-attest').map((item) => item.idText));
  const ownAttestations: Attestation[] = [];
  for (const [idText, entry] of ownEntries) {
    if (entry.type !== 'link-attest' || toBase64Url((entry as Entry<'link-attest'>).body.link) !== link.id) continue;
    ownAttestations.push({ idText, entry: entry as Entry<'link-attest'>, ruled: ruled.has(idText) });
  }
  const known = (id: EntryIdText) =>
    ownEntries.has(id) || foreignById.has(id) || link.records.has(id) || state.checkpoint?.settled(id) === true;
  const outMinutes = (id: EntryIdText): number => {
    const ownRecord = ownEntries.get(id);
    if (ownRecord) return crossMinutes(ownRecord, link.id);
    const peerRecord = foreignById.get(id);
    if (peerRecord) return -crossMinutes(peerRecord.entry, link.id);
    // A record a checkpoint carries, attested by one side only there.
    const carried = link.records.get(id);
    return carried ? (carried.direction === 'out' ? carried.minutes : -carried.minutes) : 0;
  };
  const limit = link.terms.limit;
  const ours = judgeChain({
    link: link.id,
    attestations: ownAttestations,
    rosters: own.steps,
    last: link.ended.own?.last ?? null,
    endTime: link.ended.own?.time,
    limit,
    known,
    minutesOf: outMinutes,
    ...(restored ? { prior: priorOf(link, 'own') } : {}),
  });
  const theirs = judgeChain({
    link: link.id,
    attestations: peerOf('link-attest').map((item) => ({ idText: item.idText, entry: item.entry, ruled: true })),
    rosters: peer.steps,
    last: link.ended.peer?.last ?? null,
    endTime: link.ended.peer?.time,
    limit,
    known,
    minutesOf: (id) => -outMinutes(id),
    ...(restored ? { prior: priorOf(link, 'peer') } : {}),
  });
  for (const [id, reason] of ours.refused) if (ruled.has(id)) refuseOwn(id, reason);
  for (const item of peerOf('link-attest')) keepPeer(item, theirs.refused.get(item.idText) ?? null);
  link.attestations = { own: ours.counted, peer: theirs.counted };
  link.heads = { own: ours.heads, peer: theirs.heads };
  link.attestedSum = { own: ours.clearing, peer: theirs.clearing };

  // Records across: they count here when both sides attested them, naming a shared post or none.
  const context = { state, link, own: entries.own, peer: entries.peer, ours, theirs, keepPeer, refuseOwn };
  const shared = sharedPostIds(context);
  for (const item of ownOf('cross-pay')) link.records.set(item.idText, outRecord(state, item.idText, item.entry));
  for (const item of peerOf('cross-pay')) link.records.set(item.idText, inRecord(state, item));
  for (const record of link.records.values()) {
    if (done.has(record.id)) continue;
    record.attested = { own: ours.attested.get(record.id) ?? null, peer: theirs.attested.get(record.id) ?? null };
    const both = record.attested.own !== null && record.attested.peer !== null;
    record.waiting =
      !shared.has(record.post ?? '') && record.post !== null
        ? 'not-shared'
        : !both
          ? 'missing-ref'
          : record.direction === 'in' && !isMember(state, record.member)
            ? 'unknown-member'
            : null;
    if (record.waiting === 'not-shared' && record.direction === 'out') refuseOwn(record.id, 'not-shared');
    record.counted = record.waiting === null;
    if (record.counted) count(state, link, record);
  }
  for (const item of peerOf('cross-pay')) keepPeer(item, link.records.get(item.idText)?.waiting ?? null);

  // Posts, messages and moves across.
  settleShares(context);
  settleMoves(context);

  // Statements, and the mirror check.
  link.statements = {
    own: later(
      link.statements.own,
      latestStatement('own', ownOf('link-statement'), own.steps, (id) => refuseOwn(id, 'not-roster')),
    ),
    peer: later(
      link.statements.peer,
      latestStatement('peer', peerOf('link-statement'), peer.steps, (id) => {
        const item = entries.peer.find((candidate) => candidate.idText === id);
        if (item) keepPeer(item, 'not-roster');
      }),
    ),
  };
  for (const item of peerOf('link-statement')) if (!state.foreignRejected.has(item.key)) keepPeer(item, null);
  // An own attestation our rules refused but that the peer counts (it is on the roster): its records may differ.
  const refusedHere = ownAttestations
    .filter((item) => !item.ruled && ours.refused.get(item.idText) === 'not-coordinator')
    .flatMap((item) => item.entry.body.entries.map(toBase64Url));
  const mirror = mirrorOf(link, refusedHere);
  link.mirror = mirror && !mirror.mirrors ? mirror : null;
}

function latestStatement(
  side: 'own' | 'peer',
  items: readonly { idText: EntryIdText; entry: Entry<'link-statement'> }[],
  rosters: readonly RosterStep[],
  refuse: (id: EntryIdText) => void,
): LinkStatementRecord | null {
  let latest: LinkStatementRecord | null = null;
  for (const { idText, entry } of items) {
    if (!rosterAllows(latestRoster(rosters), entry.author, 'link-statement')) {
      refuse(idText);
      continue;
    }
    const { count, sum, digest } = entry.body;
    const statement = { id: idText, side, count, sum, digest, time: entry.time };
    if (!latest || statement.time > latest.time || (statement.time === latest.time && idText > latest.id))
      latest = statement;
  }
  return latest;
}

/** Does the peer's half name the same two rosters as our half (each side's as that side sent it)? */
function halvesMatch(ours: Entry<'link'> | undefined, theirs: Entry<'link'>): boolean {
  if (!ours) return false;
  const same = (a: readonly Uint8Array[], b: readonly Uint8Array[]) =>
    a.length === b.length && a.every((key, i) => equalBytes(key, b[i] as Uint8Array));
  return (
    same(ours.body.ours, theirs.body.roster) &&
    ours.body.ourCoordinators === theirs.body.coordinators &&
    same(ours.body.roster, theirs.body.ours) &&
    ours.body.coordinators === theirs.body.ourCoordinators
  );
}

/**
 * A side's end: of its `link-end`s signed by a coordinator's key on its latest roster, the
 * earliest (time, then id); the others `already-decided`, those not so signed `not-roster`.
 */
function endOf(
  items: readonly { idText: EntryIdText; entry: Entry<'link-end'> }[],
  steps: readonly RosterStep[],
  decided: boolean,
): { end: LinkEnded | null; refused: Map<EntryIdText, Rejection> } {
  const refused = new Map<EntryIdText, Rejection>();
  const latest = latestRoster(steps);
  const signed = items
    .filter((item) => {
      const ok = rosterAllows(latest, item.entry.author, 'link-end');
      if (!ok) refused.set(item.idText, 'not-roster');
      return ok;
    })
    .sort((a, b) => a.entry.time - b.entry.time || compare(a.idText, b.idText));
  const first = decided ? undefined : signed[0];
  for (const other of decided ? signed : signed.slice(1)) refused.set(other.idText, 'already-decided');
  const end = first ? { id: first.idText, last: first.entry.body.last.map(toBase64Url), time: first.entry.time } : null;
  return { end, refused };
}

/** Every own entry of `type` naming the link, whether our rules let it through or not. */
function ownOfLink<T extends 'link-roster' | 'link-end'>(
  ownEntries: ReadonlyMap<EntryIdText, Entry>,
  link: LinkIdText,
  type: T,
): { idText: EntryIdText; entry: Entry<T> }[] {
  const found: { idText: EntryIdText; entry: Entry<T> }[] = [];
  for (const [idText, entry] of ownEntries)
    if (entry.type === type && toBase64Url((entry as Entry<T>).body.link) === link)
      found.push({ idText, entry: entry as Entry<T> });
  return found;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
