// A coordinator's side of member cards: enrolling someone without a device (with the
// consent text read out, part of the record), replacing a lost card (move-member to the new
// card's key: the member keeps their hours), a first card for a member without a device
// (a kiosk sign-up: the same move, and their profile from the join's sealed details), and
// sealing every card's kiosk share again when a kiosk or coordinator comes. The card share A leaves this device only printed on
// the card: it is returned once, as a code, and kept nowhere.
import { cardCode, cardShareRecord, lockKioskShare, newCard, readCardShareRecord } from '../../core/cardKeys.ts';
import { forgetIdentity } from '../../core/cardLogin.ts';
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { type JoinDetails, openCardShare, openJoinDetails, sealCardShare } from '../../core/sealing.ts';
import { cardShareReaders } from '../../core/state/cardReaders.ts';
import type { Member, NetworkState } from '../../core/state/NetworkState.ts';
import { withoutDevice } from '../../core/state/withoutDevice.ts';
import { liveDeviceKeys, namedHeads } from '../devices/namedHeads.ts';
import type { WriteOptions } from '../session/WritePipeline.ts';
import { failed, type SessionProblem, type WriteProblem, type WriteResult } from '../session/WriteResult.ts';

export interface CardHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly memberState: NetworkState | null;
  write<T extends EntryType>(type: T, body: BodyInput<T>, options?: WriteOptions): Promise<WriteResult>;
}

export interface NewCardDetails {
  name: string;
  area: string;
  /** The consent text as it was read out to the person. */
  consent: string;
  pin: string;
}

/** What goes on the printed card. */
export interface PrintedCard {
  member: string;
  name: string;
  /** The card share A as a code to type; also what the QR code holds. */
  code: string;
}

export type CardResult = { ok: true; card: PrintedCard } | WriteProblem;

/** A PIN is 4 to 8 digits. */
export function isValidPin(pin: string): boolean {
  return /^[0-9]{4,8}$/.test(pin);
}

export class CardCommands {
  private readonly host: CardHost;

  constructor(host: CardHost) {
    this.host = host;
  }

  /** Enrols a card member and seals the new card's kiosk share; returns what to print. */
  async enrol(details: NewCardDetails): Promise<CardResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    if (!isValidPin(details.pin))
      return { ok: false, problem: 'field', field: { field: 'pin', problem: 'range', min: 4, max: 8 } };
    const card = newCard();
    try {
      const member = card.identity.signing.publicKey;
      const enrolled = await this.host.write('enroll', {
        member,
        boxKey: card.identity.box.publicKey,
        name: details.name.trim(),
        area: details.area.trim(),
        welcome: state.network?.welcome ?? 0,
        opening: 0,
        consent: details.consent,
        epoch: state.epochs.at(-1)?.epoch ?? 0,
        // The card never opens a room itself: the kiosk carries it.
        secret: null,
      });
      if (!enrolled.ok) return enrolled;
      const shared = await this.writeShare(member, card.cardShare, card.kioskShare, details.pin);
      if (!shared.ok) return shared;
      return {
        ok: true,
        card: { member: toBase64Url(member), name: details.name.trim(), code: cardCode(card.cardShare) },
      };
    } finally {
      forget(card);
    }
  }

  /**
   * A lost card: the member moves to a new card's key (what the old card wrote after the
   * cut stops counting, and it opens nothing any more); the hours stay the member's.
   */
  async replace(memberKey: string, pin: string, reason: string): Promise<CardResult> {
    const state = this.host.memberState;
    const member = state?.members.get(memberKey);
    if (!state || !member) return failed('no-member-room');
    const name = member.profile?.name ?? member.enrolled?.name ?? '';
    return this.moveToNewCard(state, member, pin, reason, name, null);
  }

  /**
   * A first card for a member without a device (withoutDevice: a kiosk sign-up, whose join
   * key nobody holds): the same move as replacing a card, then their profile, from the
   * join's details sealed to the coordinators, signed by the new card via this laptop
   * ("met hulp van"), as a newcomer's own device publishes it once admitted.
   */
  async giveCard(memberKey: string, pin: string, reason: string): Promise<CardResult> {
    const state = this.host.memberState;
    const member = state?.members.get(memberKey);
    if (!state || !member) return failed('no-member-room');
    if (!withoutDevice(state, memberKey)) return failed('not-needed');
    const details =
      member.join && openJoinDetails(member.join.sealed, this.host.identity, this.host.net, member.publicKey);
    return this.moveToNewCard(state, member, pin, reason, details?.name ?? '', details ?? null);
  }

  private async moveToNewCard(
    state: NetworkState,
    member: Member,
    pin: string,
    reason: string,
    name: string,
    details: JoinDetails | null,
  ): Promise<CardResult> {
    if (!isValidPin(pin))
      return { ok: false, problem: 'field', field: { field: 'pin', problem: 'range', min: 4, max: 8 } };
    const card = newCard();
    try {
      const cut = await namedHeads(state, liveDeviceKeys(state, member.devices), this.host);
      if (!cut.ok) return cut;
      const moved = await this.host.write('move-member', {
        member: member.publicKey,
        device: card.identity.signing.publicKey,
        boxKey: card.identity.box.publicKey,
        cut: cut.ids,
        reason: reason.trim(),
      });
      if (!moved.ok) return moved;
      const shared = await this.writeShare(member.publicKey, card.cardShare, card.kioskShare, pin);
      if (!shared.ok) return shared;
      if (details) await this.writeProfile(card.identity, details);
      return { ok: true, card: { member: member.key, name, code: cardCode(card.cardShare) } };
    } finally {
      forget(card);
    }
  }

  /**
   * The profile from the join's details (without the note and contact meant for the
   * coordinator). The card is made either way: should this fail, the member's name is
   * still on the printed card, and they can fill in their profile at the kiosk.
   */
  private async writeProfile(card: Identity, details: JoinDetails): Promise<void> {
    const { note: _note, contact: _contact, offers, ...rest } = details;
    const written = await this.host.write(
      'profile',
      { ...rest, offers: [...new Set(offers)], paused: false, perWeek: 0 },
      { as: card, via: this.host.identity.signing.publicKey },
    );
    if (!written.ok) console.warn('the profile of the new card member was not written:', written.problem);
  }

  /** Seals every card's newest share again to today's coordinators and kiosks (after a new kiosk). */
  async sealAgain(): Promise<WriteResult | null> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    let last: WriteResult | null = null;
    for (const [member, shares] of state.cards) {
      const newest = shares.at(-1);
      const memberKey = idFromText(member);
      const opened = newest && openCardShare(newest, this.host.identity, this.host.net, memberKey);
      if (!opened || !readCardShareRecord(opened)) continue;
      last = await this.host.write('card', {
        member: memberKey,
        share: sealCardShare(opened, cardShareReaders(state), this.host.net, memberKey),
      });
      if (!last.ok) return last;
    }
    return last;
  }

  private async writeShare(
    member: Uint8Array,
    cardShare: Uint8Array,
    kioskShare: Uint8Array,
    pin: string,
  ): Promise<WriteResult> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room' satisfies SessionProblem);
    const locked = await lockKioskShare(kioskShare, pin);
    return this.host.write('card', {
      member,
      share: sealCardShare(cardShareRecord(cardShare, locked), cardShareReaders(state), this.host.net, member),
    });
  }
}

function forget(card: ReturnType<typeof newCard>): void {
  card.kioskShare.fill(0);
  forgetIdentity(card.identity);
  // The card share is returned as a code; the bytes go.
  card.cardShare.fill(0);
}
