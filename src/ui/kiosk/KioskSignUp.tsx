// "Nieuw hier? Meld je aan" at the kiosk: someone without a phone of their own fills in a
// name and a street; the kiosk sends the join for them and says it met them (`met`), so a
// coordinator sees it first. The kiosk admits nobody: the screen (and a slip to print) says
// what happens next. The kiosk forgets the person when they are done or walk away.
import { createSignal, Show } from 'solid-js';
import { helpTextOf } from '../../data/kiosk/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { TextField } from '../common/Field.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { printSheet } from '../format/printSheet.ts';
import { t } from '../i18n.ts';
import { Sheet } from './PrintSheets.tsx';

export function KioskSignUp(props: { session: NetworkSession; live: LiveSession; onDone: () => void }) {
  const [name, setName] = createSignal('');
  const [area, setArea] = createSignal('');
  const [contact, setContact] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [sent, setSent] = createSignal<string | null>(null);
  const help = props.live.select(helpTextOf);
  const network = () => props.session.record.name;

  /** What is wrong with the form, or null (the same limits as the invite page's form). */
  const check = (): string | null => {
    if (!name().trim()) return t('problem.field.too-short', { field: t('field.name') });
    if ([...name().trim()].length > 60) return t('problem.field.too-long', { field: t('field.name'), max: 60 });
    if ([...area().trim()].length > 80) return t('problem.field.too-long', { field: t('field.area'), max: 80 });
    if ([...contact().trim()].length > 200) {
      return t('problem.field.too-long', { field: t('kiosk.signUpContact'), max: 200 });
    }
    return null;
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(check());
    if (problem()) return;
    setBusy(true);
    try {
      const result = await props.session.admission.signUpHere({
        name: name().trim(),
        area: area().trim(),
        offers: [],
        words: '',
        languages: [],
        note: '',
        contact: contact().trim(),
      });
      if (result.ok) setSent(name().trim());
      else setProblem(problemText(result));
    } finally {
      setBusy(false);
    }
  };

  let slip: HTMLElement | undefined;
  return (
    <main id="main" class="kiosk-screen" data-testid="kiosk-sign-up">
      <h1>{t('kiosk.signUpTitle', { name: network() })}</h1>
      <Show
        when={sent()}
        fallback={
          <form class="form" onSubmit={(event) => void submit(event)} novalidate aria-labelledby="sign-up-intro">
            <p id="sign-up-intro">{t('kiosk.signUpIntro')}</p>
            <TextField
              id="sign-up-name"
              label={t('kiosk.signUpName')}
              value={name()}
              onValue={setName}
              autocomplete="off"
            />
            <TextField
              id="sign-up-area"
              label={t('kiosk.signUpArea')}
              value={area()}
              onValue={setArea}
              autocomplete="off"
            />
            <TextField
              id="sign-up-contact"
              label={t('kiosk.signUpContact')}
              value={contact()}
              onValue={setContact}
              autocomplete="off"
            />
            <Show when={busy()}>
              <p role="status">{t('kiosk.signUpBusy')}</p>
            </Show>
            <ProblemMessage text={problem()} />
            <div class="actions">
              <button type="submit" class="button kiosk-big" disabled={busy()}>
                {t('kiosk.signUpSend')}
              </button>
              <button type="button" class="button secondary" onClick={() => props.onDone()}>
                {t('kiosk.signUpBack')}
              </button>
            </div>
          </form>
        }
      >
        {(who) => (
          <div class="notice" role="status" data-testid="kiosk-sign-up-sent">
            <p>{t('kiosk.signUpDone', { name: who() })}</p>
            <p>{t('kiosk.signUpNext')}</p>
            <Show when={help()}>
              <p>{t('kiosk.signUpHelp', { help: help() })}</p>
            </Show>
            <div class="actions">
              <button type="button" class="button secondary" onClick={() => printSheet(slip)}>
                <Pictogram name="print" /> {t('kiosk.signUpPrint')}
              </button>
              <button type="button" class="button" onClick={() => props.onDone()}>
                {t('kiosk.signUpDoneButton')}
              </button>
            </div>
            <Sheet testId="sign-up-slip" ref={(el) => (slip = el)}>
              <h2>{network()}</h2>
              <p>{t('kiosk.signUpDone', { name: who() })}</p>
              <p>{t('kiosk.signUpNext')}</p>
              <Show when={help()}>
                <p class="slip-help">{t('kiosk.signUpHelp', { help: help() })}</p>
              </Show>
            </Sheet>
          </div>
        )}
      </Show>
    </main>
  );
}
