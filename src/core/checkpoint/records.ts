// The records of a checkpoint's summary (docs/protocol.md §4.8): what a state derived from
// the frontier F holds that entries after F can still need, written out section by section
// as plain values (ids and keys as base64url text) that encode to one DAG-CBOR form. The
// windows of each device are written as flags on its tips: an entry after F follows a tip,
// so what counts after F is said there, without the chain below.
import { type Activity, cancellationOf } from '../state/activities.ts';
import { partStatus } from '../state/groupParts.ts';
import type { Device, EntryIdText, Member, NetworkState, Post, Profile } from '../state/NetworkState.ts';
import type { GroupRecord } from '../state/togetherRecords.ts';
import { openPostRecord } from './carriedPosts.ts';
import { ideaAndRecurringRecords, ideasCarried } from './ideasAndRecurring.ts';
import { linkRecords } from './linkObjects.ts';
import { postLapsed } from './postLapse.ts';
import { stillOpen, togetherCarried, togetherRecords } from './togetherObjects.ts';

export const sectionNames = ['heads', 'members', 'devices', 'open', 'carried', 'network'] as const;
export type SectionName = (typeof sectionNames)[number];

/** One record: a plain value with a `key` it is sorted by. */
export type CheckpointRecord = { key: string } & { [field: string]: unknown };
export type Sections = { [S in SectionName]: CheckpointRecord[] };

/** A tip of a device in F, and what an entry written after it would be in. */
export interface TipRecord {
  seq: number;
  id: EntryIdText;
  /** In the device's open window: an entry after it counts. */
  open: boolean;
  /** In the open kept window of a device its member retired (Device.kept). */
  kept: boolean;
  /** At or after the end of the device's last window, if that is closed: where a reinstatement opens it again. */
  end: boolean;
}

/** The records of a state derived from a frontier, and the ids of the entries every device carries. */
export function recordsOf(state: NetworkState, carried: Iterable<EntryIdText>, until: number): Sections {
  const sections: Sections = {
    heads: headRecords(state),
    members: [...state.members.values()].map((member) => memberRecord(state, member)),
    devices: [...state.devices.values()].map(deviceRecord),
    open: openRecords(state, until),
    carried: [...new Set(carried)].map((id) => ({ key: id })),
    network: [
      {
        key: 'network',
        settings: state.network,
        policy: state.policy,
        joinWork: state.genesis?.joinWork ?? 0,
        founder: state.founder,
        pot: state.pot,
        epochs: state.epochs.map((epoch) => ({ epoch: epoch.epoch, author: epoch.author })),
        authorityHeads: [...state.authorityHeads].sort(),
        // Each peer's clearing account (protocol-links.md §4): with the balances it sums to zero.
        clearing: [...state.clearing].sort(([a], [b]) => (a < b ? -1 : 1)).map(([net, minutes]) => ({ net, minutes })),
      },
    ],
  };
  for (const name of sectionNames) sections[name].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return sections;
}

/** The entries of F a device starting from the checkpoint needs in full (§4.8, "carried entries"). */
export function carriedIds(state: NetworkState, until: number): EntryIdText[] {
  const ids: EntryIdText[] = [state.networkId];
  for (const member of state.members.values()) {
    if (member.status === 'pending' && member.joinId) ids.push(member.joinId);
    if (member.profileFrom) ids.push(member.profileFrom.id);
    if (member.experience) ids.push(member.experience.from.id);
  }
  for (const post of openPosts(state, until)) ids.push(post.id, post.updatedFrom.id);
  for (const id of openProposals(state)) ids.push(id);
  for (const record of openGroupRecords(state)) ids.push(record.id);
  for (const activity of openActivities(state, until)) ids.push(activity.id, activity.updatedFrom.id);
  ids.push(...togetherCarried(state, until));
  ids.push(...ideasCarried(state));
  const settings = state.settingsChanged.at(-1);
  if (settings) ids.push(settings.id);
  const policy = state.policyChanged.at(-1);
  if (policy) ids.push(policy.id);
  return ids;
}

function headRecords(state: NetworkState): CheckpointRecord[] {
  const parents = new Set<EntryIdText>();
  const byAuthor = new Map<string, EntryIdText[]>();
  for (const [id, node] of state.chain) {
    if (node.parent) parents.add(node.parent);
    const ids = byAuthor.get(node.author);
    if (ids) ids.push(id);
    else byAuthor.set(node.author, [id]);
  }
  const records: CheckpointRecord[] = [];
  for (const [author, ids] of byAuthor) {
    const device = state.devices.get(author);
    const tips: TipRecord[] = ids
      .filter((id) => !parents.has(id))
      .map((id) => ({ seq: state.chain.get(id)?.seq ?? 0, id, ...tipFlags(state, device, id) }));
    tips.sort((a, b) => b.seq - a.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    records.push({ key: author, tips, fork: state.forks.get(author) ?? null });
  }
  return records;
}

function tipFlags(state: NetworkState, device: Device | undefined, tip: EntryIdText): Omit<TipRecord, 'seq' | 'id'> {
  const last = device?.windows.at(-1);
  const kept = device?.kept;
  return {
    open: last !== undefined && last.end === null && (last.start === null || atOrAfter(state, tip, last.start)),
    kept: kept != null && kept.end === null && (kept.start === null || atOrAfter(state, tip, kept.start)),
    end: last?.end != null && atOrAfter(state, tip, last.end),
  };
}

/** Is `tip` one of `ids`, or does it follow one in its chain? */
function atOrAfter(state: NetworkState, tip: EntryIdText, ids: ReadonlySet<EntryIdText>): boolean {
  for (let at: EntryIdText | null = tip; at; at = state.chain.get(at)?.parent ?? null) if (ids.has(at)) return true;
  return false;
}

function memberRecord(state: NetworkState, member: Member): CheckpointRecord {
  const voice = state.vouches.get(member.key)?.at(-1) ?? null;
  return {
    key: member.key,
    status: member.status,
    roles: [...member.roles].sort(),
    devices: [...member.devices],
    joinId: member.joinId,
    admittedAt: member.admittedAt,
    enrolled: member.enrolled,
    setAsideBefore: member.setAsideBefore ?? null,
    profile: member.profile ? profileValue(member.profile) : null,
    profileFrom: member.profileFrom,
    // The latest `profile-more`, in full as the profile is: its text and its [time, id].
    experience: member.experience ?? null,
    balance: member.balance,
    given: member.given,
    received: member.received,
    welcome: member.welcome,
    seniority: member.seniority,
    voice: voice ? { member: voice.member, id: voice.id } : null,
  };
}

function profileValue(profile: Profile): Profile {
  const { name, area, offers, words, languages, paused, perWeek } = profile;
  return { name, area, offers, words, languages, paused, perWeek };
}

function deviceRecord(device: Device): CheckpointRecord {
  const last = device.windows.at(-1);
  return {
    key: device.key,
    member: device.member,
    boxKey: device.boxKey,
    label: device.label,
    removed: device.removed,
    window: last === undefined ? 'none' : last.end === null ? 'open' : 'closed',
    fromStart: last?.start === null,
    kept: device.kept
      ? { retiredBy: device.kept.retiredBy, open: device.kept.end === null, fromStart: device.kept.start === null }
      : null,
  };
}

// --- open objects ---

/** Posts neither closed nor hidden that had not lapsed by `until` (postLapse.ts). */
export function openPosts(state: NetworkState, until: number): Post[] {
  return [...state.posts.values()].filter(
    (post) => post.status === 'open' && !state.hiddenPosts.has(post.id) && !postLapsed(post, until),
  );
}

export function openProposals(state: NetworkState): EntryIdText[] {
  return [...state.proposals.keys()].filter((id) => !state.paid.has(id));
}

/** Group records with a part still waiting for an answer: a later answer can still move it. */
export function openGroupRecords(state: NetworkState): GroupRecord[] {
  return [...state.groupRecords.values()].filter((record) =>
    record.parts.some((_part, index) => partStatus(state, record, index) === 'waiting'),
  );
}

/**
 * Activities not cancelled (nor called off) that ended at most 90 days before `until` or end
 * later: sign-ups, attendance, `came` and approvals can still change what they pay. An
 * entry about an older one waits, as for everything the checkpoint closed (together §8).
 */
export function openActivities(state: NetworkState, until: number): Activity[] {
  return [...state.activities.values()].filter(
    (activity) => cancellationOf(state, activity) === null && stillOpen(activity.ends, until),
  );
}

function openRecords(state: NetworkState, until: number): CheckpointRecord[] {
  const records: CheckpointRecord[] = [];
  const posts = new Set<EntryIdText>();
  for (const post of openPosts(state, until)) {
    posts.add(post.id);
    records.push(openPostRecord(post));
  }
  for (const [key, decision] of state.matchDecisions) {
    if (posts.has(key.split(' ')[0] ?? '')) records.push({ key: `match ${key}`, ...decision });
  }
  for (const id of openProposals(state)) {
    const proposal = state.proposals.get(id);
    records.push({ key: `proposal ${id}`, proposal, confirmed: state.confirmations.get(id) ?? null });
  }
  for (const record of openGroupRecords(state)) {
    const answers = [...state.partAnswers].filter(([key]) => key.startsWith(`${record.id} `));
    const moved = [...state.movedParts].filter((key) => key.startsWith(`${record.id} `));
    records.push({
      key: `group ${record.id}`,
      record,
      answers: answers.sort(byKey).map(([key, answer]) => ({ key, ...answer })),
      moved: moved.sort(),
    });
  }
  const activities = openActivities(state, until);
  for (const activity of activities) {
    const { signUps, came, payments, ...fields } = activity;
    records.push({
      key: `activity ${activity.id}`,
      activity: fields,
      signUps: [...signUps].sort(byKey).map(([key, signUp]) => ({ key, ...signUp })),
      came: [...came].sort(byKey).map(([key, id]) => ({ key, id })),
      payments: [...payments].sort(byKey).map(([key, payment]) => ({ key, ...payment })),
      approved: state.activityApprovals.get(activity.id) ?? null,
    });
  }
  records.push(...togetherRecords(state, until, new Set(activities.map((activity) => activity.id))));
  records.push(...linkRecords(state));
  records.push(...ideaAndRecurringRecords(state, posts));
  for (const [join, met] of state.met) {
    const newcomer = [...state.members.values()].find((member) => member.joinId === join);
    if (newcomer?.status === 'pending') records.push({ key: `met ${join}`, ...met });
  }
  return records;
}

function byKey<V>(a: [string, V], b: [string, V]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** The tips of F a summary's `heads` name. */
export function tipsOf(sections: Pick<Sections, 'heads'>): EntryIdText[] {
  return sections.heads.flatMap((record) => (record.tips as TipRecord[]).map((tip) => tip.id));
}
