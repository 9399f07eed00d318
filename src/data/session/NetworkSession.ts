// One network, open on this device: the lifecycle of its lobby and member room (epochs
// included), the pipeline that writes new entries, and this device's record of it. The
// admission flow and the exchange commands are modules of their own; the rules are in
// src/core. Rooms come from an injected factory, so all of this runs in Node too.
import type { LogChange } from '../../core/adapters/yjsEntryLog.ts';
import { fromBase64Url, idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../../core/entry/bodies.ts';
import { checkBody } from '../../core/entry/checkBody.ts';
import type { SignedEntry } from '../../core/entry/Entry.ts';
import { idLength } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput, Ledger } from '../../core/Ledger.ts';
import { lobbyRoomName, lobbySecretFor, memberRoomName, roomKeyFor } from '../../core/rooms.ts';
import { type NetworkState, waitingRejections } from '../../core/state/NetworkState.ts';
import type { Room } from '../../sync/Room.ts';
import type { RoomFactory } from '../../sync/RoomFactory.ts';
import { offlineStatus, type SyncStatus } from '../../sync/SyncStatus.ts';
import { CoordinatorCommands } from '../coordinator/CoordinatorCommands.ts';
import { type ImportPreview, type ImportResult, runImport } from '../coordinator/importTimeOverflow.ts';
import { exportNetwork } from '../coordinator/networkExport.ts';
import { DeviceCommands } from '../devices/DeviceCommands.ts';
import type { DeviceDatabase, NetworkRecord } from '../devices/DeviceDatabase.ts';
import { ExchangeCommands } from '../exchange/ExchangeCommands.ts';
import { Admission } from '../joining/Admission.ts';
import { type ArrivalBook, Lobby, type LobbyShown } from '../joining/LobbyRoom.ts';
import { CardCommands } from '../kiosk/CardCommands.ts';
import { KioskCommands } from '../kiosk/KioskCommands.ts';
import { ProfileCommands } from '../profile/ProfileCommands.ts';
import { NetworkDatabase } from '../store/NetworkDatabase.ts';
import { NetworkProjection, type PostRowsWritten, type ProjectionChange } from '../store/NetworkProjection.ts';
import { EpochCarrier } from './EpochCarrier.ts';
import { isCoordinator } from './memberSelectors.ts';
import { RekeyNotices } from './RekeyNotices.ts';
import type { Integrity, SessionEvent } from './SessionEvent.ts';
import { phaseOf, type SessionPhase } from './SessionPhase.ts';
import type { SessionView } from './SessionView.ts';
import { isQuotaError } from './storageErrors.ts';
import { failed, type SessionProblem, type WriteResult } from './WriteResult.ts';

const noChange: ProjectionChange = { accepted: [], refused: [], rebuilt: false };
/** How long after opening the view is checked against the ledger, in ms. */
const settleMs = 1500;
/** The longest the member room waits for the page to show its first view, in ms. */
const firstViewWaitMs = 3000;

/** What a session is made of on this device. */
export interface SessionParts {
  device: DeviceDatabase;
  identity: Identity;
  rooms: RoomFactory;
  /** The Dexie view of a network (a test gives each device in one process its own). */
  viewDatabase?: (networkId: string) => NetworkDatabase;
}

interface MemberRoom {
  room: Room;
  projection: NetworkProjection;
  /** Loaded, checked against the verified copy, and in its network room. */
  open: boolean;
}

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
  /** Member cards and the kiosk, for a coordinator (issue 13). */
  readonly cards: CardCommands = new CardCommands(this);
  readonly kiosk: KioskCommands = new KioskCommands(this);
  /** The kiosk keeps listening in earlier epochs (null on other devices). */
  readonly earlierEpochs: EpochCarrier | null;
  readonly coordinator: CoordinatorCommands;
  /** What this session has kept out or put back, to tell the person plainly. */
  readonly integrity: Integrity = { refused: 0, restored: 0, storageFull: false };
  private currentRecord: NetworkRecord;
  private readonly device: DeviceDatabase;
  private readonly rooms: RoomFactory;
  private lobbyRoom: Lobby | null = null;
  private member: MemberRoom | null = null;
  private notices: RekeyNotices | null = null;
  /** The member state whose invites and coordinators the lobby was last brought in line with. */
  private lobbyCheckedFor: NetworkState | null = null;
  private wasCoordinator = false;
  private currentPhase: SessionPhase;
  private closed = false;
  private memberOpened: Promise<void> = Promise.resolve();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private readonly statusListeners = new Set<(status: SyncStatus) => void>();
  private readonly postListeners = new Set<(written: PostRowsWritten) => void>();
  private stopStatus: (() => void) | null = null;

  private constructor(parts: SessionParts, record: NetworkRecord) {
    this.device = parts.device;
    this.rooms = parts.rooms;
    this.identity = parts.identity;
    this.currentRecord = record;
    this.networkId = record.id;
    const net = fromBase64Url(record.id);
    if (net?.length !== idLength) throw new Error('bad network id');
    this.net = net;
    this.me = toBase64Url(parts.identity.signing.publicKey);
    this.db = (parts.viewDatabase ?? ((id) => new NetworkDatabase(id)))(record.id);
    const memberState = () => this.memberState;
    const noMemberRoom = () => this.noMemberRoom();
    const write = this.write.bind(this);
    this.exchange = new ExchangeCommands({
      identity: this.identity,
      me: this.me,
      memberKey: () => this.memberKey,
      paidBefore: () => this.currentRecord.paid ?? [],
      rememberPaid: (proposal) => this.saveRecord({ paid: [...(this.currentRecord.paid ?? []), proposal] }),
      memberState,
      noMemberRoom,
      write,
    });
    const memberKey = () => this.memberKey;
    this.devices = new DeviceCommands({
      memberState,
      memberKey,
      record: () => this.currentRecord,
      noMemberRoom,
      write,
    });
    this.profile = new ProfileCommands({ net: this.net, memberState, memberKey, noMemberRoom, write });
    this.admission = new Admission({
      identity: this.identity,
      net: this.net,
      me: this.me,
      record: () => this.currentRecord,
      storedRecord: () => this.device.networks.get(this.networkId),
      saveRecord: (patch) => this.saveRecord(patch),
      lobby: () => this.lobbyRoom,
      memberRoom: () => this.member?.room ?? null,
      memberState,
      memberReady: () => this.memberOpened,
      write,
      writeLocked: (task) => this.writeLocked(task),
      noMemberRoom,
      enterMemberRoom: (epoch, secret) => this.enterMemberRoom(epoch, secret),
      leaveLobby: () => this.leaveLobby(),
    });
    this.coordinator = new CoordinatorCommands({
      identity: this.identity,
      net: this.net,
      memberKey: () => this.memberKey,
      memberState,
      noMemberRoom,
      write,
      memberRoom: () => this.member?.room ?? null,
      lobby: () => this.lobbyRoom,
      lobbySecret: () => this.currentRecord.lobbySecret,
      announceRekey: async (entries) => this.notices?.put(entries),
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    });
    this.currentPhase = this.computePhase();
    this.earlierEpochs =
      record.role === 'kiosk'
        ? new EpochCarrier({
            networkId: this.networkId,
            identity: this.identity,
            net: this.net,
            rooms: this.rooms,
            memberRoom: () => this.member?.room ?? null,
            memberState: () => this.memberState,
          })
        : null;
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
    if (record.role !== 'member' || session.isCoordinatorRecord()) await session.openLobby();
    const secret = record.roomSecret;
    if (secret) {
      const start = afterFirstView
        ? Promise.race([session.shown, new Promise<void>((resolve) => session.later(resolve, firstViewWaitMs))])
        : Promise.resolve();
      session.memberOpened = start.then(() => session.openMember(record.epoch, secret));
    }
    return session;
  }

  private markShown: () => void = () => {};
  private readonly shown = new Promise<void>((resolve) => {
    this.markShown = resolve;
  });

  /** The page has shown what it could from the Dexie view: the member room may open now. */
  viewShown(): void {
    this.markShown();
  }

  /** Settles when the member room is open (or at once if this device cannot read it yet). */
  get memberReady(): Promise<void> {
    return this.memberOpened;
  }

  get record(): NetworkRecord {
    return this.currentRecord;
  }

  get phase(): SessionPhase {
    return this.currentPhase;
  }

  /** The member room's verified state; null while this device holds no member room. */
  get memberState(): NetworkState | null {
    return this.closed ? null : (this.member?.room.ledger.state ?? null);
  }

  /** What the lobby shows; null while the lobby is not open on this device. */
  get lobbyView(): LobbyShown | null {
    return this.lobbyRoom?.view ?? null;
  }

  /** The member this device writes for: its own key, or the member that added it (or moved to it). */
  get memberKey(): string {
    return this.memberState?.devices.get(this.me)?.member ?? this.currentRecord.member ?? this.me;
  }

  on(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Post rows as the view writes them (see PostRowsWritten). */
  onPostRows(listener: (written: PostRowsWritten) => void): () => void {
    this.postListeners.add(listener);
    return () => this.postListeners.delete(listener);
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.currentStatus());
    return () => this.statusListeners.delete(listener);
  }

  /** Saves a change to this device's record of the network: in memory at once, then in Dexie. */
  async saveRecord(patch: Partial<Omit<NetworkRecord, 'id'>>): Promise<void> {
    this.currentRecord = { ...this.currentRecord, ...patch };
    await this.device.networks.update(this.networkId, patch);
    this.notify({ type: 'record', record: this.currentRecord });
  }

  /**
   * Signs and shares a new entry of ours in the member room, after checking it.
   * `stillNeeded` is asked again once this device's own latest entries are in (another
   * tab may have written the same thing meanwhile).
   */
  async write<T extends EntryType>(
    type: T,
    body: BodyInput<T>,
    {
      stillNeeded,
      via = null,
      as = this.identity,
    }: { stillNeeded?: () => boolean; via?: Uint8Array | null; as?: Identity } = {},
  ): Promise<WriteResult> {
    await this.memberOpened;
    // `as`: a member card logged in at this kiosk signs with its own key and chain (CardSession).
    const author = toBase64Url(as.signing.publicKey);
    return this.writeLocked(async () => {
      const member = this.member;
      if (!member || this.closed) return failed(this.noMemberRoom());
      const ledger = member.room.ledger;
      await this.catchUpOwnChain(ledger, author);
      // Restored from a recovery file: writing before the device's own chain is back would fork it.
      if (author === this.me && (ledger.lastOf(this.me)?.seq ?? 0) < (this.currentRecord.catchUpTo ?? 0)) {
        return failed('catching-up');
      }
      if (stillNeeded && !stillNeeded()) return failed('not-needed');
      // Signed here only to be checked: nothing leaves this device unless every check passes.
      const signed = ledger.write(as, type, body, { via });
      const field = checkBody(type, signed.entry.body as Bodies[T]);
      if (field) return { ok: false, problem: 'field', field };
      const rule = ledger.check(signed);
      if (rule) return { ok: false, problem: 'rule', rule };
      return this.share(member.room, signed, author);
    }, author);
  }

  /** The founder's genesis entry: into the member room and the lobby. */
  async publishGenesis(id: string, bytes: Uint8Array): Promise<void> {
    await this.memberOpened;
    await this.db.entries.put({ id, bytes, author: this.me, seq: 1 });
    await this.member?.room.appendForeign(id, bytes);
    await this.lobbyRoom?.room.appendForeign(id, bytes);
  }

  /** The whole signed log in one file (src/core/export/networkFile.ts); null without a member room. */
  exportFile(): Uint8Array | null {
    return this.member && !this.closed ? exportNetwork(this.member.room.ledger, this.net) : null;
  }

  /** Writes a TimeOverflow bank's members and offers into this new network (src/data/coordinator/importTimeOverflow.ts). */
  async importTimeOverflow(preview: ImportPreview, consent: string): Promise<ImportResult> {
    await this.memberOpened;
    const member = this.member;
    const result = await runImport(
      {
        identity: this.identity,
        memberState: () => this.memberState,
        memberRoom: () => member?.room ?? null,
        writeLocked: (task) => this.writeLocked(task),
        project: async () => {
          if (member) await member.projection.reconcile();
        },
      },
      preview,
      consent,
    );
    if (result.ok) this.notify({ type: 'member-state', entries: member?.room.ledger.size ?? 0 });
    return result;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    // A member room still waiting for the first view gives up at once, so no write waits forever.
    this.markShown();
    this.stopStatus?.();
    this.lobbyRoom?.room.destroy();
    this.member?.room.destroy();
    this.earlierEpochs?.close();
    this.notices?.destroy();
    this.updatePhase();
    this.listeners.clear();
    this.statusListeners.clear();
    this.postListeners.clear();
    this.db.close();
  }

  // --- lifecycle ---

  private isCoordinatorRecord(): boolean {
    return this.currentRecord.role === 'founder' || isCoordinator(this);
  }

  private async openLobby(): Promise<void> {
    const secret = this.currentRecord.lobbySecret;
    if (this.lobbyRoom || !secret || this.closed) return;
    const room = lobbyRoomName(idFromText(secret));
    // A new invite gets a fresh lobby doc: the old one's requests (or flood) stay behind.
    const lobby = new Lobby(this.rooms.lobby(this.networkId, room.slice(-8)), this.networkId, this.arrivalBook());
    this.lobbyRoom = lobby;
    await lobby.loadArrivals();
    lobby.room.onEntries(() => this.inBackground(this.afterLobbyChange()));
    await lobby.room.open();
    lobby.room.join({ name: room, password: secret });
    this.watchStatus();
    await this.afterLobbyChange();
  }

  /** Arrival times of join requests, kept on this device (a coordinator's list goes by them). */
  private arrivalBook(): ArrivalBook {
    const network = this.networkId;
    const arrivals = this.device.arrivals;
    return {
      load: async () => {
        const rows = await arrivals.where('network').equals(network).toArray();
        return new Map(rows.map((row) => [row.key.slice(network.length + 1), row.at]));
      },
      add: async (fresh) => {
        await arrivals.bulkPut(fresh.map(([id, at]) => ({ key: `${network} ${id}`, network, at })));
      },
    };
  }

  private leaveLobby(): void {
    this.lobbyRoom?.room.destroy();
    this.lobbyRoom = null;
    this.watchStatus();
    this.notify({ type: 'lobby' });
  }

  /** Admitted: keep the room key, and open the member room with it. */
  private async enterMemberRoom(epoch: number, secret: string): Promise<void> {
    await this.saveRecord({ role: 'member', epoch, roomSecret: secret });
    this.memberOpened = this.openMember(epoch, secret);
    await this.memberOpened;
  }

  private async openMember(epoch: number, secret: string): Promise<void> {
    if (this.closed) return;
    performance.mark('buurtruil:member-open');
    if (!this.member) {
      const room = this.rooms.member(this.networkId);
      const projection = new NetworkProjection(this.db, room.ledger, (written) => {
        for (const listener of this.postListeners) listener(written);
      });
      const member: MemberRoom = { room, projection, open: false };
      this.member = member;
      let opening = true;
      room.onEntries((change) => {
        this.countIntegrity(room.ledger, change);
        // While opening, one projection at the end covers everything loaded.
        if (!opening) this.inBackground(this.afterMemberChange(change));
      });
      await room.open(() => projection.loadVerifiedCopy());
      if (this.closed) return;
      // What the verified copy has and the doc lost (a peer's deletion, an unfinished
      // write before the page closed) goes back into the doc, so peers get it again.
      this.countRestored(await room.restoreMissing());
      opening = false;
      if (projection.unstoredEntries().length > 0) {
        // The doc brought what the view has not seen: project it now.
        await projection.reconcile();
        this.inBackground(this.afterMemberChange(noChange));
      } else {
        // The view already matches; check it once the page has settled, off the first paint.
        this.later(
          () => this.inBackground(projection.reconcile().then(() => this.afterMemberChange(noChange))),
          settleMs,
        );
      }
      member.open = true;
      this.notices = new RekeyNotices(this.rooms.rekeys(this.networkId), {
        identity: this.identity,
        net: this.net,
        memberState: () => this.memberState,
        current: () => ({ epoch: this.currentRecord.epoch, secret: this.currentRecord.roomSecret }),
        moveTo: (newer, newerSecret) => this.openMember(newer, newerSecret),
      });
      this.inBackground(this.notices.follow());
    }
    if (this.closed) return;
    this.member.room.join({ name: memberRoomName(idFromText(secret), epoch), password: secret });
    this.watchStatus();
    performance.mark('buurtruil:member-ready', { detail: { entries: this.member.room.ledger.size } });
    this.notify({ type: 'member-state', entries: this.member.room.ledger.size });
  }

  private async afterLobbyChange(): Promise<void> {
    const lobby = this.lobbyRoom;
    if (!lobby || this.closed) return;
    const view = lobby.view;
    const { name, area, relays } = this.currentRecord;
    const genesis = view.genesis;
    // The genesis names its network and its relays; the invite's relays served only to find it.
    // A member goes by the latest settings instead (afterMemberChange).
    if (
      genesis &&
      !this.memberState?.network &&
      (name !== genesis.name || area !== genesis.area || !sameList(relays, genesis.relays))
    ) {
      await this.saveRecord({ name: genesis.name, area: genesis.area, relays: genesis.relays });
    }
    if (this.currentRecord.role === 'newcomer') await this.admission.afterLobbyChange(view);
    this.notify({ type: 'lobby' });
  }

  private async afterMemberChange(change: ProjectionChange): Promise<void> {
    const member = this.member;
    if (!member || this.closed) return;
    if (!(await this.project(member, change))) return;
    const ledger = member.room.ledger;
    // For measuring: how many entries the view holds now (benchmarks read it).
    performance.clearMarks('buurtruil:projected');
    performance.mark('buurtruil:projected', { detail: { entries: ledger.size } });
    // A new epoch (after a suspension): move to its room if we can open it.
    const key = roomKeyFor(ledger.state, this.identity, this.net);
    if (key && key.epoch > this.currentRecord.epoch) {
      const secret = toBase64Url(key.secret);
      await this.saveRecord({ epoch: key.epoch, roomSecret: secret });
      await this.openMember(key.epoch, secret);
      await this.notices?.follow();
    }
    await this.earlierEpochs?.update();
    await this.followSettings(ledger.state);
    await this.keepLobbyCurrent(ledger.state);
    await this.admission.publishProfileIfDue();
    await this.exchange.payConfirmed();
    this.notify({ type: 'member-state', entries: ledger.size });
  }

  /** The network's name, area and relays as the latest settings say (used from the next start). */
  private async followSettings(state: NetworkState): Promise<void> {
    const settings = state.network;
    const { name, area, relays } = this.currentRecord;
    if (!settings || (name === settings.name && area === settings.area && sameList(relays, settings.relays))) return;
    await this.saveRecord({ name: settings.name, area: settings.area, relays: settings.relays });
  }

  /**
   * A coordinator's device and the kiosk listen in the lobby of the newest invite they can
   * open (a new coordinator's first, after a new invite the new one); a coordinator keeps
   * there what newcomers need to know who the coordinators are. A device that is no
   * coordinator any more leaves it.
   */
  private async keepLobbyCurrent(state: NetworkState): Promise<void> {
    if (this.lobbyCheckedFor === state) return;
    this.lobbyCheckedFor = state;
    const coordinator = isCoordinator(this);
    if (!coordinator && this.currentRecord.role !== 'kiosk') {
      // Stepped down or revoked: the lobby is for coordinators (a newcomer leaves it by itself).
      if (this.wasCoordinator && this.lobbyRoom && this.currentRecord.role === 'member') this.leaveLobby();
      this.wasCoordinator = false;
      return;
    }
    this.wasCoordinator = coordinator;
    const newest = lobbySecretFor(state, this.identity, this.net);
    const secret = newest ? toBase64Url(newest) : this.currentRecord.lobbySecret;
    if (secret !== this.currentRecord.lobbySecret) {
      await this.saveRecord({ lobbySecret: secret });
      this.leaveLobby();
    }
    if (!this.lobbyRoom) await this.openLobby();
    if (coordinator) await this.coordinator.copyIntoLobby();
  }

  /**
   * Writes what arrived into the Dexie view. A full disk loses nothing (the ledger holds it,
   * and so do the peers): it is said, and the next change writes the whole view again.
   */
  private async project(member: MemberRoom, change: ProjectionChange): Promise<boolean> {
    try {
      if (this.integrity.storageFull) await member.projection.reconcile();
      else await member.projection.update(change);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      this.setStorageFull(true);
      return false;
    }
    this.setStorageFull(false);
    return true;
  }

  private setStorageFull(full: boolean): void {
    if (this.integrity.storageFull === full) return;
    this.integrity.storageFull = full;
    this.notify({ type: 'integrity', integrity: { ...this.integrity } });
  }

  // --- the write pipeline ---

  /** Keeps the verified copy first (a full disk is found here), then shares. */
  private async share(room: Room, signed: SignedEntry, author = this.me): Promise<WriteResult> {
    const id = toBase64Url(signed.id);
    try {
      await this.db.entries.put({ id, bytes: signed.bytes, author, seq: signed.entry.seq });
    } catch (error) {
      if (isQuotaError(error)) return { ok: false, problem: 'storage-full' };
      throw error;
    }
    await room.append(signed);
    return { ok: true, entry: signed, id };
  }

  /** Another tab of this profile may have written since: take its entries first. */
  private async catchUpOwnChain(ledger: Ledger, author = this.me): Promise<void> {
    const stored = await this.db.entries
      .where('[author+seq]')
      .between([author, (ledger.lastOf(author)?.seq ?? 0) + 1], [author, Number.MAX_SAFE_INTEGER])
      .toArray();
    if (stored.length) await ledger.add(stored.map((e) => [e.id, e.bytes] as const));
  }

  /** One writer at a time per identity, across tabs: two would fork the chain. */
  private writeLocked<R>(task: () => Promise<R>, author = this.me): Promise<R> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return task();
    return locks.request(`buurtruil-write-${author}`, task) as Promise<R>;
  }

  private noMemberRoom(): SessionProblem {
    return this.closed ? 'session-closed' : 'no-member-room';
  }

  // --- telling listeners ---

  private countIntegrity(ledger: Ledger, change: LogChange): void {
    const broken = change.accepted.filter((id) => {
      const reason = ledger.state.rejected.get(id)?.reason;
      return reason !== undefined && !waitingRejections.has(reason);
    });
    const refused = change.refused.length + broken.length;
    if (refused + change.restored.length === 0) return;
    this.integrity.refused += refused;
    this.integrity.restored += change.restored.length;
    this.notify({ type: 'integrity', integrity: { ...this.integrity } });
  }

  private countRestored(count: number): void {
    if (count === 0) return;
    this.integrity.restored += count;
    this.notify({ type: 'integrity', integrity: { ...this.integrity } });
  }

  private computePhase(): SessionPhase {
    const member = this.member;
    const lobbyStatus = this.lobbyRoom?.view.statusOf(this.me).kind ?? 'unknown';
    const record = this.currentRecord;
    return phaseOf({
      closed: this.closed,
      memberRoom: member?.open ? 'open' : member || record.roomSecret ? 'opening' : 'none',
      ownStatus: this.memberState?.members.get(this.memberKey)?.status ?? null,
      asked:
        lobbyStatus === 'pending' ||
        lobbyStatus === 'admitted' ||
        (lobbyStatus === 'unknown' && record.details !== null),
    });
  }

  private updatePhase(): void {
    const phase = this.computePhase();
    if (phase === this.currentPhase) return;
    const previous = this.currentPhase;
    this.currentPhase = phase;
    for (const listener of this.listeners) listener({ type: 'phase', phase, previous });
  }

  private notify(event: SessionEvent): void {
    for (const listener of this.listeners) listener(event);
    this.updatePhase();
  }

  private currentStatus(): SyncStatus {
    return (this.member?.room ?? this.lobbyRoom?.room)?.status() ?? offlineStatus;
  }

  private watchStatus(): void {
    this.stopStatus?.();
    const room = this.member?.room ?? this.lobbyRoom?.room;
    this.stopStatus = room
      ? room.onStatus((status) => {
          for (const listener of this.statusListeners) listener(status);
        })
      : null;
  }

  /** Runs a reaction to a change without holding the change up; once closed, its failures do not matter. */
  private inBackground(task: Promise<unknown>): void {
    task.catch((error: unknown) => {
      if (!this.closed) console.error(error);
    });
  }

  /** A timer that close() clears, so nothing runs on a closed database. */
  private later(task: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      task();
    }, ms);
    this.timers.add(timer);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
