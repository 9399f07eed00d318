// The network's settings and policy as they are now, for the coordinator's forms.
import type { Policy, Settings } from '../../core/entry/bodies.ts';
import type { SessionView } from '../session/SessionView.ts';

export type { Policy, Settings };

export function currentSettings(view: SessionView): Settings | null {
  return view.memberState?.network ?? null;
}

/** The policy in force now: the defaults until a coordinator writes one (protocol.md §3.4). */
export function currentPolicy(view: SessionView): Policy | null {
  return view.memberState?.policy ?? null;
}
