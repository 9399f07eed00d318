// The together page's open objects in a checkpoint (docs/protocol-together.md §8, protocol.md
// §4.8): what entries after the frontier can still need of plans, thank-yous, stories and
// coordinators' acts about activities, written as records and carried entries, and read
// back into a state. Activities and group records are in records.ts.
import type { SealedBox } from '../crypto/sealedBox.ts';
import type { EntryIdText, MemberKey, NetworkState, Thanks, VerifiedEntry } from '../state/NetworkState.ts';
import type { Order } from '../state/Order.ts';
import { emptyOutcome, reckonPlan } from '../state/planReckoning.ts';
import type { Plan, PlanAct } from '../state/plans.ts';
import { onBoard } from '../state/thanksBoard.ts';
import type { Story, StoryConsent } from '../state/togetherRecords.ts';
import type { CheckpointRecord } from './records.ts';

/** An activity, or a thank-you not on the board, that ended this long before `until` is closed. */
export const keptDays = 90;
const keptFor = keptDays * 24 * 60 * 60 * 1000;

/** Is an activity that ends at `ends` still open in a checkpoint until `until`? */
export function stillOpen(ends: number, until: number): boolean {
  return ends >= until - keptFor;
}

/**
 * Plans not ended or rejected: a pledge, a vote, a close, a payment or an end can still
 * change what they move. Also the acts about a plan the frontier does not hold (it may come after).
 */
function openPlanIds(state: NetworkState): EntryIdText[] {
  const ids = new Set<EntryIdText>();
  for (const plan of state.plans.values()) {
    if (plan.outcome.status === 'open' || plan.outcome.status === 'accepted') ids.add(plan.id);
  }
  for (const plan of state.planActs.keys()) if (!state.plans.has(plan)) ids.add(plan);
  return [...ids];
}

/** Thank-yous on the board, or written lately: their two people can still say show. */
function openThanks(state: NetworkState, until: number) {
  return [...state.thanks.values()].filter(
    (thanks) => !state.hiddenPosts.has(thanks.id) && (onBoard(state, thanks) || stillOpen(thanks.time, until)),
  );
}

/** Stories members can read: not hidden. Their people can still say yes or no to the report. */
function openStories(state: NetworkState): Story[] {
  return [...state.stories.values()].filter((story) => !state.hiddenPosts.has(story.id));
}

/** Coordinators' acts about an activity still open, or about one the frontier does not hold. */
function actsOnActivities(state: NetworkState, open: ReadonlySet<EntryIdText>) {
  const counts = (activity: EntryIdText) => open.has(activity) || !state.activities.has(activity);
  return {
    calledOff: [...state.activitiesCalledOff].filter(([activity]) => counts(activity)),
    cameFor: [...state.cameFor].filter(([activity]) => counts(activity)),
    approvals: [...state.activityApprovals].filter(([activity]) => !open.has(activity) && counts(activity)),
  };
}

/**
 * The entries of F a device starting from the checkpoint carries: each open plan, its pledges
 * and acts, and the thank-yous and stories still open (together §8), so an entry after F
 * that names one finds it.
 */
export function togetherCarried(state: NetworkState, until: number): EntryIdText[] {
  const ids: EntryIdText[] = [];
  for (const thanks of openThanks(state, until)) ids.push(thanks.id);
  for (const story of openStories(state)) ids.push(story.id);
  for (const plan of openPlanIds(state)) {
    if (state.plans.has(plan)) ids.push(plan);
    for (const pledge of state.plans.get(plan)?.pledges.keys() ?? []) ids.push(pledge);
    for (const act of state.planActs.get(plan) ?? []) ids.push(act.id);
  }
  return ids;
}

export function togetherRecords(
  state: NetworkState,
  until: number,
  openActivities: ReadonlySet<EntryIdText>,
): CheckpointRecord[] {
  const records: CheckpointRecord[] = [];
  for (const id of openPlanIds(state)) {
    const plan = state.plans.get(id);
    if (plan) {
      const { pledges, outcome: _outcome, ...fields } = plan;
      records.push({ key: `plan ${id}`, plan: fields });
      for (const pledge of pledges.values()) {
        const { entry: _entry, ...value } = pledge;
        records.push({ key: `pledge ${id} ${pledge.id}`, ...value });
      }
    }
    const acts = state.planActs.get(id) ?? [];
    for (const [index, act] of acts.entries()) records.push(actRecord(id, index, act, acts, plan));
  }
  for (const thanks of openThanks(state, until)) {
    const says = [thanks.from, thanks.to].flatMap((member) => {
      const say = state.thanksShown.get(`${thanks.id} ${member}`);
      return say ? [{ member, ...say }] : [];
    });
    records.push({ key: `thanks ${thanks.id}`, thanks, says });
  }
  for (const story of openStories(state)) {
    const says = [...new Set([story.author, ...story.people])].flatMap((member) => {
      const say = state.storyConsents.get(`${story.id} ${member}`);
      return say ? [{ member, ...say }] : [];
    });
    records.push({ key: `story ${story.id}`, story, says });
  }
  const acts = actsOnActivities(state, openActivities);
  for (const [activity, off] of acts.calledOff) records.push({ key: `calloff ${activity}`, ...off });
  for (const [activity, members] of acts.cameFor) {
    const list = [...members].sort(([a], [b]) => (a < b ? -1 : 1)).map(([member, id]) => ({ member, id }));
    records.push({ key: `camefor ${activity}`, members: list });
  }
  for (const [activity, id] of acts.approvals) records.push({ key: `approve ${activity}`, id });
  // Who is a card member: a coordinator's came-for after F counts only for one (cameFor.ts).
  for (const [member, shares] of state.cards) records.push({ key: `card ${member}`, shares });
  return records;
}

/**
 * One act about a plan, in the order step 3 judged it (its index, zero-padded, sorts the
 * records). A close's voters and the votes in its past are written as positions of the
 * plan's votes and a count, not as lists of keys: a network of some hundred members would
 * not fit one close in a page. The reckoning needs no more (planReckoning.ts, `allowed`).
 */
function actRecord(plan: EntryIdText, index: number, act: PlanAct, acts: PlanAct[], found: Plan | undefined) {
  const { entry: _entry, voters, pastVotes, ...value } = act;
  const close =
    act.type === 'plan-close'
      ? {
          allowed: voters.filter((m) => !found || found.circle.length === 0 || found.circle.includes(m)).length,
          allowedVotes: positions(acts, (other) => other.type === 'vote' && voters.includes(other.author)),
          pastVotes: positions(acts, (other) => pastVotes.includes(other.id)),
        }
      : {};
  return { key: `planact ${plan} ${String(index).padStart(6, '0')}`, ...value, ...close };
}

function positions(acts: PlanAct[], pick: (act: PlanAct) => boolean): number[] {
  return acts.flatMap((act, index) => (pick(act) ? [index] : []));
}

/** Reads one together record back into the state; false if the record is not one of these. */
export function restoreTogether(
  state: NetworkState,
  kind: string,
  key: string,
  record: CheckpointRecord,
  entries: ReadonlyMap<EntryIdText, VerifiedEntry>,
): boolean {
  const [first = '', second = ''] = key.split(' ');
  if (kind === 'plan') {
    state.plans.set(key, {
      ...(record.plan as Omit<Plan, 'pledges' | 'outcome'>),
      pledges: new Map(),
      outcome: emptyOutcome(),
    });
  } else if (kind === 'pledge') {
    const entry = entries.get(second)?.entry;
    const plan = state.plans.get(first);
    if (entry && plan) {
      const { key: _key, ...value } = record;
      plan.pledges.set(second, {
        ...(value as { id: string; member: MemberKey; minutes: number; time: number }),
        entry,
      });
    }
  } else if (kind === 'planact') {
    const { key: _key, allowed, allowedVotes, pastVotes, ...value } = record;
    const entry = entries.get(value.id as EntryIdText)?.entry;
    if (!entry) return true;
    const acts = state.planActs.get(first) ?? [];
    const at = (list: unknown) => ((list as number[] | undefined) ?? []).map((i) => acts[i]);
    acts.push({
      ...(value as Omit<PlanAct, 'entry' | 'voters' | 'pastVotes'>),
      entry,
      voters: [...new Set(at(allowedVotes).flatMap((act) => (act ? [act.author] : [])))].sort(),
      pastVotes: at(pastVotes).flatMap((act) => (act ? [act.id] : [])),
      ...(allowed === undefined ? {} : { allowed: allowed as number }),
    });
    state.planActs.set(first, acts);
  } else if (kind === 'thanks') {
    state.thanks.set(key, record.thanks as Thanks);
    for (const { member, ...say } of record.says as { member: MemberKey; show: boolean; from: Order }[])
      state.thanksShown.set(`${key} ${member}`, say);
  } else if (kind === 'story') {
    state.stories.set(key, record.story as Story);
    for (const { member, ...say } of record.says as ({ member: MemberKey } & StoryConsent)[])
      state.storyConsents.set(`${key} ${member}`, say);
  } else if (kind === 'calloff') {
    const { key: _key, ...off } = record;
    state.activitiesCalledOff.set(key, off as { by: MemberKey; reason: string; id: EntryIdText });
  } else if (kind === 'camefor') {
    const members = record.members as { member: MemberKey; id: EntryIdText }[];
    state.cameFor.set(key, new Map(members.map(({ member, id }) => [member, id])));
  } else if (kind === 'card') {
    state.cards.set(key, record.shares as SealedBox[]);
  } else if (kind === 'approve') {
    state.activityApprovals.set(key, record.id as EntryIdText);
  } else return false;
  return true;
}

/** After every record is read: each plan's outcome as its pledges and acts reckon it (what F moved). */
export function reckonRestoredPlans(state: NetworkState): void {
  for (const plan of state.plans.values()) plan.outcome = reckonPlan(state, plan);
}
