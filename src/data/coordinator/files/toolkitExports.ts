// The coordinator's own spreadsheets: members with balances, and every transfer.
import { membersCsv } from '../../../core/export/membersCsv.ts';
import { transfersCsv } from '../../../core/export/transfersCsv.ts';
import type { SessionView } from '../../session/SessionView.ts';

export function membersCsvText(view: SessionView): string | null {
  return view.memberState ? membersCsv(view.memberState) : null;
}

export function transfersCsvText(view: SessionView): string | null {
  return view.memberState ? transfersCsv(view.memberState) : null;
}
