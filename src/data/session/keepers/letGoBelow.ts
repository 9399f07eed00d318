// A phone that moved on to the part after a checkpoint lets go of the history below it
// (docs/protocol.md §7.1): the docs before the part at rest, and in the verified copy every entry of the
// checkpoint's frontier but those of its own member's devices and those its own rows are made
// of (the hours paid to its member, its conversations). Its view keeps those rows: history
// below a counting checkpoint is final (tableComparison.ts), and the next opening finds the
// entries kept by their place below the tips (startAtRecorded.ts). It then starts from the
// checkpoint's summary, as a device paired since does. An archive device never lets go.
import { authorOf } from '../../../core/state/entryTexts.ts';
import type { NetworkState, VerifiedEntry } from '../../../core/state/NetworkState.ts';
import type { Room } from '../../../sync/Room.ts';
import { yieldWhenDue } from '../../../sync/yieldToPage.ts';
import type { NetworkDatabase } from '../../store/NetworkDatabase.ts';
import { entryOfRow } from '../../store/tableComparison.ts';
import { keepInCopy } from '../../store/verifiedCopy.ts';

export interface LettingGo {
  room: Room;
  db: NetworkDatabase;
  state: NetworkState;
  /** The member this device writes for. */
  member: string;
  /** The checkpoint's summary hash, and which entries belong in the part after it (CheckpointBook.partAfter). */
  summary: string;
  holds: (item: VerifiedEntry) => boolean;
  /** Notes in the device's record that it let go (the next opening keeps the first doc in memory only). */
  saveRecord(patch: { firstDocLetGo: string }): Promise<void>;
}

/** Lets go of the history below the checkpoint at rest; returns how many entries the copy let go. */
export async function letGoBelow({ room, db, state, member, summary, holds, saveRecord }: LettingGo): Promise<number> {
  const mine = new Set(state.members.get(member)?.devices ?? []);
  // The rows of its member's hours and conversations, by the entry each is made of ("<id>.<n>": a part of a record).
  const rows = new Set<string>();
  for (const table of [db.transfers, db.messages])
    for (const key of await table.toCollection().primaryKeys()) rows.add(entryOfRow(String(key)));
  const keep = (id: string): boolean => {
    const item = room.ledger.get(id);
    return !item || holds(item) || mine.has(authorOf(item)) || rows.has(id);
  };
  const dropped = await keepInCopy(db, keep, yieldWhenDue);
  // The rows made of what it let go (others' posts of the years below, entries kept aside)
  // go with them now, not at the next opening's comparison of the view.
  for (const table of [db.posts, db.rejected]) {
    const gone = ((await table.toCollection().primaryKeys()) as string[]).filter((id) => !keep(id));
    await table.bulkDelete(gone);
  }
  await saveRecord({ firstDocLetGo: summary });
  // Not waited for: another tab with a doc open holds its deletion until it closes it.
  void room.letOlderDocsGo().catch((error: unknown) => console.warn('letting go of the first doc failed', error));
  performance.mark('buurtruil:let-go-below', { detail: { dropped } });
  return dropped;
}
