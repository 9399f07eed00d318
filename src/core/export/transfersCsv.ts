// The coordinator's own record of every transfer of hours, oldest first. Dates are
// Amsterdam time; hours with a decimal comma and in minutes; a reversed transfer stays in
// the list (nothing is ever deleted) with the coordinator's reason.
import { type CsvOptions, spreadsheetText, writeCsv } from '../csv/writeCsv.ts';
import { memberName } from '../state/memberName.ts';
import type { MemberKey, NetworkState } from '../state/NetworkState.ts';
import { amsterdamDateTime } from '../time/amsterdam.ts';
import { hoursText } from './hoursText.ts';

export const transfersCsvHeader = ['datum', 'van', 'aan', 'uren', 'minuten', 'wat', 'teruggedraaid', 'reden'];

export function transfersCsv(
  state: NetworkState,
  sealedNames: ReadonlyMap<MemberKey, string> = new Map(),
  options: CsvOptions = {},
): string {
  const name = (key: MemberKey) => {
    const member = state.members.get(key);
    return member ? memberName(member, sealedNames.get(key) ?? '') : '';
  };
  const rows = [...state.transfers.values()]
    .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1))
    .map((t) => [
      amsterdamDateTime(t.time),
      spreadsheetText(name(t.from)),
      spreadsheetText(name(t.to)),
      hoursText(t.minutes),
      String(t.minutes),
      spreadsheetText(t.what),
      state.reversals.has(t.id) ? 'ja' : 'nee',
      spreadsheetText(state.reversals.get(t.id) ?? ''),
    ]);
  return writeCsv([transfersCsvHeader, ...rows], options);
}
