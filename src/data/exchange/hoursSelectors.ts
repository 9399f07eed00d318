// What a member's hours add up to, as pure functions of the view's rows: the same numbers
// and the same sentence on the member's own page and at the kiosk.
import type { MemberRow, TransferRow } from '../store/tableRows.ts';

export interface HoursTotals {
  /** Minutes this member helped others (paid to them). */
  helped: number;
  /** Minutes of help this member received (paid by them). */
  gotHelp: number;
}

/**
 * From the exchanges themselves: a reversed transfer counts for nothing. Welcome hours and
 * the pot are not transfers between members, so they are neither helping nor being helped.
 */
export function hoursTotals(transfers: readonly TransferRow[], member: string): HoursTotals {
  let helped = 0;
  let gotHelp = 0;
  for (const transfer of transfers) {
    if (transfer.reversed) continue;
    if (transfer.to === member) helped += transfer.minutes;
    if (transfer.from === member) gotHelp += transfer.minutes;
  }
  return { helped, gotHelp };
}

/**
 * The date up to which this device holds none of a member's hours: it started from a
 * checkpoint (docs/protocol.md §4.8) in the part of the history after it (§7.1) — a device
 * paired since — so the exchanges before are on the member's other device and the
 * coordinator's laptop; the balance counts them all the same. Null where this device shows
 * them, or the member was admitted after it.
 */
export function olderHoursElsewhere(
  until: number | undefined,
  transfers: readonly TransferRow[],
  admittedAt: number | null,
): number | null {
  if (until === undefined || !Number.isFinite(until) || admittedAt === null || admittedAt > until) return null;
  return transfers.some((transfer) => transfer.time <= until) ? null : until;
}

/** Where a balance stands: each has its own sentence (below zero is normal, not a debt). */
export type BalanceStanding = 'ahead' | 'behind' | 'even';

export function balanceStanding(balance: number): BalanceStanding {
  if (balance > 0) return 'ahead';
  if (balance < 0) return 'behind';
  return 'even';
}

/** Who a card member can pay from a paper slip: admitted neighbours, not themselves, not a kiosk. */
export function slipPayees(members: readonly MemberRow[], me: string): MemberRow[] {
  return members.filter((m) => m.status === 'admitted' && m.key !== me && !m.roles.includes('kiosk'));
}
