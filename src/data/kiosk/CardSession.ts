// A member card logged in on this device (the kiosk, or a coordinator's laptop helping
// someone): writes are signed by the card's key, with `via` naming this device, through
// the device's own session and write pipeline (a Web Lock per card key, its own chain).
// The card's keys live in memory only, and are overwritten on logout.

import { forgetIdentity } from '../../core/cardLogin.ts';
import { idFromText } from '../../core/encoding/base64url.ts';
import type { EntryType, PostFields } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { NetworkRecord } from '../devices/DeviceDatabase.ts';
import { ExchangeCommands } from '../exchange/ExchangeCommands.ts';
import type { LobbyShown } from '../joining/LobbyRoom.ts';
import type { NetworkSession } from '../session/NetworkSession.ts';
import type { Integrity } from '../session/SessionEvent.ts';
import type { SessionPhase } from '../session/SessionPhase.ts';
import type { SessionView } from '../session/SessionView.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { NetworkDatabase } from '../store/NetworkDatabase.ts';
import { GroupHoursCommands } from '../together/groupHoursCommands.ts';
import { TogetherCommands } from '../together/TogetherCommands.ts';

export class CardSession implements SessionView {
  /** The card member: what selectors compare posts and hours with. */
  readonly me: string;
  readonly exchange: ExchangeCommands;
  /** Signing up for an activity, and "Ik was er", as the card member (together §1). */
  readonly together: TogetherCommands;
  /** Answering a part of a group record the card member is a party of (together §2). */
  readonly groupHours: GroupHoursCommands;
  private readonly device: NetworkSession;
  private readonly card: Identity;
  private loggedIn = true;
  /** Proposals paid during this visit (the ledger keeps a proposal paid once anyway). */
  private readonly paid: string[] = [];

  constructor(device: NetworkSession, card: Identity, member: string) {
    this.device = device;
    this.card = card;
    this.me = member;
    this.exchange = new ExchangeCommands({
      identity: card,
      me: member,
      memberKey: () => member,
      paidBefore: () => this.paid,
      rememberPaid: async (proposal) => {
        this.paid.push(proposal);
      },
      memberState: () => this.memberState,
      noMemberRoom: () => (this.loggedIn ? 'no-member-room' : 'session-closed'),
      write: (type, body, options) => this.write(type, body, options),
    });
    this.together = new TogetherCommands({
      memberState: () => this.memberState,
      noMemberRoom: () => (this.loggedIn ? 'no-member-room' : 'session-closed'),
      memberKey: () => member,
      write: (type, body) => this.write(type, body),
    });
    this.groupHours = new GroupHoursCommands(this);
  }

  get identity(): Identity {
    return this.card;
  }
  /** The card member: a card writes only for its member, whichever card key it has now. */
  get memberKey(): string {
    return this.me;
  }
  get net(): Uint8Array {
    return this.device.net;
  }
  get phase(): SessionPhase {
    return this.loggedIn ? this.device.phase : 'closed';
  }
  get record(): NetworkRecord {
    return this.device.record;
  }
  get memberState(): NetworkState | null {
    return this.loggedIn ? this.device.memberState : null;
  }
  get lobbyView(): LobbyShown | null {
    return null;
  }
  get integrity(): Integrity {
    return this.device.integrity;
  }
  get db(): NetworkDatabase {
    return this.device.db;
  }
  get isLoggedIn(): boolean {
    return this.loggedIn;
  }

  /** Signs as the card, via this device. */
  write<T extends EntryType>(
    type: T,
    body: BodyInput<T>,
    options: { stillNeeded?: () => boolean } = {},
  ): Promise<WriteResult> {
    if (!this.loggedIn) return Promise.resolve(failed('session-closed'));
    return this.device.write(type, body, { ...options, as: this.card, via: this.device.identity.signing.publicKey });
  }

  post(fields: PostFields): Promise<WriteResult> {
    return this.write('post', fields);
  }

  closePost(postId: string, reason: 'done' | 'withdrawn'): Promise<WriteResult> {
    return this.write('post-close', { post: idFromText(postId), reason });
  }

  /** Hours from a paper slip, entered later: the card member pays the neighbour who helped. */
  payFromSlip(to: string, minutes: number, what: string): Promise<WriteResult> {
    return this.write('transfer', { to: idFromText(to), minutes, what: what.trim(), post: null, proposal: null });
  }

  /** Forgets the card: its keys are overwritten, and nothing more can be signed with it. */
  logout(): void {
    if (!this.loggedIn) return;
    this.loggedIn = false;
    forgetIdentity(this.card);
  }
}
