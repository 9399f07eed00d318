// The coordinator's own record of members and their balances, for a spreadsheet. Not for
// anyone else: it has names. Balances are given twice: in hours with a decimal comma
// (what a Dutch spreadsheet reads as a number) and in whole minutes (exact).
import { type CsvOptions, spreadsheetText, writeCsv } from '../csv/writeCsv.ts';
import { memberArea, memberName } from '../state/memberName.ts';
import type { MemberKey, NetworkState } from '../state/NetworkState.ts';
import { hoursText } from './hoursText.ts';

export const membersCsvHeader = ['naam', 'straat of buurt', 'status', 'saldo (uren)', 'saldo (minuten)'];

/**
 * Members in the network (admitted or suspended), by name. Kiosks are devices, not
 * people, and are left out. `sealedNames`: names from join requests the coordinator's
 * device has opened, for members who have not written a profile yet.
 */
export function membersCsv(
  state: NetworkState,
  sealedNames: ReadonlyMap<MemberKey, string> = new Map(),
  options: CsvOptions = {},
): string {
  const rows = [...state.members.values()]
    .filter((m) => (m.status === 'admitted' || m.status === 'suspended') && !m.roles.has('kiosk'))
    .map((m) => ({ member: m, name: memberName(m, sealedNames.get(m.key) ?? '') }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || (a.member.key < b.member.key ? -1 : 1))
    .map(({ member, name }) => [
      spreadsheetText(name),
      spreadsheetText(memberArea(member)),
      member.status === 'admitted' ? 'lid' : 'geschorst',
      hoursText(member.balance),
      String(member.balance),
    ]);
  return writeCsv([membersCsvHeader, ...rows], options);
}
