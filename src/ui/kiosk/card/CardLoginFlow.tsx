// Logging in with a member card: show the card to the camera (or type its code), then the
// PIN on a big keypad. Wrong PINs are limited per card on this device. Whatever was typed
// is forgotten when the flow ends.
import { createSignal, For, onCleanup, Show } from 'solid-js';
import type { PinVerdict } from '../../../core/pinAttempts.ts';
import type { CardFound, CardSession } from '../../../data/kiosk/index.ts';
import { CardLogin, KioskDatabase } from '../../../data/kiosk/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import type { MessageKey } from '../../../i18n/translate.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { timeText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import { QrScanner } from '../QrScanner.tsx';
import { ScreenReadAloud } from '../ReadAloud.tsx';

const pinAttempts = new KioskDatabase();

function verdictText(verdict: PinVerdict): string | null {
  if (verdict.kind === 'wait') return t('card.pinWait', { time: timeText(verdict.until) });
  if (verdict.kind === 'ask-coordinator') return t('card.pinLocked');
  return null;
}

export function CardLoginFlow(props: {
  session: NetworkSession;
  onLogin: (card: CardSession) => void;
  onCancel: () => void;
}) {
  const login = new CardLogin(props.session, pinAttempts);
  const [found, setFound] = createSignal<Extract<CardFound, { ok: true }> | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const forget = () => {
    found()?.cardShare.fill(0);
    setFound(null);
  };
  onCleanup(forget);

  const useCode = async (code: string) => {
    setProblem(null);
    const result = await login.find(code);
    if (!result.ok) {
      setProblem(t(`card.problem.${result.problem}` as MessageKey));
      return;
    }
    const blocked = verdictText(result.verdict);
    if (blocked) {
      result.cardShare.fill(0);
      setProblem(blocked);
      return;
    }
    setFound(result);
  };

  return (
    <main id="main" class="kiosk-screen" data-testid="card-login">
      <ScreenReadAloud />
      <Show when={found()} fallback={<CodeStep onCode={(code) => void useCode(code)} problem={problem()} />}>
        {(card) => (
          <PinStep
            login={login}
            card={card()}
            onLogin={(session) => {
              forget();
              props.onLogin(session);
            }}
          />
        )}
      </Show>
      <button type="button" class="button secondary kiosk-back" onClick={() => props.onCancel()}>
        {t('common.back')}
      </button>
    </main>
  );
}

function CodeStep(props: { onCode: (code: string) => void; problem: string | null }) {
  const [code, setCode] = createSignal('');
  return (
    <>
      <h1>{t('card.showTitle')}</h1>
      <p>{t('card.showHint')}</p>
      <QrScanner onCode={props.onCode} />
      <form
        class="kiosk-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (code().trim()) props.onCode(code());
        }}
      >
        <label for="card-code">{t('card.code')}</label>
        <input
          id="card-code"
          class="kiosk-input"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={code()}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
        <button type="submit" class="button kiosk-big">
          {t('card.next')}
        </button>
      </form>
      <ProblemMessage text={props.problem} />
    </>
  );
}

function PinStep(props: {
  login: CardLogin;
  card: Extract<CardFound, { ok: true }>;
  onLogin: (card: CardSession) => void;
}) {
  const [pin, setPin] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  onCleanup(() => setPin(''));
  const submit = async () => {
    if (busy() || pin().length < 4) return;
    setBusy(true);
    setProblem(null);
    const result = await props.login.login(props.card, pin());
    setPin('');
    setBusy(false);
    if (result.ok) {
      props.onLogin(result.session);
      return;
    }
    if (result.problem === 'card-replaced') setProblem(t('card.problem.replaced'));
    else if (result.problem === 'wrong-pin' && result.verdict.kind === 'may-try')
      setProblem(t('card.pinWrong', { count: result.verdict.triesLeft }));
    else setProblem(verdictText(result.verdict));
  };
  const press = (digit: string) => setPin((value) => (value.length < 8 ? value + digit : value));
  return (
    <>
      <h1>{t('card.pinTitle')}</h1>
      <p>{t('card.pinHint')}</p>
      <form
        class="kiosk-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label for="card-pin">{t('card.pin')}</label>
        <input
          id="card-pin"
          class="kiosk-input pin"
          type="password"
          inputmode="numeric"
          autocomplete="off"
          maxlength="8"
          value={pin()}
          onInput={(event) => setPin(event.currentTarget.value.replace(/\D/g, ''))}
        />
        {/* Right under the field, not under the keypad: on a wall screen a message below the
            keys lies past the fold, and a wrong PIN would look like nothing happened. */}
        <ProblemMessage text={problem()} />
        <fieldset class="keypad" data-no-read>
          <legend class="visually-hidden">{t('card.keypad')}</legend>
          <For each={['1', '2', '3', '4', '5', '6', '7', '8', '9']}>
            {(digit) => (
              <button type="button" class="button secondary key" onClick={() => press(digit)}>
                {digit}
              </button>
            )}
          </For>
          <button type="button" class="button secondary key key-word" onClick={() => setPin('')}>
            {t('card.pinClear')}
          </button>
          <button type="button" class="button secondary key" onClick={() => press('0')}>
            0
          </button>
          <button type="submit" class="button key key-word" disabled={busy()}>
            {t('card.pinOk')}
          </button>
        </fieldset>
      </form>
      <Show when={busy()}>
        <p role="status">{t('card.checking')}</p>
      </Show>
    </>
  );
}
