// One network, open on this device: a small centre that wires the parts and offers the
// API (as automerge-repo's Repo does). The parts do the work: the write pipeline, the
// member room (epochs, projection, full disk), the lobby, the session's events, the whole
// log at once (WholeLog) and the command objects; the rules are in src/core. Rooms come
// from an injected factory, so all of this runs in Node too.
import { fromBase64Url, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import { idLength } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { SyncStatus } from '../../sync/SyncStatus.ts';
import type { CoordinatorCommands } from '../coordinator/CoordinatorCommands.ts';
import type { ImportPreview, ImportResult } from '../coordinator/files/importTimeOverflow.ts';
import type { VouchCommands } from '../coordinator/VouchCommands.ts';
import type { DeviceCommands } from '../devices/DeviceCommands.ts';
import type { DeviceDatabase, NetworkRecord } from '../devices/DeviceDatabase.ts';
import type { ExchangeCommands } from '../exchange/ExchangeCommands.ts';
import type { Admission } from '../joining/Admission.ts';
import type { LobbyShown } from '../joining/LobbyRoom.ts';
import type { CardCommands } from '../kiosk/CardCommands.ts';
import type { KioskCommands } from '../kiosk/KioskCommands.ts';
import { AcrossCommands } from '../links/AcrossCommands.ts';
import { CrossPayCommands } from '../links/CrossPayCommands.ts';
import { LinkCommands } from '../links/LinkCommands.ts';
import { MoveCommands } from '../links/MoveCommands.ts';
import type { ProfileCommands } from '../profile/ProfileCommands.ts';
import { NetworkDatabase } from '../store/NetworkDatabase.ts';
import type { PostRowsWritten } from '../store/NetworkProjection.ts';
import type { PostRow } from '../store/tableRows.ts';
import type { TogetherCommands } from '../together/TogetherCommands.ts';
import { BackgroundTasks } from './BackgroundTasks.ts';
import { type LazyCommands, lazyCommands } from './lazyCommands.ts';
import { isCoordinator } from './memberSelectors.ts';
import type { Integrity, SessionEvent } from './SessionEvent.ts';
import type { SessionPhase } from './SessionPhase.ts';
import type { SessionView } from './SessionView.ts';
import type { WriteOptions } from './WritePipeline.ts';
import type { WriteResult } from './WriteResult.ts';
import { type SessionParts, type SessionWiring, wireSession } from './wireSession.ts';

export type { SessionParts };

export class NetworkSession implements SessionView {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly networkId: string;
  readonly me: string;
  readonly db: NetworkDatabase;
  readonly admission: Admission;
  readonly exchange: ExchangeCommands;
  readonly devices: DeviceCommands;
  readonly profile: ProfileCommands;
  readonly coordinator: LazyCommands<CoordinatorCommands>;
  /** A member's choice of a coordinator, for when none can act. */
  readonly vouching: VouchCommands;
  /** Activities and the agenda. */
  readonly together: TogetherCommands;
  /** Member cards and the kiosk, for a coordinator: their code loads at the first call. */
  readonly cards: LazyCommands<CardCommands> = lazyCommands(async () => {
    const { CardCommands } = await import('../kiosk/CardCommands.ts');
    return new CardCommands(this);
  });
  readonly kiosk: LazyCommands<KioskCommands> = lazyCommands(async () => {
    const { KioskCommands } = await import('../kiosk/KioskCommands.ts');
    return new KioskCommands(this);
  });
  /** Links with other networks, for a coordinator (protocol-links.md). */
  readonly links: LinkCommands = new LinkCommands(this);
  /** A member's hours paid to a member of a linked neighbourhood (protocol-links.md §4). */
  readonly crossPay: CrossPayCommands = new CrossPayCommands(this);
  /** Posts shared with, and messages to, a linked neighbourhood (protocol-links.md §3). */
  readonly across: AcrossCommands = new AcrossCommands(this);
  /** Moving house to a linked network (protocol-links.md §5): the member, both coordinators, the member's device. */
  readonly moves: MoveCommands = new MoveCommands(this);
  /** The parts that do the work (wireSession.ts). */
  private readonly wired: SessionWiring;
  private readonly device: DeviceDatabase;
  private currentRecord: NetworkRecord;
  private closed = false;
  private readonly tasks = new BackgroundTasks();

  private constructor(parts: SessionParts, record: NetworkRecord) {
    this.device = parts.device;
    this.identity = parts.identity;
    this.currentRecord = record;
    this.networkId = record.id;
    const net = fromBase64Url(record.id);
    if (net?.length !== idLength) throw new Error('bad network id');
    this.net = net;
    this.me = toBase64Url(parts.identity.signing.publicKey);
    this.db = (parts.viewDatabase ?? ((id) => new NetworkDatabase(id)))(record.id);
    this.wired = wireSession({
      session: this,
      rooms: parts.rooms,
      device: this.device,
      record: () => this.currentRecord,
      saveRecord: (patch) => this.saveRecord(patch),
      closed: () => this.closed,
      inBackground: (task) => this.tasks.run(task),
      later: (task, ms) => this.tasks.later(task, ms),
    });
    ({
      admission: this.admission,
      exchange: this.exchange,
      devices: this.devices,
      profile: this.profile,
      coordinator: this.coordinator,
      vouching: this.vouching,
      together: this.together,
    } = this.wired.commands);
    this.wired.events.begin();
  }

  /**
   * Opens a network on this device. The member room opens in the background (verifying
   * a year of entries takes a while); with `afterFirstView`, only once the page calls
   * `viewShown()` (or after a few seconds), so the page can show the Dexie view first.
   */
  static async open(
    parts: SessionParts,
    record: NetworkRecord,
    { afterFirstView = false } = {},
  ): Promise<NetworkSession> {
    const session = new NetworkSession(parts, record);
    await session.saveRecord({ opened: Date.now() });
    if (record.role !== 'member' || isCoordinator(session)) await session.wired.lobby.open();
    const secret = record.roomSecret;
    if (secret) session.wired.member.openInBackground(record.epoch, secret, afterFirstView);
    return session;
  }

  /** The page has shown what it could from the Dexie view: the member room may open now. */
  viewShown(): void {
    this.wired.member.viewShown();
  }

  /** Settles when the member room is open (or at once if this device cannot read it yet). */
  get memberReady(): Promise<void> {
    return this.wired.member.whenReady;
  }

  get record(): NetworkRecord {
    return this.currentRecord;
  }

  get phase(): SessionPhase {
    return this.wired.events.phase;
  }

  get integrity(): Integrity {
    return this.wired.events.integrity;
  }

  /**
   * The member room's verified state, as this device shows it (with a checkpoint's history
   * beside it, on a device that keeps the archive); null while it holds no member room.
   */
  get memberState(): NetworkState | null {
    return this.closed ? null : this.wired.member.shownState;
  }

  /** What the lobby shows; null while the lobby is not open on this device. */
  get lobbyView(): LobbyShown | null {
    return this.wired.lobby.lobby?.view ?? null;
  }

  /** The member this device writes for: its own key, or the member that added it (or moved to it). */
  get memberKey(): string {
    return this.memberState?.devices.get(this.me)?.member ?? this.currentRecord.member ?? this.me;
  }

  on(listener: (event: SessionEvent) => void): () => void {
    return this.wired.events.on(listener);
  }

  /** Post rows as the view writes them (see PostRowsWritten). */
  onPostRows(listener: (written: PostRowsWritten) => void): () => void {
    return this.wired.events.onPostRows(listener);
  }

  /**
   * The newest posts of a large arrival, while they are still being checked (§3.5): for the
   * board to show, marked, and for nothing else. Empty once the ledger has taken them.
   */
  onCheckingPosts(listener: (rows: readonly PostRow[]) => void): () => void {
    return this.wired.events.onCheckingPosts(listener);
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    return this.wired.events.onStatus(listener);
  }

  /** Saves a change to this device's record of the network: in memory at once, then in Dexie. */
  async saveRecord(patch: Partial<Omit<NetworkRecord, 'id'>>): Promise<void> {
    this.currentRecord = { ...this.currentRecord, ...patch };
    await this.device.networks.update(this.networkId, patch);
    this.wired.events.notify({ type: 'record', record: this.currentRecord });
  }

  /** Signs and shares a new entry of ours in the member room, after checking it (WritePipeline). */
  write<T extends EntryType>(type: T, body: BodyInput<T>, options?: WriteOptions): Promise<WriteResult> {
    return this.wired.pipeline.write(type, body, options);
  }

  /** The founder's genesis entry: into the member room and the lobby (WholeLog). */
  publishGenesis(id: string, bytes: Uint8Array): Promise<void> {
    return this.wired.wholeLog.publishGenesis(id, bytes);
  }

  /** The whole signed log in one file; null without a member room (WholeLog). */
  exportFile(): Uint8Array | null {
    return this.wired.wholeLog.exportFile();
  }

  /** Writes a TimeOverflow bank's members and offers into this new network (WholeLog). */
  importTimeOverflow(preview: ImportPreview, consent: string): Promise<ImportResult> {
    return this.wired.wholeLog.importTimeOverflow(preview, consent);
  }

  /** Settles once nothing the session runs beside it is going or due within seconds (tests wait on it). */
  settledInBackground(): Promise<void> {
    return this.tasks.idle();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.tasks.stop();
    this.wired.lobby.close();
    // The link rooms carry into the member doc: they stop before it is destroyed.
    this.wired.links.close();
    this.wired.member.close();
    this.wired.events.close();
    this.db.close();
  }
}
