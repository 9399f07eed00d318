// The checkpoint in a device's record (docs/protocol.md §4.8, §7.1): the one it checked, or
// the one its member's device handed it at pairing. A device with its pages beside the view
// judges from it from the first derivation; a new device waits for them to arrive.
import type { Room } from '../../../sync/Room.ts';
import { readCheckpointPages } from '../../store/checkpointPages.ts';
import type { NetworkDatabase } from '../../store/NetworkDatabase.ts';

/**
 * With a checkpoint in its record, the ledger judges only what came after its frontier
 * from the first derivation on: its pages are read from beside the view, before the
 * verified copy is. Its code is loaded only then.
 */
export async function startAtRecordedCheckpoint(
  networkId: string,
  recorded: string | null | undefined,
  db: NetworkDatabase,
  room: Room,
): Promise<void> {
  if (!recorded) return;
  const [{ startAtRecorded }, kept] = await Promise.all([
    import('../../../core/checkpoint/startAtRecorded.ts'),
    readCheckpointPages(db),
  ]);
  if (!kept.has(recorded)) return;
  const start = startAtRecorded(networkId, recorded, (key) => kept.get(key), room.ledger.held);
  await room.ledger.startFrom({ start });
}

/**
 * A device handed a checkpoint at pairing holds none of its frontier: until it judges from
 * the summary, the state it derives is not the network's (one member, no balances), and
 * writing that view would be undone at once. True while it does not judge from one: the
 * checkpoint's keeper starts from the recorded summary once its pages are here (the same
 * doc brings them as the entries), and the view is written then, once.
 */
export function waitingForRecordedStart(recorded: string | null | undefined, room: Room): boolean {
  return Boolean(recorded) && !room.ledger.state.checkpoint;
}
