// The steps of a pairing as every screen that pairs goes through them (a second device, a
// member moved to a new key, the kiosk), on either side: a code shown or typed, the check
// digits compared on both screens, then this screen's own work; or a failure in plain
// words. One machine, so the screens cannot drift in how they end, close or say a problem.
//
//   typing side:  idle ─type→ connecting ──────────→ check ─same→ working ─→ matched
//   showing side:        show→ connecting → code ──→ check ─same→ working ─→ matched
//   any step ─problem→ failed (the link closed; the typing side shows its form again)
//
// A screen that only shows the check digits while the other screen compares them (the
// kiosk) goes from the link straight to working.
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import { t } from '../i18n.ts';
import { pairingProblem, type SecureLink, showCode, typeCode } from './pairingSteps.ts';

/** Ends a pairing with words of its own (the digits differed, a write was refused). */
export class PairingStop extends Error {
  readonly text: string;
  constructor(text: string) {
    super(text);
    this.text = text;
  }
}

export type PairingStep<T> =
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'code'; code: string }
  | { kind: 'check'; link: SecureLink }
  | { kind: 'working'; link: SecureLink }
  | { kind: 'matched'; value: T }
  | { kind: 'failed'; problem: string };

export interface PairingFlow<T> {
  step: Accessor<PairingStep<T>>;
  /** The last failure in words, until the next attempt. */
  problem: Accessor<string | null>;
  /** This device typed (or scanned) the other one's code. */
  type(code: string): Promise<void>;
  /** This device shows a code for the other one to type. */
  show(): Promise<void>;
  /** The person's answer: the same digits on both screens, or not. */
  answer(same: boolean): void;
  /** Ends the pairing: the link is closed and the reason said (a PairingStop's words, or the pairing's own). */
  fail(reason: unknown): void;
}

export function createPairingFlow<T>(options: {
  /** This screen's work once the digits matched; what it resolves with is shown as matched. */
  matched: (link: SecureLink) => Promise<T>;
  /** False where the other screen compares the digits and this one only shows them. */
  compares?: boolean;
  /** Said for a failure that is not the link's own (its cause is logged). */
  otherwise?: () => string;
}): PairingFlow<T> {
  const [step, setStep] = createSignal<PairingStep<T>>({ kind: 'idle' });
  let close = () => {};
  let disposed = false;
  /** Each start counts up: what an earlier attempt resolves with later is dropped. */
  let attempt = 0;
  const current = (n: number) => !disposed && n === attempt;
  const onClose = (closer: () => void) => {
    close = closer;
    if (disposed) closer();
  };
  onCleanup(() => {
    disposed = true;
    close();
  });

  const fail = (reason: unknown) => {
    close();
    if (disposed) return;
    const problem = reason instanceof PairingStop ? reason.text : pairingProblem(reason, options.otherwise?.());
    setStep({ kind: 'failed', problem });
  };
  const work = async (link: SecureLink, n: number) => {
    setStep({ kind: 'working', link });
    try {
      const value = await options.matched(link);
      if (current(n)) setStep({ kind: 'matched', value });
    } catch (error) {
      if (current(n)) fail(error);
    }
  };
  const linked = (link: SecureLink, n: number) => {
    if (!current(n)) return link.close();
    if (options.compares === false) void work(link, n);
    else setStep({ kind: 'check', link });
  };
  const start = async (open: () => Promise<SecureLink>) => {
    const n = ++attempt;
    close();
    setStep({ kind: 'connecting' });
    try {
      linked(await open(), n);
    } catch (error) {
      if (current(n)) fail(error);
    }
  };

  return {
    step,
    problem: () => {
      const s = step();
      return s.kind === 'failed' ? s.problem : null;
    },
    type: (code) => start(() => typeCode(code, onClose)),
    show: () => {
      const n = attempt + 1;
      return start(() => showCode((code) => current(n) && setStep({ kind: 'code', code }), onClose));
    },
    answer: (same) => {
      const s = step();
      if (s.kind !== 'check') return;
      if (same) void work(s.link, attempt);
      else fail(new PairingStop(t('device.problem.different')));
    },
    fail,
  };
}
