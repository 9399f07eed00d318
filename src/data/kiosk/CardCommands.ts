// A coordinator's side of member cards: enrolling someone without a device (with the
// consent text read out, part of the record), replacing a lost card (move-member to the new
// card's key: the member keeps their hours), and sealing every card's kiosk share again
// when a kiosk or coordinator comes. The card share A leaves this device only printed on
// the card: it is returned once, as a code, and kept nowhere.
import { cardCode, cardShareRecord, lockKioskShare, newCard, readCardShareRecord } from '../../core/cardKeys.ts';
import { forgetIdentity } from '../../core/cardLogin.ts';
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { openCardShare, sealCardShare } from '../../core/sealing.ts';
import { cardShareReaders } from '../../core/state/cardReaders.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import { liveDeviceKeys, namedHeads } from '../devices/namedHeads.ts';
import { failed, type SessionProblem, type WriteProblem, type WriteResult } from '../session/WriteResult.ts';

export interface CardHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly memberState: NetworkState | null;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
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
      const name = member.profile?.name ?? member.enrolled?.name ?? '';
      return { ok: true, card: { member: memberKey, name, code: cardCode(card.cardShare) } };
    } finally {
      forget(card);
    }
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
