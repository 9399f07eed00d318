// Logging in with a member card at a kiosk (or a coordinator's laptop): the card gives A,
// the device opens the locked share B that a `card` entry sealed to it, the PIN unlocks B,
// and A with B give the card's key. The key must be a live device of the member: a card
// replaced by a new one (move-member) opens nothing any more, even with the right PIN.
import { sha256 } from '@noble/hashes/sha2.js';
import { cardIdentity, cardTag, readCardShareRecord, unlockKioskShare } from './cardKeys.ts';
import { idFromText, toBase64Url } from './encoding/base64url.ts';
import type { Identity } from './Identity.ts';
import { openCardShare } from './sealing.ts';
import type { MemberKey, NetworkState } from './state/NetworkState.ts';

export interface FoundCard {
  member: MemberKey;
  /** The PIN-locked kiosk share. */
  locked: Uint8Array;
  /** Names this locked share: the PIN count is kept per share. */
  shareKey: string;
}

/** Which member's card this is, by its tag; null if no card entry sealed to `device` matches. */
export function findCard(
  state: NetworkState,
  device: Identity,
  net: Uint8Array,
  cardShare: Uint8Array,
): FoundCard | null {
  const tag = toBase64Url(cardTag(cardShare));
  for (const [member, shares] of state.cards) {
    // Newest first: a new PIN or a new card is a newer share.
    for (const sealed of [...shares].reverse()) {
      const opened = openCardShare(sealed, device, net, idFromText(member));
      const record = opened && readCardShareRecord(opened);
      if (record && toBase64Url(record.tag) === tag) {
        return { member, locked: record.locked, shareKey: toBase64Url(sha256(record.locked).slice(0, 12)) };
      }
    }
  }
  return null;
}

export type CardUnlock = { ok: true; identity: Identity } | { ok: false; problem: 'wrong-pin' | 'card-replaced' };

/** The card's key from A, the locked B and the PIN; only if it is one of the member's live devices. */
export async function unlockCard(
  state: NetworkState,
  found: FoundCard,
  cardShare: Uint8Array,
  pin: string,
): Promise<CardUnlock> {
  const kioskShare = await unlockKioskShare(found.locked, pin);
  if (!kioskShare) return { ok: false, problem: 'wrong-pin' };
  const identity = cardIdentity(cardShare, kioskShare);
  kioskShare.fill(0);
  const device = state.devices.get(toBase64Url(identity.signing.publicKey));
  if (!device || device.member !== found.member || device.removed) {
    forgetIdentity(identity);
    return { ok: false, problem: 'card-replaced' };
  }
  return { ok: true, identity };
}

/** Overwrites the secret keys in memory: a logged-out card leaves nothing usable behind. */
export function forgetIdentity(identity: Identity): void {
  identity.signing.secretKey.fill(0);
  identity.box.secretKey.fill(0);
}
