// Logging in with a member card on this device: the code (scanned or typed), then the PIN.
// Wrong PINs are counted here, per card, and limited (src/core/pinAttempts.ts); an attempt is
// counted before its PIN is checked, so attempts made at once cannot slip past the limit.
import { cardShareFromCode } from '../../core/cardKeys.ts';
import { type FoundCard, findCard, unlockCard } from '../../core/cardLogin.ts';
import { beforeTry, noAttempts, type PinVerdict, pinVerdict } from '../../core/pinAttempts.ts';
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
    const state = this.session.memberState;
    if (!state) return { ok: false, problem: 'card-replaced', verdict: await this.verdict(found.card) };
    // Counted before the PIN is checked, in one transaction: attempts made at once each see
    // the ones before them, so the limit holds however many are started together.
    const { verdict, counted } = await this.countAttempt(found.card);
    if (verdict.kind === 'wait') return { ok: false, problem: 'wait', verdict };
    if (verdict.kind === 'ask-coordinator' || !counted) return { ok: false, problem: 'ask-coordinator', verdict };
    const unlocked = await unlockCard(state, found.card, found.cardShare, pin);
    if (!unlocked.ok) {
      // A replaced card's right PIN stays counted: that card opens nothing any more anyway.
      const problem = unlocked.problem === 'card-replaced' ? 'card-replaced' : 'wrong-pin';
      return { ok: false, problem, verdict: pinVerdict(counted, this.now()) };
    }
    await this.store.pinAttempts.delete(found.card.shareKey);
    return { ok: true, session: new CardSession(this.session, unlocked.identity, found.card.member) };
  }

  private countAttempt(card: FoundCard): Promise<ReturnType<typeof beforeTry>> {
    const table = this.store.pinAttempts;
    return this.store.transaction('rw', table, async () => {
      const judged = beforeTry((await table.get(card.shareKey)) ?? noAttempts, this.now());
      if (judged.counted) await table.put({ share: card.shareKey, ...judged.counted });
      return judged;
    });
  }

  private async verdict(card: FoundCard): Promise<PinVerdict> {
    const row = await this.store.pinAttempts.get(card.shareKey);
    return pinVerdict(row ?? noAttempts, this.now());
  }
}
