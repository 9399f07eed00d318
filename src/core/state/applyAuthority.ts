// Step 3 of the rules, one entry at a time: entries that change who may do what, and the
// acts only a coordinator may do. Each is judged against the state built so far, in the
// causal order of src/core/state/authorityOrder.ts, so rights are judged at the time of
// the act: revoking a coordinator later does not undo what they did before. Whether an
// act counts at all next to a removal of its author is decided first (strongRemoval.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import type { Bodies } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { hasJoinWork } from '../joinWork.ts';
import { coordinatorCount, hasRole, isMember, memberOf, nextSeniority, writerOf } from './membership.ts';
import type {
  CountedWindow,
  Device,
  EntryIdText,
  Member,
  MemberKey,
  NetworkState,
  Rejection,
  VerifiedEntry,
} from './NetworkState.ts';
import { applyVouch } from './vouch.ts';

/** A member may have this many devices (phones, laptops, a card) at once. */
export const maxDevices = 8;

/** What the judge of strongRemoval.ts knows beyond the state. */
export interface AuthorityContext {
  /**
   * A removal whose author's rights were judged in its own causal past: here only what it
   * does is judged (its author may have lost those rights to a removal it had not seen).
   */
  rightsJudged?: boolean;
  /** It removes someone who removed its author at the same time: both stand, even the last coordinator or device. */
  mutual?: boolean;
  /** Is `earlier` in the causal past of `later`? (Vouches count only those their deciding vouch had seen.) */
  inPast?: (earlier: EntryIdText, later: EntryIdText) => boolean;
}

export function applyAuthority(
  state: NetworkState,
  item: VerifiedEntry,
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
  context: AuthorityContext = {},
): Rejection | null {
  const entry = item.entry as AnyEntry;
  const author = toBase64Url(entry.author);

  if (entry.type === 'genesis') {
    // chainEntries let through only the genesis whose id is the network's.
    const { boxKey, secret, lobby, joinWork: _joinWork, ...settings } = entry.body;
    state.genesis = entry.body;
    state.network = settings;
    state.founder = author;
    const founder = newMember(author, entry.author);
    founder.status = 'admitted';
    founder.roles.add('coordinator');
    founder.admittedAt = entry.time;
    founder.seniority = 0;
    state.members.set(author, founder);
    addDevice(state, founder, entry.author, boxKey, '');
    state.epochs.push({ epoch: 0, author, secrets: [secret] });
    state.invites.push(lobby);
    return null;
  }
  if (!state.network) return 'not-member';

  if (entry.type === 'join') {
    // One open request per key: asking again is for after a decline.
    if (state.devices.has(author) && !state.members.has(author)) return 'already-decided';
    const known = state.members.get(author);
    if (known && known.status !== 'declined') return 'already-decided';
    if (!hasWork(state, entry.author, entry.body)) return 'no-work';
    const member = known ?? newMember(author, entry.author);
    member.status = 'pending';
    member.joinId = item.idText;
    member.join = entry.body;
    member.declineNote = null;
    state.members.set(author, member);
    return null;
  }

  let member: Member;
  if (context.rightsJudged) {
    const known = memberOf(state, author);
    if (!known) return 'not-member';
    member = known;
  } else {
    const writer = writerOf(state, author, item.idText);
    if (typeof writer === 'string') return writer;
    if (writer.member.status !== 'admitted') return 'suspended';
    member = writer.member;
  }

  // A member's own devices, and voice.
  if (entry.type === 'device-add') {
    const { device, boxKey, label } = entry.body;
    const key = toBase64Url(device);
    if (state.devices.has(key) || state.members.has(key)) return 'already-decided';
    if (liveDevices(state, member).length >= maxDevices) return 'too-many-devices';
    addDevice(state, member, device, boxKey, label);
    return null;
  }
  if (entry.type === 'device-remove') {
    const target = state.devices.get(toBase64Url(entry.body.device));
    if (!target || target.member !== member.key || target.removed) return 'unknown-member';
    if (liveDevices(state, member).length <= 1 && !context.mutual) return 'last-device';
    const cut = headsOf(state, [target], entry.body.cut);
    if (typeof cut === 'string') return cut;
    closeWindows(target, cut);
    target.removed = true;
    return null;
  }

  if (entry.type === 'vouch') {
    const outcome = applyVouch(state, item, member, context.inPast ?? (() => false));
    if (outcome === 'made-coordinator') recordAct(state, item, member.key);
    return outcome === 'made-coordinator' || outcome === 'noted' ? null : outcome;
  }

  // Everything else is a coordinator's.
  if (!context.rightsJudged && !hasRole(member, 'coordinator')) return 'not-coordinator';
  const by = member.key;
  const rejection = applyCoordinatorAct(state, entry, item.idText, by, joins, context.mutual === true);
  if (rejection === null) recordAct(state, item, by);
  return rejection;
}

function applyCoordinatorAct(
  state: NetworkState,
  entry: AnyEntry,
  id: EntryIdText,
  by: MemberKey,
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
  mutual: boolean,
): Rejection | null {
  switch (entry.type) {
    case 'settings': {
      const { seen: _seen, ...settings } = entry.body;
      state.network = settings;
      state.settingsChanged.push({ id, by, time: entry.time });
      return null;
    }
    case 'invite':
      state.invites.push(entry.body.secret);
      return null;
    case 'admit':
    case 'decline': {
      const target = toBase64Url(entry.body.member);
      const join = joins.get(toBase64Url(entry.body.join));
      if (!join || toBase64Url(join.entry.author) !== target) return 'no-join';
      const member = state.members.get(target);
      if (member?.status !== 'pending' || member.joinId !== join.idText) return 'already-decided';
      if (entry.type === 'decline') {
        member.status = 'declined';
        member.declineNote = entry.body.note;
        return null;
      }
      const body = (join.entry.body as Bodies['join']) ?? null;
      member.status = 'admitted';
      member.admittedAt = entry.time;
      addDevice(state, member, member.publicKey, body.boxKey, '');
      state.admissions.set(target, { epoch: entry.body.epoch, secret: entry.body.secret });
      // Welcome hours come from the community pot, which may go below zero.
      credit(state, member, entry.body.welcome);
      return null;
    }
    case 'enroll': {
      const target = toBase64Url(entry.body.member);
      if (state.members.has(target) || state.devices.has(target)) return 'already-decided';
      const member = newMember(target, entry.body.member);
      const { name, area, consent } = entry.body;
      member.status = 'admitted';
      member.admittedAt = entry.time;
      member.enrolled = { by, name, area, consent };
      state.members.set(target, member);
      addDevice(state, member, entry.body.member, entry.body.boxKey, '');
      if (entry.body.secret) state.admissions.set(target, { epoch: entry.body.epoch, secret: entry.body.secret });
      credit(state, member, entry.body.welcome + entry.body.opening);
      return null;
    }
    case 'card': {
      const target = toBase64Url(entry.body.member);
      if (!isMember(state, target)) return 'unknown-member';
      const shares = state.cards.get(target) ?? [];
      shares.push(entry.body.share);
      state.cards.set(target, shares);
      return null;
    }
    case 'suspend': {
      const target = toBase64Url(entry.body.member);
      if (target === by) return 'self';
      const member = state.members.get(target);
      if (member?.status !== 'admitted') return 'already-decided';
      if (member.roles.has('coordinator') && coordinatorCount(state) <= 1 && !mutual) return 'last-coordinator';
      const devices = devicesOf(state, member);
      const cut = headsOf(state, devices, entry.body.cut);
      if (typeof cut === 'string') return cut;
      for (const device of devices) closeWindows(device, cut);
      member.status = 'suspended';
      // A suspended coordinator is a member again when reinstated: roles are granted anew.
      member.roles.clear();
      return null;
    }
    case 'reinstate': {
      const member = state.members.get(toBase64Url(entry.body.member));
      if (member?.status !== 'suspended') return 'not-suspended';
      const devices = devicesOf(state, member);
      const from = headsOf(state, devices, entry.body.from);
      if (typeof from === 'string') return from;
      for (const device of devices) {
        if (device.removed) continue;
        // What follows the heads the coordinator names counts again; if none are named for
        // this device, what follows the suspension's cut.
        const named = from.get(device.key);
        const start = named?.size ? named : (device.windows.at(-1)?.end ?? new Set<EntryIdText>());
        // Nothing named and nothing cut (the device had written nothing): all of it counts.
        device.windows = [...device.windows, { start: start.size ? start : null, end: null }];
      }
      member.status = 'admitted';
      return null;
    }
    case 'grant-role': {
      const member = state.members.get(toBase64Url(entry.body.member));
      if (member?.status !== 'admitted') return 'unknown-member';
      if (member.roles.has(entry.body.role)) return 'already-decided';
      member.roles.add(entry.body.role);
      if (entry.body.role === 'coordinator' && member.seniority === null) member.seniority = nextSeniority(state);
      return null;
    }
    case 'revoke-role': {
      const member = state.members.get(toBase64Url(entry.body.member));
      if (!member?.roles.has(entry.body.role)) return 'unknown-member';
      if (entry.body.role === 'coordinator' && coordinatorCount(state) <= 1 && !mutual) return 'last-coordinator';
      member.roles.delete(entry.body.role);
      return null;
    }
    case 'rekey': {
      // A new epoch is opened by one coordinator; more parts of it (for more readers) may
      // follow from that same coordinator. A concurrent rekey by another is stale.
      const current = state.epochs.at(-1);
      if (current && entry.body.epoch === current.epoch && current.author === by) {
        current.secrets.push(entry.body.secret);
        return null;
      }
      if (entry.body.epoch !== (current?.epoch ?? 0) + 1) return 'stale-epoch';
      state.epochs.push({ epoch: entry.body.epoch, author: by, secrets: [entry.body.secret] });
      return null;
    }
    case 'move-member': {
      const member = state.members.get(toBase64Url(entry.body.member));
      if (!member || (member.status !== 'admitted' && member.status !== 'suspended')) return 'unknown-member';
      const key = toBase64Url(entry.body.device);
      if (state.devices.has(key) || state.members.has(key)) return 'already-decided';
      const devices = devicesOf(state, member).filter((device) => !device.removed);
      const cut = headsOf(state, devices, entry.body.cut);
      if (typeof cut === 'string') return cut;
      for (const device of devices) {
        closeWindows(device, cut);
        device.removed = true;
      }
      const moved = addDevice(state, member, entry.body.device, entry.body.boxKey, '');
      // A suspended member moved to a new key stays suspended: the new key waits for reinstatement.
      if (member.status === 'suspended') moved.windows = [{ start: null, end: new Set() }];
      return null;
    }
    case 'hide-post':
      if (state.hiddenPosts.has(toBase64Url(entry.body.post))) return 'already-decided';
      state.hiddenPosts.set(toBase64Url(entry.body.post), entry.body.reason);
      return null;
    case 'warn':
      if (!isMember(state, toBase64Url(entry.body.member))) return 'unknown-member';
      state.warnings.set(id, { member: toBase64Url(entry.body.member), by, note: entry.body.note, time: entry.time });
      return null;
    case 'reverse-transfer': {
      const target = toBase64Url(entry.body.transfer);
      if (state.reversals.has(target)) return 'already-decided';
      // Recorded now, compensated when (and if) the transfer counts: order does not matter.
      state.reversals.set(target, entry.body.reason);
      return null;
    }
    case 'pot-grant': {
      const member = state.members.get(toBase64Url(entry.body.to));
      if (!member || !isMember(state, member.key)) return 'unknown-member';
      state.pot -= entry.body.minutes;
      member.balance += entry.body.minutes;
      member.received += entry.body.minutes;
      return null;
    }
    default:
      return 'malformed';
  }
}

/** Join bodies whose proof of work was checked, and the answer: a join is judged again in every causal past it lies in. */
const workChecked = new WeakMap<Bodies['join'], { networkId: string; bits: number; ok: boolean }>();

function hasWork(state: NetworkState, author: Uint8Array, body: Bodies['join']): boolean {
  const bits = state.genesis?.joinWork ?? 0;
  const known = workChecked.get(body);
  if (known && known.networkId === state.networkId && known.bits === bits) return known.ok;
  const ok = hasJoinWork(state.networkId, author, body, bits);
  workChecked.set(body, { networkId: state.networkId, bits, ok });
  return ok;
}

/** Every device a member has had, retired ones included. */
function devicesOf(state: NetworkState, member: Member): Device[] {
  return member.devices.map((key) => state.devices.get(key)).filter((d): d is Device => d !== undefined);
}

function liveDevices(state: NetworkState, member: Member): Device[] {
  return devicesOf(state, member).filter((device) => !device.removed);
}

/**
 * Groups the named chain heads by device. Each must be a chained entry of one of these
 * devices (the entry waits until they are; authorityOrder sees to that).
 */
function headsOf(
  state: NetworkState,
  devices: readonly Device[],
  named: readonly Uint8Array[],
): Map<string, Set<EntryIdText>> | Rejection {
  const keys = new Set(devices.map((device) => device.key));
  const grouped = new Map<string, Set<EntryIdText>>();
  for (const bytes of named) {
    const id = toBase64Url(bytes);
    const node = state.chain.get(id);
    if (!node || !keys.has(node.author)) return 'bad-ref';
    const set = grouped.get(node.author) ?? new Set<EntryIdText>();
    set.add(id);
    grouped.set(node.author, set);
  }
  return grouped;
}

/** Ends a device's open window at the named heads (none named: nothing more of it counts). */
function closeWindows(device: Device, cut: ReadonlyMap<string, Set<EntryIdText>>): void {
  const open = device.windows.at(-1);
  if (!open || open.end !== null) return;
  const closed: CountedWindow = { start: open.start, end: cut.get(device.key) ?? new Set() };
  device.windows = [...device.windows.slice(0, -1), closed];
}

function addDevice(state: NetworkState, member: Member, publicKey: Uint8Array, boxKey: Uint8Array, label: string) {
  const key = toBase64Url(publicKey);
  const device: Device = {
    key,
    publicKey,
    member: member.key,
    boxKey,
    label,
    windows: [{ start: null, end: null }],
    removed: false,
  };
  state.devices.set(key, device);
  if (!member.devices.includes(key)) member.devices.push(key);
  return device;
}

function credit(state: NetworkState, member: Member, minutes: number): void {
  state.pot -= minutes;
  member.balance += minutes;
  if (minutes > 0) member.received += minutes;
  else member.given -= minutes;
  member.welcome += minutes;
}

function recordAct(state: NetworkState, item: VerifiedEntry, by: MemberKey): void {
  const entry = item.entry as AnyEntry;
  const body = entry.body as Record<string, unknown>;
  const about = ['member', 'post', 'transfer', 'to', 'device'].find((field) => Object.hasOwn(body, field));
  const aboutValue = about ? body[about] : null;
  state.acts.push({
    id: item.idText,
    type: entry.type,
    by,
    about: aboutValue instanceof Uint8Array ? toBase64Url(aboutValue) : null,
    reason: typeof body.reason === 'string' ? body.reason : '',
    time: entry.time,
  });
}

export function newMember(key: MemberKey, publicKey: Uint8Array): Member {
  return {
    key,
    publicKey,
    status: 'pending',
    roles: new Set(),
    devices: [],
    joinId: null,
    join: null,
    admittedAt: null,
    enrolled: null,
    declineNote: null,
    profile: null,
    profileFrom: null,
    balance: 0,
    given: 0,
    received: 0,
    welcome: 0,
    seniority: null,
  };
}
