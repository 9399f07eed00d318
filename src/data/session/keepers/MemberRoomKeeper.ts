// The member room of this device's current epoch: opening it (the verified copy, the docs,
// what a peer lost put back), keeping the Dexie view in step (a full disk loses nothing: the
// next change writes the whole view again), moving to a new epoch's room after a rekey, its
// parts (MemberRoomParts.ts), and the session's follow-up steps after each change.

import type { PagesByKey } from '../../../core/checkpoint/pages.ts';
import { toBase64Url } from '../../../core/encoding/base64url.ts';
import type { Identity } from '../../../core/Identity.ts';
import { roomKeyFor } from '../../../core/rooms.ts';
import type { NetworkState, VerifiedEntry } from '../../../core/state/NetworkState.ts';
import type { Room } from '../../../sync/Room.ts';
import type { RoomFactory } from '../../../sync/RoomFactory.ts';
import type { NetworkRecord } from '../../devices/DeviceDatabase.ts';
import { messageReaders } from '../../store/messageReaders.ts';
import type { NetworkDatabase } from '../../store/NetworkDatabase.ts';
import { NetworkProjection, type ProjectionChange } from '../../store/NetworkProjection.ts';
import type { SessionEvents } from '../SessionEvents.ts';
import { MemberRoomParts } from './MemberRoomParts.ts';
import { PostsBeingChecked } from './PostsBeingChecked.ts';
import { RekeyNotices } from './RekeyNotices.ts';
import { startAtRecordedCheckpoint, waitingForRecordedStart } from './recordedCheckpoint.ts';
import { ShownWithHistory } from './ShownWithHistory.ts';
import { ViewWrites } from './ViewWrites.ts';

const noChange: ProjectionChange = { accepted: [], refused: [], rebuilt: false };
/** How long after opening the view is checked against the ledger, in ms. */
const settleMs = 1500;
/** The longest the member room waits for the page to show its first view, in ms. */
const firstViewWaitMs = 3000;

/** A step the session takes after every change of the member room's state, in order. */
export type FollowUp = (state: NetworkState) => Promise<void>;

export interface MemberRoomHost {
  readonly networkId: string;
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly db: NetworkDatabase;
  readonly rooms: RoomFactory;
  readonly events: SessionEvents;
  record(): NetworkRecord;
  saveRecord(patch: Partial<Omit<NetworkRecord, 'id'>>): Promise<void>;
  closed(): boolean;
  /** Runs a reaction without holding up the change that caused it. */
  inBackground(task: Promise<unknown>): void;
  /** A timer the session clears when it closes. */
  later(task: () => void, ms: number): void;
}

export class MemberRoomKeeper {
  private readonly host: MemberRoomHost;
  private readonly followUps: FollowUp[] = [];
  private current: { room: Room; projection: NetworkProjection; checking: PostsBeingChecked } | null = null;
  private notices: RekeyNotices | null = null;
  /** Loaded, checked against the verified copy, and in its network room. */
  private opened = false;
  private ready: Promise<void> = Promise.resolve();
  private markShown: () => void = () => {};
  private readonly shown = new Promise<void>((resolve) => {
    this.markShown = resolve;
  });

  private readonly parts: MemberRoomParts; // the history in parts (§7.1)

  private readonly shownWithHistory = new ShownWithHistory();
  /** The view's writes, and whether it is known complete. */
  private readonly view: ViewWrites;
  /** The arrivals (PostsBeingChecked) the ledger had taken at the last change it told. */
  private toldArrivals = 0;

  constructor(host: MemberRoomHost) {
    this.host = host;
    this.parts = new MemberRoomParts(host.identity);
    this.view = new ViewWrites(host.events);
  }

  /** This device's key, as the state names devices. */
  private get myKey(): string {
    return toBase64Url(this.host.identity.signing.publicKey);
  }

  get room(): Room | null {
    return this.current?.room ?? null;
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /**
   * The state this device shows: the ledger's, with the history of a checkpoint's frontier
   * beside it on a device that shows it (withHistory.ts); null without a member room.
   */
  get shownState(): NetworkState | null {
    return this.shownWithHistory.shown(this.current?.room.ledger.state ?? null);
  }

  /** derive(F) of the checkpoint the ledger derives across, to show beside it; null for none. */
  showHistory(history: NetworkState | null): void {
    if (this.shownWithHistory.set(history))
      this.host.events.notify({ type: 'member-state', entries: this.current?.room.ledger.size ?? 0 });
  }

  /** Every row the ledger made is in the view (ViewWrites): what letting go may read. */
  get viewComplete(): boolean {
    return this.view.complete;
  }

  /** Settles when the member room is open (or at once if this device cannot read it yet). */
  get whenReady(): Promise<void> {
    return this.ready;
  }

  /** Registers a step to run after every change, after the ones registered before it. */
  afterEachChange(step: FollowUp): void {
    this.followUps.push(step);
  }

  /**
   * Opens the room of `epoch` in the background (verifying a year of entries takes a
   * while); with `afterFirstView`, only once the page says it showed the Dexie view
   * (`viewShown`) or after a few seconds.
   */
  openInBackground(epoch: number, secret: string, afterFirstView: boolean): void {
    const start = afterFirstView
      ? Promise.race([this.shown, new Promise<void>((resolve) => this.host.later(resolve, firstViewWaitMs))])
      : Promise.resolve();
    this.ready = start.then(() => this.open(epoch, secret));
  }

  /** The page has shown what it could from the Dexie view: the member room may open now. */
  viewShown(): void {
    this.markShown();
  }

  /** Admitted: keep the room key, and open the member room with it. */
  async enter(epoch: number, secret: string): Promise<void> {
    await this.host.saveRecord({ role: 'member', epoch, roomSecret: secret });
    this.ready = this.open(epoch, secret);
    await this.ready;
  }

  /** Writes everything the ledger holds into the view again (after an import). */
  async reconcile(): Promise<void> {
    if (this.current) await this.view.reconcile(this.current.projection);
  }

  close(): void {
    // A member room still waiting for the first view gives up at once, so no write waits forever.
    this.markShown();
    this.current?.room.destroy();
    this.notices?.destroy();
  }

  /** Tells the coordinator's rekey to devices that were away (the notice room). */
  async announceRekey(entries: Parameters<RekeyNotices['put']>[0]): Promise<void> {
    await this.notices?.put(entries);
  }

  private async open(epoch: number, secret: string): Promise<void> {
    const host = this.host;
    if (host.closed()) return;
    performance.mark('buurtruil:member-open');
    if (!this.current) await this.load();
    const current = this.current;
    if (host.closed() || !current) return;
    this.share(epoch, secret);
    host.events.watch(current.room);
    performance.mark('buurtruil:member-ready', { detail: { entries: current.room.ledger.size } });
    host.events.notify({ type: 'member-state', entries: current.room.ledger.size });
  }

  private async load(): Promise<void> {
    const host = this.host;
    const room = host.rooms.member(host.networkId);
    const projection = new NetworkProjection(
      host.db,
      room.ledger,
      (written) => host.events.postRows(written),
      (state) => messageReaders(state, state.devices.get(this.myKey)?.member ?? host.record().member ?? this.myKey),
    );
    const checking = new PostsBeingChecked(room, (rows) => host.events.checkingPosts(rows));
    this.current = { room, projection, checking };
    let opening = true;
    room.onEntries((change) => {
      host.events.countChange(room.ledger, change);
      this.toldArrivals = checking.arrivalsSoFar;
      // While opening, one projection at the end covers everything loaded.
      if (!opening) host.inBackground(this.afterChange(change, this.toldArrivals));
    });
    await startAtRecordedCheckpoint(host.networkId, host.record().checkpoint, host.db, room);
    // The doc at rest leaves out what the verified copy holds (the copy fills it in); after a let-go, in memory only.
    const firstDocAtRest = !host.record().firstDocLetGo;
    const copy = { has: (id: string) => projection.isStored(id) };
    await room.open(() => projection.loadVerifiedCopy(), copy, { firstDocAtRest });
    if (host.closed()) return;
    // A device that took a checkpoint writes into the part after it (§7.1; a new device joins only that).
    const part = host.record().checkpoint;
    if (part) await room.openPart(part);
    if (host.closed()) return;
    // Again, in case another tab held a deletion until the page closed.
    if (!firstDocAtRest) host.inBackground(room.letOlderDocsGo());
    // What the verified copy has and the docs lost (a peer's deletion, a write cut short)
    // goes back into them, so peers get it again: the part's into the part, the rest into the first.
    host.events.countRestored(await room.restoreMissing((id) => room.writingHolds(id)));
    opening = false;
    const loaded = checking.arrivalsSoFar;
    if (waitingForRecordedStart(host.record().checkpoint, room)) {
      // Opened again before it judged from its checkpoint: the view still waits (afterChange).
      host.inBackground(this.afterChange(noChange));
    } else if (projection.unstoredEntries().length > 0) {
      // The doc brought what the view has not seen: project it now.
      await this.view.reconcile(projection);
      checking.settle(loaded);
      host.inBackground(this.afterChange(noChange));
    } else {
      // The view already matches; check it once the page has settled, off the first paint.
      host.later(
        () => host.inBackground(this.view.reconcile(projection).then(() => this.afterChange(noChange))),
        settleMs,
      );
    }
    this.opened = true;
    this.notices = new RekeyNotices(host.rooms.rekeys(host.networkId), {
      identity: host.identity,
      net: host.net,
      memberState: () => (host.closed() ? null : room.ledger.state),
      current: () => ({ epoch: host.record().epoch, secret: host.record().roomSecret }),
      moveTo: (newer, newerSecret) => this.open(newer, newerSecret),
    });
    host.inBackground(this.notices.follow());
  }

  /** The network rooms of the docs (§7.1), for the record's epoch and secret unless given. */
  private share(epoch = this.host.record().epoch, secret = this.host.record().roomSecret): void {
    if (this.current) this.parts.share(this.current.room, epoch, secret);
  }

  /** A checkpoint counts: move on to the part after it (MemberRoomParts.moveOn). */
  async moveOn(summary: string, holds: (item: VerifiedEntry) => boolean, pages: PagesByKey): Promise<void> {
    const closed = () => this.host.closed();
    if (this.current && !closed() && (await this.parts.moveOn(this.current.room, summary, holds, pages, closed)))
      this.share();
  }

  /** The ledger derived its state anew (from a checkpoint): the view and the follow-up steps catch up. */
  rederived(): Promise<void> {
    // Derived anew from all it holds: every arrival of a change told so far is judged.
    return this.afterChange({ accepted: [], refused: [], rebuilt: true }, this.toldArrivals);
  }

  /** `taken`: the arrivals (PostsBeingChecked) the ledger had taken when it told this change. */
  private async afterChange(change: ProjectionChange, taken = 0): Promise<void> {
    const current = this.current;
    if (!current || this.host.closed()) return;
    const ledger = current.room.ledger;
    if (await this.parts.carryForward(current.room, ledger.state, change)) this.share();
    if (waitingForRecordedStart(this.host.record().checkpoint, current.room)) {
      // Handed a checkpoint at pairing: the follow-up steps (the checkpoint keeper's run starts
      // in the background), and the view waits. It is written once, from the checkpoint, when
      // the keeper's derivation is told (rederived), with everything not written before.
      for (const step of this.followUps) await step(ledger.state);
      this.view.behind = true;
      return this.host.events.notify({ type: 'member-state', entries: ledger.size });
    }
    const projected = await this.view.project(current.projection, change);
    // Their rows are on the board now (or they were refused): nothing of them is still being checked.
    current.checking.settle(taken);
    if (!projected) {
      // A full disk: the view could not be written, but what this device holds changed all
      // the same (said once by the integrity event; the page shows it from memory).
      this.host.events.notify({ type: 'member-state', entries: ledger.size });
      return;
    }
    // The verified copy holds these entries now: the doc at rest need not (each entry's bytes once).
    this.host.inBackground(current.room.compactAtRest());
    // For measuring: how many entries the view holds now (benchmarks read it).
    performance.clearMarks('buurtruil:projected');
    performance.mark('buurtruil:projected', { detail: { entries: ledger.size } });
    await this.followNewEpoch(ledger.state);
    for (const step of this.followUps) await step(ledger.state);
    this.host.events.notify({ type: 'member-state', entries: ledger.size });
  }

  /** A new epoch (after a suspension): move to its room if this device can open it. */
  private async followNewEpoch(state: NetworkState): Promise<void> {
    const key = roomKeyFor(state, this.host.identity, this.host.net);
    if (!key || key.epoch <= this.host.record().epoch) return;
    const secret = toBase64Url(key.secret);
    await this.host.saveRecord({ epoch: key.epoch, roomSecret: secret });
    await this.open(key.epoch, secret);
    await this.notices?.follow();
  }
}
