// The community pot as the coordinator sees it: what it stands at, what members gave to
// it, and what coordinators granted from it and why — to a member or to a shared plan (a
// plan's grant that counts; together §3). (Welcome hours come from it too, so it usually
// stands below zero.)

import { toBase64Url } from '../../core/encoding/base64url.ts';
import type { AnyEntry } from '../../core/entry/Entry.ts';
import type { SessionView } from '../session/SessionView.ts';
import { nameOf } from './toolkitNames.ts';

export interface PotLine {
  id: string;
  name: string | null;
  /** A grant to a shared plan: the plan's title (`name` is then null). */
  plan: string | null;
  minutes: number;
  reason: string;
  by: string | null;
  time: number;
}

export interface PotView {
  balance: number;
  donations: PotLine[];
  grants: PotLine[];
}

export function potOf(view: SessionView): PotView | null {
  const state = view.memberState;
  if (!state) return null;
  const donations: PotLine[] = [];
  const grants: PotLine[] = [];
  for (const [id, entry] of state.applied) {
    const typed = entry as AnyEntry;
    if (typed.type !== 'pot-donate') continue;
    const member = state.devices.get(toBase64Url(typed.author))?.member ?? null;
    donations.push({
      id,
      name: nameOf(state, member),
      plan: null,
      minutes: typed.body.minutes,
      reason: '',
      by: null,
      time: typed.time,
    });
  }
  for (const act of state.acts) {
    const entry = state.applied.get(act.id) as AnyEntry | undefined;
    if (entry?.type === 'plan-grant') {
      const plan = state.plans.get(act.about ?? '');
      // A grant after the plan's end or rejection moved nothing (plan-closed).
      if (!plan || plan.outcome.verdicts.get(act.id) !== null) continue;
      grants.push({
        id: act.id,
        name: null,
        plan: plan.title,
        minutes: entry.body.minutes,
        reason: act.reason,
        by: nameOf(state, act.by),
        time: act.time,
      });
      continue;
    }
    if (entry?.type !== 'pot-grant') continue;
    grants.push({
      id: act.id,
      name: nameOf(state, act.about),
      plan: null,
      minutes: entry.body.minutes,
      reason: act.reason,
      by: nameOf(state, act.by),
      time: act.time,
    });
  }
  const newest = (a: PotLine, b: PotLine) => b.time - a.time;
  return { balance: state.pot, donations: donations.sort(newest), grants: grants.sort(newest) };
}
