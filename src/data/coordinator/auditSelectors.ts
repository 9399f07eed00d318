// The audit log every coordinator can read: each coordinator act, who, when, why, in the
// order the rules judged them (state.acts), newest first. Nobody can edit or remove a line:
// each is a signed entry. A warning's private note is opened for the coordinators.
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import { type EntryType, isEntryType } from '../../core/entry/bodies.ts';
import type { AnyEntry } from '../../core/entry/Entry.ts';
import { openWarning } from '../../core/sealing.ts';
import type { SessionView } from '../session/SessionView.ts';
import { hiddenTitleOf, nameOf } from './toolkitNames.ts';

export interface AuditLine {
  id: string;
  type: string;
  by: string | null;
  /** A member's name, a post's title, or a transfer as "from → to". */
  about: string | null;
  reason: string;
  /** A warning's note, when this device can open it. */
  note: string | null;
  /** A pot grant's or a transfer's minutes. */
  minutes: number | null;
  role: string | null;
  time: number;
}

export function auditLines(view: SessionView): AuditLine[] {
  const state = view.memberState;
  if (!state) return [];
  return state.acts
    .map((act): AuditLine => {
      const entry = state.applied.get(act.id) as AnyEntry | undefined;
      const line: AuditLine = {
        id: act.id,
        type: act.type,
        by: nameOf(state, act.by),
        about: null,
        reason: act.reason,
        note: null,
        minutes: null,
        role: null,
        time: act.time,
      };
      if (!entry) return line;
      switch (entry.type) {
        case 'hide-post':
          line.about = hiddenTitleOf(state, act.about);
          break;
        case 'activity-approve':
        case 'activity-call-off':
          line.about = state.activities.get(act.about ?? '')?.title ?? null;
          break;
        case 'came-for': {
          const activity = state.activities.get(toBase64Url(entry.body.activity))?.title;
          line.about = [nameOf(state, act.about), activity].filter(Boolean).join(' · ') || null;
          break;
        }
        case 'plan-grant':
          line.about = state.plans.get(act.about ?? '')?.title ?? null;
          line.minutes = entry.body.minutes;
          break;
        case 'reverse-transfer': {
          const transfer = act.about === null ? undefined : state.transfers.get(act.about);
          if (transfer) {
            line.about = `${nameOf(state, transfer.from) ?? '?'} → ${nameOf(state, transfer.to) ?? '?'}`;
            line.minutes = transfer.minutes;
          }
          break;
        }
        case 'warn':
          line.about = nameOf(state, act.about);
          line.note = act.about ? openWarning(entry.body.note, view.identity, view.net, idFromText(act.about)) : null;
          break;
        case 'pot-grant':
          line.about = nameOf(state, act.about);
          line.minutes = entry.body.minutes;
          break;
        case 'grant-role':
        case 'revoke-role':
          line.about = nameOf(state, act.about);
          line.role = entry.body.role;
          break;
        default:
          line.about = nameOf(state, act.about);
      }
      return line;
    })
    .reverse();
}

/** The kinds of act the log can be filtered by, in the order the pages list them. */
export const auditTypes = [
  'admit',
  'decline',
  'set-aside',
  'enroll',
  'hide-post',
  'warn',
  'suspend',
  'reinstate',
  'rekey',
  'reverse-transfer',
  'pot-grant',
  'grant-role',
  'revoke-role',
  'settings',
  'policy',
  'invite',
  'move-member',
  'card',
  'vouch',
  'activity-approve',
  'activity-call-off',
  'came-for',
  'plan-grant',
] as const satisfies readonly EntryType[];

/** The label a line shows: its entry type (every type has one), or "other" for what no version knows. */
export function labelledType(type: string): EntryType | 'other' {
  return isEntryType(type) ? type : 'other';
}
