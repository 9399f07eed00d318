// "Nieuw hier? Meld je aan" at the kiosk: someone without a phone of their own fills in a
// name and a street; the kiosk sends the join for them and says it met them (`met`), so a
// coordinator sees it first. The kiosk admits nobody: the screen (and a slip to print) says
// what happens next. The kiosk forgets the person when they are done or walk away.
import { createSignal, Show } from 'solid-js';
import { helpTextOf } from '../../data/kiosk/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { printSheet } from '../format/printSheet.ts';
import { t } from '../i18n.ts';
import { createJoinDetails, JoinDetailsFields, joinDetailsProblem } from '../joining/JoinDetails.tsx';
import { Sheet } from './PrintSheets.tsx';
import { ScreenReadAloud } from './ReadAloud.tsx';

export function KioskSignUp(props: { session: NetworkSession; live: LiveSession; onDone: () => void }) {
  const details = createJoinDetails();
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [sent, setSent] = createSignal<string | null>(null);
  const help = props.live.select(helpTextOf);
  const network = () => props.session.record.name;

  // A function: the words follow a change of language.
  const texts = () => ({ name: t('kiosk.signUpName'), area: t('kiosk.signUpArea'), contact: t('kiosk.signUpContact') });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(joinDetailsProblem(details, texts()));
    if (problem()) return;
    setBusy(true);
    try {
      const result = await props.session.admission.signUpHere({
        name: details.name().trim(),
        area: details.area().trim(),
        offers: [],
        words: '',
        languages: [],
        note: '',
        contact: details.contact().trim(),
      });
      if (result.ok) setSent(details.name().trim());
      else setProblem(problemText(result));
    } finally {
      setBusy(false);
    }
  };

  let slip: HTMLElement | undefined;
  return (
    <main id="main" class="kiosk-screen" data-testid="kiosk-sign-up">
      <h1>{t('kiosk.signUpTitle', { name: network() })}</h1>
      <ScreenReadAloud />
      <Show
        when={sent()}
        fallback={
          <form
            class="kiosk-form kiosk-sign-up-form"
            onSubmit={(event) => void submit(event)}
            novalidate
            aria-labelledby="sign-up-intro"
          >
            <p id="sign-up-intro">{t('kiosk.signUpIntro')}</p>
            <JoinDetailsFields id="sign-up" details={details} texts={texts()} shared inputClass="kiosk-input" />
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
