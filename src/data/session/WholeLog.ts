// What a session does with the whole signed log at once, beside the one-entry WritePipeline:
// the founder's genesis into both rooms, a TimeOverflow bank's entries in, the log out in one file.
import type { Identity } from '../../core/Identity.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { ImportPreview, ImportResult } from '../coordinator/files/importTimeOverflow.ts';
import { exportNetwork } from '../coordinator/files/networkExport.ts';
import type { NetworkDatabase } from '../store/NetworkDatabase.ts';
import type { LobbyKeeper } from './keepers/LobbyKeeper.ts';
import type { MemberRoomKeeper } from './keepers/MemberRoomKeeper.ts';
import type { SessionEvents } from './SessionEvents.ts';
import type { WritePipeline } from './WritePipeline.ts';

export interface WholeLogHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly me: string;
  readonly db: NetworkDatabase;
  readonly member: MemberRoomKeeper;
  readonly lobby: LobbyKeeper;
  readonly pipeline: WritePipeline;
  readonly events: SessionEvents;
  closed(): boolean;
  memberState(): NetworkState | null;
}

export class WholeLog {
  private readonly host: WholeLogHost;

  constructor(host: WholeLogHost) {
    this.host = host;
  }

  /** The founder's genesis entry: into the member room and the lobby. */
  async publishGenesis(id: string, bytes: Uint8Array): Promise<void> {
    const { member, lobby } = this.host;
    await member.whenReady;
    await this.host.db.entries.put({ id, bytes, author: this.host.me, seq: 1 });
    await member.room?.appendForeign(id, bytes);
    await lobby.lobby?.room.appendForeign(id, bytes);
  }

  /** The whole signed log in one file (src/core/export/networkFile.ts); null without a member room. */
  exportFile(): Uint8Array | null {
    const room = this.host.member.room;
    return room && !this.host.closed() ? exportNetwork(room.ledger, this.host.net) : null;
  }

  /** Writes a TimeOverflow bank's members and offers into this new network (coordinator/importTimeOverflow.ts). */
  async importTimeOverflow(preview: ImportPreview, consent: string): Promise<ImportResult> {
    const { member, pipeline, events } = this.host;
    await member.whenReady;
    const room = member.room;
    const writeLocked = <R>(task: () => Promise<R>) => pipeline.locked(task);
    const host = {
      identity: this.host.identity,
      memberState: () => this.host.memberState(),
      memberRoom: () => room,
      writeLocked,
    };
    // Loaded here, once, by the coordinator of a new network: no board loads the importer.
    const { runImport } = await import('../coordinator/files/importTimeOverflow.ts');
    const result = await runImport({ ...host, project: () => member.reconcile() }, preview, consent);
    if (result.ok) events.notify({ type: 'member-state', entries: room?.ledger.size ?? 0 });
    return result;
  }
}
