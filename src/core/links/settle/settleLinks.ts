// Step 5 of deriveState: what the links add up to (docs/protocol-links.md). The own
// link-type entries that their rules let through (steps 3 and 4) are judged here together
// with the peer's foreign entries: is the link open, which rosters are in force, which
// attestations count, which records count in this network, and the clearing accounts.
// A pure function of both sets of entries: the order they arrived in does not matter.
// This file keeps the order of the steps; each step's rule lives in the file it imports.
import { toBase64Url } from '../../encoding/base64url.ts';
import type { Entry } from '../../entry/Entry.ts';
import type { EntryIdText, NetworkState } from '../../state/NetworkState.ts';
import type { Rejection } from '../../state/Rejection.ts';
import { crossMinutes } from '../crossRecords.ts';
import type { ForeignEntry, Link, RosterStep } from '../LinkState.ts';
import { rosterStep, rosterSteps } from '../rosters.ts';
import { mirrorOf } from '../statements.ts';
import { type Attestation, judgeChain } from './attestChain.ts';
import { priorOf } from './fromCheckpoint.ts';
import { settleEnds } from './linkEnds.ts';
import { entriesByLink, type LinkEntries, ownOfLink } from './linkEntries.ts';
import { openingHalf } from './linkHalves.ts';
import { settleMoves } from './settleMoves.ts';
import { recordsBeforeOpening, settleRecords } from './settleRecords.ts';
import { settleShares } from './settleShares.ts';
import { settleStatements } from './settleStatements.ts';

export function settleLinks(
  state: NetworkState,
  ownEntries: ReadonlyMap<EntryIdText, Entry>,
  foreign: Iterable<ForeignEntry>,
): void {
  const { byLink, foreignById } = entriesByLink(state, foreign);
  for (const id of [...byLink.keys()].sort()) {
    settleLink(state, state.links.get(id) as Link, byLink.get(id) as LinkEntries, ownEntries, foreignById);
  }
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
  const opening = openingHalf(link, ownHalf, peerOf('link'), restored, keepPeer);
  link.open = restored || opening !== undefined;
  if (!link.open) {
    // Nothing else of the peer counts before its half is there.
    for (const item of entries.peer) if (item.entry.type !== 'link') keepPeer(item, 'missing-ref');
    recordsBeforeOpening(state, link, ownOf('cross-pay'));
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

  // Ends (linkEnds.ts): each side's earliest end its latest roster signed; a checkpoint's stays.
  // Every own end of the link, our rules' verdict or not, as the peer judges them.
  settleEnds(
    link,
    restored,
    { items: ownOfLink(ownEntries, link.id, 'link-end'), steps: own.steps },
    { items: peerOf('link-end'), steps: peer.steps },
    refuseRuled,
    keepPeer,
  );

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
  link.peerRefused = [...theirs.refused].filter(([, reason]) => reason !== 'missing-ref').map(([id]) => id);
  link.heads = { own: ours.heads, peer: theirs.heads };
  link.attestedSum = { own: ours.clearing, peer: theirs.clearing };

  // Records across: they count here when both sides attested them, naming a shared post or none.
  const context = { state, link, own: entries.own, peer: entries.peer, ours, theirs, keepPeer, refuseOwn };
  settleRecords(context, done);

  // Posts, messages and moves across.
  settleShares(context);
  settleMoves(context);

  // Statements, and the mirror check.
  settleStatements(context, own.steps, peer.steps);
  // An own attestation our rules refused but that the peer counts (it is on the roster): its records may differ.
  const refusedHere = ownAttestations
    .filter((item) => !item.ruled && ours.refused.get(item.idText) === 'not-coordinator')
    .flatMap((item) => item.entry.body.entries.map(toBase64Url));
  const mirror = mirrorOf(link, refusedHere);
  link.mirror = mirror && !mirror.mirrors ? mirror : null;
}
