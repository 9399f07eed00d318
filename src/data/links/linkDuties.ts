// What an archive device of this network owes a link now (protocol-links.md §1, §2, §4):
// an attestation of what waits for ours, a statement when our totals changed (or a day
// passed), a new roster when our coordinators' or kiosks' devices changed. Pure reads of
// the state; LinkDutiesKeeper writes what they say. Each is due once per need: what this
// device already wrote for it (counted yet or not) is not due again, so it never loops.
import { fromBase64Url, toBase64Url } from '../../core/encoding/base64url.ts';
import type { Bodies } from '../../core/entry/bodies.ts';
import { nextAttestation, statementBody } from '../../core/links/carry.ts';
import type { Link, LinkIdText, LinkItem, RosterStep } from '../../core/links/LinkState.ts';
import { latestRoster, rosterAllows, rosterStep, rosterTips } from '../../core/links/rosters.ts';
import type { DeviceKey, NetworkState } from '../../core/state/NetworkState.ts';
import { type OurLinkRoster, ourLinkRoster } from './linkRoster.ts';

/** A statement is written again after a day even when nothing changed: the kiosk's daily one. */
export const statementEveryMs = 24 * 60 * 60 * 1000;

/** `after` names at most this many attestation heads (the body's limit). */
const maxHeads = 16;

/**
 * The attestation this device writes now, or null: core's nextAttestation, less what this
 * device attested already (an attestation of ours the chain refused is not written again),
 * and only from a device on our roster in force (the peer would not count it otherwise).
 */
export function attestationDue(
  state: NetworkState,
  linkId: LinkIdText,
  me: DeviceKey,
): Omit<Bodies['link-attest'], 'seen'> | null {
  const link = state.links.get(linkId);
  if (!link || !mayAttest(link, me)) return null;
  const { body } = nextAttestation(state, linkId);
  if (!body) return null;
  const mine = new Set(
    mineOfType(state, link, me, 'link-attest').flatMap((item) =>
      (item.entry.body as Bodies['link-attest']).entries.map(toBase64Url),
    ),
  );
  const entries = body.entries.filter((id) => !mine.has(toBase64Url(id)));
  // Heads beyond 16 (many devices attested at once) are named by the next ones: the chain
  // stays causal, and each new attestation joins up to 16 of them.
  return entries.length > 0 ? { ...body, entries, after: body.after.slice(0, maxHeads) } : null;
}

/**
 * The statement this device writes now, or null: when what we count differs from our
 * latest statement that counts, or that one is a day old; not again for the same totals
 * from this device within the day; nothing while nothing crossed and none was written.
 */
export function statementDue(
  state: NetworkState,
  linkId: LinkIdText,
  me: DeviceKey,
  now: number,
): Omit<Bodies['link-statement'], 'seen'> | null {
  const link = state.links.get(linkId);
  if (!link || !mayAttest(link, me)) return null;
  const body = statementBody(state, linkId);
  if (!body) return null;
  const latest = link.statements.own;
  if (!latest && body.count === 0) return null;
  const same = (other: { count: number; sum: number; digest: Uint8Array }) =>
    other.count === body.count && other.sum === body.sum && sameBytes(other.digest, body.digest);
  const fresh = (time: number) => now - time < statementEveryMs;
  if (latest && same(latest) && fresh(latest.time)) return null;
  const wrote = mineOfType(state, link, me, 'link-statement').some(
    (item) => same(item.entry.body as Bodies['link-statement']) && fresh(item.entry.time),
  );
  return wrote ? null : body;
}

/**
 * Our roster as it is now, when it differs from the one in force for the link (a
 * coordinator or kiosk device added or removed), or null. Only a coordinator's device on
 * the roster in force writes it (the peer counts it only then), once per roster. The
 * roster is the same on every device (not "this device first"), so two coordinators never
 * undo each other's.
 */
export function rosterDue(
  state: NetworkState,
  linkId: LinkIdText,
  me: DeviceKey,
): { roster: Uint8Array[]; coordinators: number; prev: Uint8Array; after: Uint8Array[] } | null {
  const link = state.links.get(linkId);
  if (!link?.open || link.ended.own || link.ended.peer || !mayAttest(link, me)) return null;
  const device = state.devices.get(me);
  const member = device ? state.members.get(device.member) : undefined;
  if (member?.status !== 'admitted' || !member.roles.has('coordinator')) return null;
  const wanted = ourLinkRoster(state, '');
  if (wanted.coordinators === 0) return null;
  // A forked chain is frozen to its tips' intersection: no roster replaces it (end the link, §9).
  if (rosterTips(link.rosters.own).length > 1) return null;
  const inForce = latestRoster(link.rosters.own);
  if (!inForce || sameRoster(inForce, wanted)) return null;
  const prev = fromBase64Url(inForce.id);
  if (!prev) return null;
  // It replaces the roster in force, and names our attestation heads: what was attested
  // before it stays judged by the rosters before it (rosters.ts).
  const next = { ...wanted, prev, after: link.heads.own.slice(0, 16).flatMap((id) => fromBase64Url(id) ?? []) };
  const wrote = mineOfType(state, link, me, 'link-roster').some((item) => {
    const body = item.entry.body as Bodies['link-roster'];
    return (
      toBase64Url(body.prev) === inForce.id &&
      sameRoster(rosterStep(item.idText, 0, body.roster, body.coordinators), wanted)
    );
  });
  return wrote ? null : next;
}

/** The link is open and this device's key is on our roster in force: what it signs counts for the peer. */
function mayAttest(link: Link, me: DeviceKey): boolean {
  const key = fromBase64Url(me);
  return link.open && key !== null && rosterAllows(latestRoster(link.rosters.own), key, 'link-attest');
}

/** Our own entries of this type about the link that this device wrote. */
function mineOfType(state: NetworkState, link: Link, me: DeviceKey, type: LinkItem['entry']['type']): LinkItem[] {
  return state.linkItems.filter(
    (item) =>
      item.side === 'own' &&
      item.entry.type === type &&
      toBase64Url(item.entry.author) === me &&
      toBase64Url((item.entry.body as { link: Uint8Array }).link) === link.id,
  );
}

/** The same keys, and the same of them coordinators' (only those sign a roster or an end). */
function sameRoster(step: RosterStep, wanted: OurLinkRoster): boolean {
  const keys = wanted.roster.map(toBase64Url);
  const coordinators = new Set(keys.slice(0, wanted.coordinators));
  const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));
  return same(step.keys, new Set(keys)) && same(step.coordinators, coordinators);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
