// One network, open on this device: its lobby and member room, the ledgers that verify
// what arrives, the Dexie view, and the writing of new entries. It holds no rules of its
// own; those are in src/core.
import { type LogChange, YjsEntryLog } from '../core/adapters/yjsEntryLog.ts';
import type { SealedBox } from '../core/crypto/sealedBox.ts';
import { fromBase64Url, idFromText, toBase64Url } from '../core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../core/entry/bodies.ts';
import { checkBody, type FieldProblem } from '../core/entry/checkBody.ts';
import { type SignedEntry, signEntry } from '../core/entry/Entry.ts';
import type { Identity } from '../core/Identity.ts';
import { Ledger } from '../core/Ledger.ts';
import { type LobbyView, lobbyView } from '../core/lobby.ts';
import { lobbyRoomName, memberRoomName, roomKeyFor } from '../core/rooms.ts';
import {
  type JoinDetails,
  openMessage,
  openRoomSecret,
  sealJoinDetails,
  sealMessage,
  sealRoomSecret,
} from '../core/sealing.ts';
import { payerAndReceiver, proposalStatus } from '../core/state/exchange.ts';
import { type NetworkState, type Rejection, waitingRejections } from '../core/state/NetworkState.ts';
import { offlineStatus, SyncedDoc, type SyncStatus } from '../sync/SyncedDoc.ts';
import type { DeviceDatabase, NetworkRecord } from './DeviceDatabase.ts';
import { NetworkDatabase } from './NetworkDatabase.ts';
import { NetworkProjection, type ProjectionChange } from './NetworkProjection.ts';
import { isQuotaError } from './storageErrors.ts';

export type WriteResult =
  | { ok: true; entry: SignedEntry; id: string }
  | { ok: false; problem: 'field'; field: FieldProblem }
  | { ok: false; problem: 'rule'; rule: Rejection }
  | { ok: false; problem: 'storage-full' }
  | { ok: false; problem: 'not-open' }
  | { ok: false; problem: 'not-needed' };

const noChange: ProjectionChange = { accepted: [], refused: [], rebuilt: false };
/** How long after opening the view is checked against the ledger, in ms. */
const settleMs = 1500;
/** The longest the member room waits for the page to show its first view, in ms. */
const firstViewWaitMs = 3000;

interface Room {
  synced: SyncedDoc;
  ledger: Ledger;
  log: YjsEntryLog;
}

export class NetworkSession {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly networkId: string;
  readonly me: string;
  readonly db: NetworkDatabase;
  record: NetworkRecord;
  private readonly device: DeviceDatabase;
  private readonly signalling: string[];
  private lobby: Room | null = null;
  private member: (Room & { projection: NetworkProjection }) | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly statusListeners = new Set<(status: SyncStatus) => void>();
  private stopStatus: (() => void) | null = null;
  private closed = false;
  /** What this session has kept out or put back, to tell the person plainly. */
  readonly integrity = { refused: 0, restored: 0 };

  private constructor(device: DeviceDatabase, record: NetworkRecord, identity: Identity, signalling: string[]) {
    this.device = device;
    this.record = record;
    this.identity = identity;
    this.signalling = signalling;
    this.networkId = record.id;
    const net = fromBase64Url(record.id);
    if (net?.length !== 32) throw new Error('bad network id');
    this.net = net;
    this.me = toBase64Url(identity.signing.publicKey);
    this.db = new NetworkDatabase(record.id);
  }

  /**
   * Opens a network on this device. The member room opens in the background (verifying
   * a year of entries takes a while); with `afterFirstView`, only once the page calls
   * `viewShown()` (or after a few seconds), so the page can show the Dexie view first.
   */
  static async open(
    device: DeviceDatabase,
    record: NetworkRecord,
    identity: Identity,
    signalling: string[],
    { afterFirstView = false } = {},
  ): Promise<NetworkSession> {
    const session = new NetworkSession(device, record, identity, signalling);
    await device.networks.update(record.id, { opened: Date.now() });
    if (record.role !== 'member' || session.isCoordinatorRecord()) await session.openLobby();
    const secret = record.roomSecret;
    if (secret) {
      const start = afterFirstView
        ? Promise.race([session.shown, new Promise((resolve) => setTimeout(resolve, firstViewWaitMs))])
        : Promise.resolve();
      session.memberReady = start.then(() => session.openMember(record.epoch, secret));
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
  memberReady: Promise<void> = Promise.resolve();

  /** The member room's state; null until this device may read it. */
  get state(): NetworkState | null {
    return this.member?.ledger.state ?? null;
  }

  get lobbyView(): LobbyView | null {
    return this.lobby ? lobbyView(this.networkId, this.lobby.ledger.entries()) : null;
  }

  get isMember(): boolean {
    return this.member !== null;
  }

  isCoordinator(): boolean {
    return this.state?.members.get(this.me)?.roles.has('coordinator') === true;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.currentStatus());
    return () => this.statusListeners.delete(listener);
  }

  /**
   * Signs and shares a new entry of ours in the member room, after checking it.
   * `stillNeeded` is asked again once this device's own latest entries are in (another
   * tab may have written the same thing meanwhile).
   */
  async write<T extends EntryType>(
    type: T,
    body: Bodies[T],
    { stillNeeded }: { stillNeeded?: () => boolean } = {},
  ): Promise<WriteResult> {
    await this.memberReady;
    return this.withWriteLock(async () => {
      const member = this.member;
      if (!member) return { ok: false, problem: 'not-open' };
      const field = checkBody(type, body);
      if (field) return { ok: false, problem: 'field', field };
      await this.catchUpOwnChain(member.ledger);
      if (stillNeeded && !stillNeeded()) return { ok: false, problem: 'not-needed' };
      const signed = member.ledger.write(this.identity, type, body);
      const rule = member.ledger.check(signed.entry);
      if (rule) return { ok: false, problem: 'rule', rule };
      return this.share(member, signed);
    });
  }

  /** The founder's genesis entry: into the member room and the lobby. */
  async publishGenesis(id: string, bytes: Uint8Array): Promise<void> {
    await this.db.entries.put({ id, bytes, author: this.me, seq: 1 });
    await this.member?.log.appendForeign(id, bytes);
    await this.lobby?.log.appendForeign(id, bytes);
  }

  /** Decrypts a message of ours (sent or received); null if it is not for us. */
  readMessage(row: { from: string; to: string; sealed: SealedBox }): string | null {
    return openMessage(row.sealed, this.identity, idFromText(row.from), idFromText(row.to));
  }

  /** Responds to someone's post: our yes, and a first message if there is one. */
  async respond(postId: string, text: string): Promise<WriteResult> {
    const post = this.state?.posts.get(postId);
    if (!post) return { ok: false, problem: 'not-open' };
    const accept = await this.write('match-accept', { post: idFromText(postId), with: idFromText(post.author) });
    if (!accept.ok || !text.trim()) return accept;
    return this.sendMessage(post.author, postId, text);
  }

  /** Our yes or no to helping `other` on this post; no reason needed. */
  decide(postId: string, other: string, accept: boolean): Promise<WriteResult> {
    return this.write(accept ? 'match-accept' : 'match-decline', { post: idFromText(postId), with: idFromText(other) });
  }

  /** A private message, sealed to the recipient and ourselves. */
  sendMessage(to: string, postId: string | null, text: string): Promise<WriteResult> {
    const recipient = this.state?.members.get(to);
    if (!recipient) return Promise.resolve({ ok: false, problem: 'rule', rule: 'unknown-member' });
    const toKey = idFromText(to);
    return this.write('message', {
      to: toKey,
      post: postId ? idFromText(postId) : null,
      sealed: sealMessage(text.trim(), this.identity, recipient.boxKey, this.identity.signing.publicKey, toKey),
    });
  }

  /** After the help: what was done and how long, for the other side to confirm. */
  proposeHours(postId: string, other: string, minutes: number, what: string): Promise<WriteResult> {
    const post = this.state?.posts.get(postId);
    if (!post) return Promise.resolve({ ok: false, problem: 'not-open' });
    const responder = post.author === this.me ? other : this.me;
    const { payer, receiver } = payerAndReceiver(post, responder);
    return this.write('hours-proposal', {
      payer: idFromText(payer),
      receiver: idFromText(receiver),
      minutes,
      what: what.trim(),
      post: idFromText(postId),
    });
  }

  /**
   * Confirms the other side's proposal. The payer confirms by paying; the receiver's
   * confirmation lets the payer's device pay as soon as it sees it.
   */
  async confirmHours(proposalId: string, thanks: string): Promise<WriteResult> {
    const proposal = this.state?.proposals.get(proposalId);
    if (!proposal) return { ok: false, problem: 'not-open' };
    const result =
      proposal.payer === this.me
        ? await this.pay(proposalId)
        : await this.write('hours-confirm', { proposal: idFromText(proposalId) });
    if (result.ok && thanks.trim()) {
      const other = proposal.payer === this.me ? proposal.receiver : proposal.payer;
      const transfer = proposal.payer === this.me ? idFromText(result.id) : null;
      await this.write('thanks', { to: idFromText(other), text: thanks.trim(), transfer });
    }
    return result;
  }

  /** A newcomer's join request, sealed to the coordinators the lobby knows. */
  async requestToJoin(details: JoinDetails): Promise<WriteResult> {
    await this.device.networks.update(this.networkId, { details });
    this.record = { ...this.record, details };
    const result = await this.sendJoinIfPossible(true);
    this.emit();
    return result;
  }

  /** Coordinator: admits a newcomer whose join request is in the lobby. */
  async admit(joinId: string): Promise<WriteResult> {
    await this.memberReady;
    const lobby = this.lobby;
    const member = this.member;
    const join = lobby?.ledger.get(joinId);
    if (!lobby || !member || join?.entry.type !== 'join') return { ok: false, problem: 'not-open' };
    const key = roomKeyFor(member.ledger.state, this.identity, this.net);
    if (!key) return { ok: false, problem: 'not-open' };
    // The member room needs the join itself: admission refers to it.
    await member.log.appendForeign(joinId, join.bytes);
    const { boxKey } = join.entry.body as Bodies['join'];
    const result = await this.write('admit', {
      member: join.entry.author,
      join: idFromText(joinId),
      welcome: member.ledger.state.network?.welcome ?? 0,
      epoch: key.epoch,
      secret: sealRoomSecret(key.secret, [boxKey], this.net, key.epoch),
    });
    if (result.ok) await lobby.log.appendForeign(result.id, result.entry.bytes);
    return result;
  }

  /** Coordinator: declines a join request, with an optional kind word for the newcomer only. */
  async decline(joinId: string, note: Bodies['decline']['note']): Promise<WriteResult> {
    await this.memberReady;
    const lobby = this.lobby;
    const member = this.member;
    const join = lobby?.ledger.get(joinId);
    if (!lobby || !member || !join) return { ok: false, problem: 'not-open' };
    await member.log.appendForeign(joinId, join.bytes);
    const result = await this.write('decline', { member: join.entry.author, join: idFromText(joinId), note });
    if (result.ok) await lobby.log.appendForeign(result.id, result.entry.bytes);
    return result;
  }

  close(): void {
    this.closed = true;
    this.stopStatus?.();
    for (const room of [this.lobby, this.member]) {
      room?.log.destroy();
      room?.synced.destroy();
    }
    this.listeners.clear();
    this.statusListeners.clear();
    this.db.close();
  }

  // --- inside ---

  private isCoordinatorRecord(): boolean {
    return this.record.role === 'founder' || this.isCoordinator();
  }

  private async openLobby(): Promise<void> {
    if (this.lobby || !this.record.lobbySecret) return;
    const synced = new SyncedDoc(`buurtruil-lobby-${this.networkId}`);
    const ledger = new Ledger(this.networkId);
    const log = new YjsEntryLog(synced.doc, ledger);
    this.lobby = { synced, ledger, log };
    log.onChange(() => void this.afterLobbyChange());
    await synced.loaded;
    await log.load();
    synced.joinRoom({ name: lobbyRoomName(this.net), password: this.record.lobbySecret, signalling: this.signalling });
    this.watchStatus();
    await this.afterLobbyChange();
  }

  private async openMember(epoch: number, secret: string): Promise<void> {
    if (this.closed) return;
    performance.mark('buurtruil:member-open');
    if (!this.member) {
      const synced = new SyncedDoc(`buurtruil-doc-${this.networkId}`);
      const ledger = new Ledger(this.networkId);
      const projection = new NetworkProjection(this.db, ledger);
      await projection.loadVerifiedCopy();
      const log = new YjsEntryLog(synced.doc, ledger);
      let opening = true;
      this.member = { synced, ledger, log, projection };
      log.onChange((change) => {
        this.countIntegrity(ledger, change);
        // While opening, one projection at the end covers everything loaded.
        if (!opening) void this.afterMemberChange(change);
      });
      await synced.loaded;
      await log.load();
      // What the verified copy has and the doc lost (a peer's deletion, an unfinished
      // write before the page closed) goes back into the doc, so peers get it again.
      this.integrity.restored += await log.restoreMissing();
      opening = false;
      if (projection.unstoredEntries().length > 0) {
        // The doc brought what the view has not seen: project it now.
        await projection.reconcile();
        void this.afterMemberChange(noChange);
      } else {
        // The view already matches; check it once the page has settled, off the first paint.
        setTimeout(() => void projection.reconcile().then(() => this.afterMemberChange(noChange)), settleMs);
      }
    }
    this.member.synced.joinRoom({
      name: memberRoomName(this.net, epoch),
      password: secret,
      signalling: this.signalling,
    });
    this.watchStatus();
    performance.mark('buurtruil:member-ready', { detail: { entries: this.member.ledger.size } });
    this.emit();
  }

  private countIntegrity(ledger: Ledger, change: LogChange): void {
    const broken = change.accepted.filter((id) => {
      const reason = ledger.state.rejected.get(id)?.reason;
      return reason !== undefined && !waitingRejections.has(reason);
    });
    this.integrity.refused += change.refused.length + broken.length;
    this.integrity.restored += change.restored.length;
  }

  private async afterLobbyChange(): Promise<void> {
    const view = this.lobbyView;
    if (!view) return;
    if (view.genesis && (this.record.name !== view.genesis.name || this.record.area !== view.genesis.area)) {
      this.record = { ...this.record, name: view.genesis.name, area: view.genesis.area };
      await this.device.networks.update(this.networkId, { name: view.genesis.name, area: view.genesis.area });
    }
    if (this.record.role === 'newcomer') {
      await this.sendJoinIfPossible();
      const status = view.statusOf(this.me);
      if (status.kind === 'admitted') {
        const secret = openRoomSecret(status.secret, this.identity, this.net, status.epoch);
        if (secret) await this.becomeMember(status.epoch, toBase64Url(secret));
      }
    }
    this.emit();
  }

  private async afterMemberChange(change: ProjectionChange): Promise<void> {
    const member = this.member;
    if (!member) return;
    await member.projection.update(change);
    // For measuring: how many entries the view holds now (benchmarks read it).
    performance.clearMarks('buurtruil:projected');
    performance.mark('buurtruil:projected', { detail: { entries: member.ledger.size } });
    // A new epoch (after a suspension): move to its room if we can open it.
    const key = roomKeyFor(member.ledger.state, this.identity, this.net);
    if (key && key.epoch > this.record.epoch) {
      const secret = toBase64Url(key.secret);
      this.record = { ...this.record, epoch: key.epoch, roomSecret: secret };
      await this.device.networks.update(this.networkId, { epoch: key.epoch, roomSecret: secret });
      await this.openMember(key.epoch, secret);
    }
    if (this.isCoordinator() && !this.lobby) await this.openLobby();
    await this.publishProfileIfDue();
    await this.payConfirmed();
    this.emit();
  }

  /**
   * A newcomer's profile (from the join details, without the note and contact meant for
   * the coordinator) is published once the member room shows the admission.
   */
  private async publishProfileIfDue(): Promise<void> {
    const details = this.record.details;
    const me = this.state?.members.get(this.me);
    if (!details || me?.status !== 'admitted' || me.profile) return;
    const { note: _note, contact: _contact, ...profile } = details;
    const result = await this.write('profile', profile);
    if (result.ok) {
      this.record = { ...this.record, details: null };
      await this.device.networks.update(this.networkId, { details: null });
    }
  }

  /** Pays a proposal, once: a second tab that got there first wins. */
  private pay(proposalId: string): Promise<WriteResult> {
    const proposal = this.state?.proposals.get(proposalId);
    if (!proposal) return Promise.resolve({ ok: false, problem: 'not-open' });
    const unpaid = () => {
      const state = this.state;
      return state !== null && proposalStatus(state, proposalId) !== 'paid';
    };
    return this.write(
      'transfer',
      {
        to: idFromText(proposal.receiver),
        minutes: proposal.minutes,
        what: proposal.what,
        post: proposal.post ? idFromText(proposal.post) : null,
        proposal: idFromText(proposalId),
      },
      { stillNeeded: unpaid },
    );
  }

  /** Our own proposals that the receiver confirmed and we have not paid yet: pay them. */
  private async payConfirmed(): Promise<void> {
    const state = this.state;
    if (!state) return;
    for (const proposal of state.proposals.values()) {
      if (proposal.payer !== this.me || proposal.author !== this.me) continue;
      if (proposalStatus(state, proposal.id) === 'confirmed') await this.pay(proposal.id);
    }
  }

  private async becomeMember(epoch: number, secret: string): Promise<void> {
    this.record = { ...this.record, role: 'member', epoch, roomSecret: secret };
    await this.device.networks.update(this.networkId, { role: 'member', epoch, roomSecret: secret });
    await this.openMember(epoch, secret);
    const member = this.member;
    const lobby = this.lobby;
    if (!member || !lobby) return;
    // Our own join travels into the member room with us: the admission there refers to it.
    for (const { idText, entry } of lobby.ledger.entries()) {
      if (toBase64Url(entry.author) === this.me) {
        const bytes = lobby.ledger.bytesOf(idText);
        if (bytes) await member.log.appendForeign(idText, bytes);
      }
    }
    await this.publishProfileIfDue();
    // A plain member does not need the lobby any more.
    lobby.log.destroy();
    lobby.synced.destroy();
    this.lobby = null;
    this.watchStatus();
  }

  /** Sends the join once the lobby shows the network; asks again after a decline only when told to. */
  private async sendJoinIfPossible(askAgain = false): Promise<WriteResult> {
    const lobby = this.lobby;
    const details = this.record.details;
    const view = this.lobbyView;
    if (!lobby || !details || !view?.genesis) return { ok: false, problem: 'not-open' };
    const status = view.statusOf(this.me);
    if (status.kind === 'pending' || status.kind === 'admitted') return { ok: false, problem: 'not-open' };
    if (status.kind === 'declined' && !askAgain) return { ok: false, problem: 'not-open' };
    return this.withWriteLock(async () => {
      const last = lobby.ledger.lastOf(this.me);
      const body: Bodies['join'] = {
        boxKey: this.identity.box.publicKey,
        sealed: sealJoinDetails(details, view.coordinatorBoxKeys, this.net, this.identity.signing.publicKey),
      };
      const field = checkBody('join', body);
      if (field) return { ok: false, problem: 'field', field };
      const signed = signEntry(this.identity, {
        net: this.net,
        type: 'join',
        seq: (last?.seq ?? 0) + 1,
        prev: last ? idFromText(last.id) : null,
        time: Date.now(),
        body,
      });
      await lobby.log.append(signed);
      const id = toBase64Url(signed.id);
      await this.device.networks.update(this.networkId, { joinId: id });
      this.record = { ...this.record, joinId: id };
      return { ok: true, entry: signed, id };
    });
  }

  /** Keeps the verified copy first (a full disk is found here), then shares. */
  private async share(member: Room & { projection: NetworkProjection }, signed: SignedEntry): Promise<WriteResult> {
    const id = toBase64Url(signed.id);
    try {
      await this.db.entries.put({ id, bytes: signed.bytes, author: this.me, seq: signed.entry.seq });
    } catch (error) {
      if (isQuotaError(error)) return { ok: false, problem: 'storage-full' };
      throw error;
    }
    await member.log.append(signed);
    return { ok: true, entry: signed, id };
  }

  /** Another tab of this profile may have written since: take its entries first. */
  private async catchUpOwnChain(ledger: Ledger): Promise<void> {
    const stored = await this.db.entries
      .where('[author+seq]')
      .between([this.me, (ledger.lastOf(this.me)?.seq ?? 0) + 1], [this.me, Number.MAX_SAFE_INTEGER])
      .toArray();
    if (stored.length) await ledger.add(stored.map((e) => [e.id, e.bytes] as const));
  }

  /** One writer at a time per identity, across tabs: two would fork the chain. */
  private withWriteLock<R>(task: () => Promise<R>): Promise<R> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return task();
    return locks.request(`buurtruil-write-${this.me}`, task) as Promise<R>;
  }

  private currentStatus(): SyncStatus {
    return (this.member ?? this.lobby)?.synced.status() ?? offlineStatus;
  }

  private watchStatus(): void {
    this.stopStatus?.();
    const room = this.member ?? this.lobby;
    this.stopStatus = room
      ? room.synced.onStatus((status) => {
          for (const listener of this.statusListeners) listener(status);
        })
      : null;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
