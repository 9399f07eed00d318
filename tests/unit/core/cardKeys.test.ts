// Member cards: the card alone, or the kiosk's storage alone, signs nothing.
import { describe, expect, it } from 'vitest';
import {
  cardCode,
  cardIdentity,
  cardShareFromCode,
  cardShareRecord,
  cardTag,
  lockKioskShare,
  newCard,
  readCardShareRecord,
  unlockKioskShare,
} from '../../../src/core/cardKeys.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { afterWrongPin, noAttempts, pinVerdict, waitMs } from '../../../src/core/pinAttempts.ts';

describe('member card keys', () => {
  it('card share + kiosk share give the card key; either alone, or one wrong, gives another key', () => {
    const card = newCard();
    const key = toBase64Url(card.identity.signing.publicKey);
    expect(toBase64Url(cardIdentity(card.cardShare, card.kioskShare).signing.publicKey)).toBe(key);
    const otherCard = newCard();
    expect(toBase64Url(cardIdentity(otherCard.cardShare, card.kioskShare).signing.publicKey)).not.toBe(key);
    expect(toBase64Url(cardIdentity(card.cardShare, otherCard.kioskShare).signing.publicKey)).not.toBe(key);
  });

  it('the kiosk share opens with the PIN only', async () => {
    const card = newCard();
    const locked = await lockKioskShare(card.kioskShare, '4821');
    expect(await unlockKioskShare(locked, '4821')).toEqual(card.kioskShare);
    expect(await unlockKioskShare(locked, '4822')).toBeNull();
    expect(await unlockKioskShare(locked.slice(0, 20), '4821')).toBeNull();
    expect(await unlockKioskShare(new Uint8Array([1, 2, 3]), '4821')).toBeNull();
  }, 60_000);

  it('the card code survives typing: case, dashes, spaces, I/L/O for 1/1/0; a damaged code is refused', () => {
    const card = newCard();
    const code = cardCode(card.cardShare);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$/);
    expect(cardShareFromCode(code)).toEqual(card.cardShare);
    expect(cardShareFromCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toEqual(card.cardShare);
    expect(cardShareFromCode(code.replace(/1/g, 'l').replace(/0/g, 'o'))).toEqual(card.cardShare);
    expect(cardShareFromCode(code.slice(0, -1))).toBeNull();
    expect(cardShareFromCode(`${code.slice(0, -1)}U`)).toBeNull();
  });
});

describe('finding a card, and counting wrong PINs', () => {
  it('the tag names the card without telling its share; the sealed record reads back strictly', () => {
    const card = newCard();
    expect(cardTag(card.cardShare)).toHaveLength(8);
    expect(cardTag(card.cardShare)).toEqual(cardTag(new Uint8Array(card.cardShare)));
    expect(cardTag(newCard().cardShare)).not.toEqual(cardTag(card.cardShare));
    const locked = new Uint8Array(90).fill(7);
    expect(readCardShareRecord(cardShareRecord(card.cardShare, locked))).toEqual({
      tag: cardTag(card.cardShare),
      locked,
    });
    expect(readCardShareRecord(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it('three wrong PINs, then a wait; six, then only a coordinator helps', () => {
    let attempts = noAttempts;
    const now = 1_000_000;
    expect(pinVerdict(attempts, now)).toEqual({ kind: 'may-try', triesLeft: 3 });
    attempts = afterWrongPin(attempts, now);
    attempts = afterWrongPin(attempts, now);
    expect(pinVerdict(attempts, now)).toEqual({ kind: 'may-try', triesLeft: 1 });
    attempts = afterWrongPin(attempts, now);
    expect(pinVerdict(attempts, now)).toEqual({ kind: 'wait', until: now + waitMs });
    expect(pinVerdict(attempts, now + waitMs)).toEqual({ kind: 'may-try', triesLeft: 3 });
    for (let i = 0; i < 3; i++) attempts = afterWrongPin(attempts, now + waitMs);
    expect(pinVerdict(attempts, now + 10 * waitMs)).toEqual({ kind: 'ask-coordinator' });
  });
});
