// How many wrong PINs a card gets at one kiosk. The kiosk keeps the count itself, per card
// (the card's locked share: a new PIN from the coordinator is a new share and a new count).
// Three wrong PINs: wait a quarter of an hour. Six: only a coordinator can help (a new PIN).
// Offline guessing needs the card and the kiosk's storage together; this limits the rest.

export interface PinAttempts {
  /** Wrong PINs in a row for this card on this kiosk. */
  wrong: number;
  /** No PIN is tried before this time (ms). */
  waitUntil: number;
}

export const triesBeforeWait = 3;
export const triesBeforeCoordinator = 6;
export const waitMs = 15 * 60_000;

export type PinVerdict =
  | { kind: 'may-try'; triesLeft: number }
  | { kind: 'wait'; until: number }
  | { kind: 'ask-coordinator' };

export const noAttempts: PinAttempts = { wrong: 0, waitUntil: 0 };

export function pinVerdict(attempts: PinAttempts, now: number): PinVerdict {
  if (attempts.wrong >= triesBeforeCoordinator) return { kind: 'ask-coordinator' };
  if (now < attempts.waitUntil) return { kind: 'wait', until: attempts.waitUntil };
  const inRound = attempts.wrong % triesBeforeWait;
  return { kind: 'may-try', triesLeft: triesBeforeWait - inRound };
}

/**
 * An attempt is counted as wrong before its PIN is checked, so two attempts at once can never
 * both be judged on the count before either: the verdict, and the count to store if it may try.
 * A right PIN then clears the count.
 */
export function beforeTry(attempts: PinAttempts, now: number): { verdict: PinVerdict; counted: PinAttempts | null } {
  const verdict = pinVerdict(attempts, now);
  return { verdict, counted: verdict.kind === 'may-try' ? afterWrongPin(attempts, now) : null };
}

export function afterWrongPin(attempts: PinAttempts, now: number): PinAttempts {
  const wrong = attempts.wrong + 1;
  return { wrong, waitUntil: wrong % triesBeforeWait === 0 ? now + waitMs : attempts.waitUntil };
}
