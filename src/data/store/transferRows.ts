// A member's transfers from the Dexie view, newest first: the one read behind the hours
// history on the member's page and at the kiosk.
import type { NetworkDatabase } from './NetworkDatabase.ts';
import type { TransferRow } from './tableRows.ts';

export function transferRows(db: NetworkDatabase, member: string): Promise<TransferRow[]> {
  return db.transfers.where('parties').equals(member).reverse().sortBy('time');
}
