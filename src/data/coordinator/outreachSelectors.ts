// The outreach list for the coordinator's page (src/core/state/outreach.ts), with names.
import { type OutreachReason, outreachList } from '../../core/state/outreach.ts';
import type { SessionView } from '../session/SessionView.ts';
import { nameOf } from './toolkitNames.ts';

export type { OutreachReason };

export interface OutreachLine {
  member: string;
  name: string | null;
  reasons: OutreachReason[];
}

export function outreachLines(view: SessionView, now = Date.now()): OutreachLine[] {
  const state = view.memberState;
  if (!state) return [];
  return outreachList(state, now).map((item) => ({ ...item, name: nameOf(state, item.member) }));
}
