// What a member is told by the coordinators, on their own board: a kind warning (sealed to
// them), a message without a post (an outreach word, a suggested match), new house rules,
// and, while it lasts, that their account is paused and why.
import { idFromText } from '../../core/encoding/base64url.ts';
import { openMessage, openWarning } from '../../core/sealing.ts';
import { hasRole } from '../../core/state/membership.ts';
import { nameOf } from '../coordinator/toolkitNames.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface Notice {
  id: string;
  kind: 'warning' | 'message';
  from: string | null;
  text: string;
  time: number;
}

/** Newest first; only what this device can open. */
export function noticesForMe(view: SessionView): Notice[] {
  const state = view.memberState;
  if (!state) return [];
  const me = state.devices.get(view.me)?.member ?? view.me;
  const meBytes = idFromText(me);
  const notices: Notice[] = [];
  for (const [id, warning] of state.warnings) {
    if (warning.member !== me) continue;
    const text = openWarning(warning.note, view.identity, view.net, meBytes);
    if (text) notices.push({ id, kind: 'warning', from: nameOf(state, warning.by), text, time: warning.time });
  }
  for (const message of state.messages.values()) {
    if (message.to !== me || message.post !== null) continue;
    if (!hasRole(state.members.get(message.from), 'coordinator')) continue;
    const text = openMessage(message.sealed, view.identity, idFromText(message.from), meBytes);
    if (text)
      notices.push({ id: message.id, kind: 'message', from: nameOf(state, message.from), text, time: message.time });
  }
  return notices.sort((a, b) => b.time - a.time);
}

/** The latest change of the settings, with the rules as they are now; null if never changed. */
export function rulesChange(view: SessionView): { id: string; time: number; rules: string; help: string } | null {
  const state = view.memberState;
  const last = state?.settingsChanged.at(-1);
  if (!state?.network || !last) return null;
  return { id: last.id, time: last.time, rules: state.network.rules, help: state.network.help };
}

/** Why this device's member is paused, while they are. */
export function mySuspension(view: SessionView): { reason: string } | null {
  const state = view.memberState;
  if (!state) return null;
  const me = state.devices.get(view.me)?.member ?? view.me;
  if (state.members.get(me)?.status !== 'suspended') return null;
  const act = state.acts.findLast((a) => a.type === 'suspend' && a.about === me);
  return { reason: act?.reason ?? '' };
}
