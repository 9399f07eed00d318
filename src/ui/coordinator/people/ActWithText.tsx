// A coordinator act that asks for a few words first (a reason, a kind note): one button
// opens a small form, a second one does it. The result is said where the button was.
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { WriteResult } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';

export interface ActWithTextProps {
  /** The first button's text. */
  label: string;
  /** What it is about, for screen readers: "Verbergen: Koop mijn fiets". */
  about?: string | null | undefined;
  /** The text field's label. */
  field: string;
  hint?: string | undefined;
  initial?: string | undefined;
  /** Words are needed (a reason); otherwise the field may stay empty. */
  required?: boolean | undefined;
  confirm: string;
  done: string;
  run: (text: string) => Promise<WriteResult>;
  secondary?: boolean | undefined;
}

export function ActWithText(props: ActWithTextProps) {
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const [text, setText] = createSignal(props.initial ?? '');
  // Words the coordinator typed are kept; words not yet touched follow `initial`, which may
  // change while the page is open (a name that arrived after the line was first shown).
  const [edited, setEdited] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (props.required && !text().trim()) {
      setProblem(t('toolkit.needWords'));
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await props.run(text());
    setBusy(false);
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setDone(true);
    setOpen(false);
  };
  const name = () => (props.about ? `${props.label}: ${props.about}` : props.label);
  return (
    <div class="act">
      <button
        type="button"
        class={props.secondary === false ? 'button' : 'button secondary'}
        aria-expanded={open()}
        aria-controls={`${id}-form`}
        aria-label={name()}
        onClick={() => {
          if (!open() && !edited()) setText(props.initial ?? '');
          setOpen(!open());
          setDone(false);
        }}
      >
        {props.label}
      </button>
      <Show when={open()}>
        <form id={`${id}-form`} class="form compact act-form" onSubmit={(event) => void submit(event)}>
          <div class="field">
            <label for={`${id}-text`}>{props.field}</label>
            <Show when={props.hint}>
              <p class="hint" id={`${id}-hint`}>
                {props.hint}
              </p>
            </Show>
            <textarea
              id={`${id}-text`}
              rows="3"
              value={text()}
              aria-describedby={props.hint ? `${id}-hint` : undefined}
              onInput={(event) => {
                setText(event.currentTarget.value);
                setEdited(true);
              }}
            />
          </div>
          <div class="actions">
            <button type="submit" class="button" disabled={busy()}>
              {props.confirm}
            </button>
            <button type="button" class="button secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <ProblemMessage text={problem()} />
        </form>
      </Show>
      <Show when={done()}>
        <p role="status" class="done">
          {props.done}
        </p>
      </Show>
    </div>
  );
}
