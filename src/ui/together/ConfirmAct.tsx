// A coordinator's act on someone else's entry of the together page (call off an activity,
// hide a thank-you, a story, a plan): one button, named for screen readers by what it acts
// on, that asks once "Weet je het zeker? Iedereen ziet het dan niet meer." before it writes.
import { createSignal, Show } from 'solid-js';
import type { WriteResult } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';

export function ConfirmAct(props: {
  /** The button's visible word: "Verbergen", "Afgelasten". */
  label: string;
  /** Its name for screen readers, starting with the label: "Verbergen: het verhaal De verhuizing". */
  name: string;
  /** The yes of the question: "Ja, verbergen". */
  yes: string;
  run: () => Promise<WriteResult>;
  testId: string;
}) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  // Focus follows the question and comes back to the button when the answer is no, so a
  // keyboard never loses its place.
  let back = false;
  const act = async () => {
    setBusy(true);
    setProblem(null);
    const result = await props.run();
    setBusy(false);
    if (!result.ok) setProblem(problemText(result));
    setAsking(false);
  };
  return (
    <div class="act" data-testid={props.testId}>
      <Show
        when={asking()}
        fallback={
          <button
            type="button"
            class="button secondary"
            aria-label={props.name}
            ref={(button) => {
              if (back) queueMicrotask(() => button.focus());
              back = false;
            }}
            onClick={() => setAsking(true)}
          >
            {props.label}
          </button>
        }
      >
        <fieldset class="remove-ask">
          <legend>{t('together.sure')}</legend>
          <div class="actions remove-answer">
            <button
              type="button"
              class="button"
              disabled={busy()}
              ref={(button) => queueMicrotask(() => button.focus())}
              onClick={() => void act()}
            >
              {props.yes}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                back = true;
                setAsking(false);
              }}
            >
              {t('together.sureNo')}
            </button>
          </div>
        </fieldset>
      </Show>
      <ProblemMessage text={problem()} />
    </div>
  );
}
