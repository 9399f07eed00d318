// Logging in with a member card on this device: the code (scanned or typed), then the PIN.
// Wrong PINs are counted here, per card, and limited (src/core/pinAttempts.ts).
import { cardShareFromCode } from '../../core/cardKeys.ts';
import { type FoundCard, findCard, unlockCard } from '../../core/cardLogin.ts';
import { afterWrongPin, noAttempts, type PinVerdict, pinVerdict } from '../../core/pinAttempts.ts';
import type { NetworkSession } from '../session/NetworkSession.ts';
import { CardSession } from './CardSession.ts';
import type { KioskDatabase } from './KioskDatabase.ts';

export type CardFound =
  | { ok: true; card: FoundCard; cardShare: Uint8Array; verdict: PinVerdict }
  | { ok: false; problem: 'bad-code' | 'unknown-card' | 'no-member-room' };

export type CardLoginResult =
  | { ok: true; session: CardSession }
  | { ok: false; problem: 'wrong-pin' | 'card-replaced'; verdict: PinVerdict }
  | { ok: false; problem: 'wait' | 'ask-coordinator'; verdict: PinVerdict };

export class CardLogin {
  private readonly session: NetworkSession;
  private readonly store: KioskDatabase;
  private readonly now: () => number;

  constructor(session: NetworkSession, store: KioskDatabase, now: () => number = Date.now) {
    this.session = session;
    this.store = store;
    this.now = now;
  }

  /** Which card this is (from its scanned or typed code), and whether it may try a PIN now. */
  async find(code: string): Promise<CardFound> {
    // A scanned code may carry a prefix; the code itself is the last part.
    const cardShare = cardShareFromCode(code.trim().split(':').pop() ?? '');
    if (!cardShare) return { ok: false, problem: 'bad-code' };
    const state = this.session.memberState;
    if (!state) return { ok: false, problem: 'no-member-room' };
    const card = findCard(state, this.session.identity, this.session.net, cardShare);
    if (!card) return { ok: false, problem: 'unknown-card' };
    return { ok: true, card, cardShare, verdict: await this.verdict(card) };
  }

  async login(found: Extract<CardFound, { ok: true }>, pin: string): Promise<CardLoginResult> {
    const verdict = await this.verdict(found.card);
    if (verdict.kind === 'wait') return { ok: false, problem: 'wait', verdict };
    if (verdict.kind === 'ask-coordinator') return { ok: false, problem: 'ask-coordinator', verdict };
    const state = this.session.memberState;
    if (!state) return { ok: false, problem: 'card-replaced', verdict };
    const unlocked = await unlockCard(state, found.card, found.cardShare, pin);
    if (!unlocked.ok) {
      if (unlocked.problem === 'card-replaced') return { ok: false, problem: 'card-replaced', verdict };
      const attempts = (await this.store.pinAttempts.get(found.card.shareKey)) ?? { ...noAttempts };
      const next = afterWrongPin(attempts, this.now());
      await this.store.pinAttempts.put({ share: found.card.shareKey, ...next });
      return { ok: false, problem: 'wrong-pin', verdict: pinVerdict(next, this.now()) };
    }
    await this.store.pinAttempts.delete(found.card.shareKey);
    return { ok: true, session: new CardSession(this.session, unlocked.identity, found.card.member) };
  }

  private async verdict(card: FoundCard): Promise<PinVerdict> {
    const row = await this.store.pinAttempts.get(card.shareKey);
    return pinVerdict(row ?? noAttempts, this.now());
  }
}
