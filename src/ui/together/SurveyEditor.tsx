// A coordinator makes a look back (docs/protocol-together.md §6): a title, 1–10 questions
// (each a scale 1–5, yes or no, or a choice of 2–6), and the days it is open. What the
// form lets through the body's shape accepts (src/core/entry/bodies/survey.ts).
import { createSignal, For, Index, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import { SurveyCommands } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import { SelectField, TextField } from '../common/Field.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';

type Kind = 'scale' | 'yes-no' | 'choice';
interface Draft {
  text: string;
  kind: Kind;
  choices: string[];
}

const maxQuestions = 10;
const maxChoices = 6;
const day = 24 * 60 * 60 * 1000;

/** A date field's value (YYYY-MM-DD) for a moment, in this device's time zone. */
function dateValue(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const emptyQuestion = (): Draft => ({ text: '', kind: 'scale', choices: [] });

export function SurveyEditor(props: { session: NetworkSession }) {
  const commands = new SurveyCommands(props.session);
  const [title, setTitle] = createSignal('');
  const [questions, setQuestions] = createSignal<Draft[]>([emptyQuestion()]);
  const [opens, setOpens] = createSignal(dateValue(Date.now()));
  const [closes, setCloses] = createSignal(dateValue(Date.now() + 13 * day));
  const [problem, setProblem] = createSignal<string | null>(null);
  const [started, setStarted] = createSignal(false);

  const change = (index: number, update: (draft: Draft) => Draft) =>
    setQuestions((all) => all.map((q, i) => (i === index ? update(q) : q)));
  const setKind = (index: number, kind: Kind) =>
    change(index, (q) => ({ ...q, kind, choices: kind === 'choice' ? (q.choices.length ? q.choices : ['', '']) : [] }));

  const start = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    setStarted(false);
    const drafts = questions();
    const incomplete =
      !title().trim() ||
      drafts.some((q) => !q.text.trim() || (q.kind === 'choice' && q.choices.filter((c) => c.trim()).length < 2));
    if (incomplete) {
      setProblem(t('survey.incomplete'));
      return;
    }
    const from = new Date(`${opens()}T00:00:00`).getTime();
    const until = new Date(`${closes()}T23:59:59.999`).getTime();
    if (!Number.isFinite(from) || !Number.isFinite(until) || until <= from) {
      setProblem(t('survey.badDates'));
      return;
    }
    const result = await commands.start({
      title: title(),
      questions: drafts.map((q) => ({ ...q, choices: q.choices.filter((c) => c.trim()) })),
      opens: from,
      closes: until,
    });
    if (!result.ok) setProblem(problemText(result));
    else {
      setTitle('');
      setQuestions([emptyQuestion()]);
      setStarted(true);
    }
  };

  return (
    <form class="form card" onSubmit={(event) => void start(event)} novalidate data-testid="survey-editor">
      <h3>{t('survey.new')}</h3>
      <TextField id="survey-title" label={t('survey.titleField')} value={title()} onValue={setTitle} maxLength={120} />
      <Index each={questions()}>
        {(question, index) => (
          <fieldset class="survey-question" data-testid="survey-question-draft">
            <legend>{t('survey.question', { n: index + 1 })}</legend>
            <TextField
              id={`survey-q${index}`}
              label={t('survey.questionField')}
              value={question().text}
              onValue={(text) => change(index, (q) => ({ ...q, text }))}
              maxLength={200}
            />
            <SelectField
              id={`survey-q${index}-kind`}
              label={t('survey.kind')}
              value={question().kind}
              onValue={(kind) => setKind(index, kind as Kind)}
              options={(['scale', 'yes-no', 'choice'] as const).map((kind) => ({
                value: kind,
                label: t(`survey.kind.${kind}`),
              }))}
            />
            <Show when={question().kind === 'choice'}>
              <For each={question().choices}>
                {(choice, n) => (
                  <div class="inline-fields">
                    <TextField
                      id={`survey-q${index}-c${n()}`}
                      label={t('survey.choice', { n: n() + 1 })}
                      value={choice}
                      onValue={(text) =>
                        change(index, (q) => ({ ...q, choices: q.choices.map((c, i) => (i === n() ? text : c)) }))
                      }
                      maxLength={60}
                    />
                    <Show when={question().choices.length > 2}>
                      <button
                        type="button"
                        class="button secondary"
                        onClick={() => change(index, (q) => ({ ...q, choices: q.choices.filter((_, i) => i !== n()) }))}
                      >
                        {t('survey.removeChoice', { n: n() + 1 })}
                      </button>
                    </Show>
                  </div>
                )}
              </For>
              <Show when={question().choices.length < maxChoices}>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => change(index, (q) => ({ ...q, choices: [...q.choices, ''] }))}
                >
                  {t('survey.addChoice')}
                </button>
              </Show>
            </Show>
            <Show when={questions().length > 1}>
              <button
                type="button"
                class="button secondary"
                onClick={() => setQuestions((all) => all.filter((_, i) => i !== index))}
              >
                {t('survey.removeQuestion', { n: index + 1 })}
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <Show when={questions().length < maxQuestions}>
        <button type="button" class="button secondary" onClick={() => setQuestions((all) => [...all, emptyQuestion()])}>
          {t('survey.addQuestion')}
        </button>
      </Show>
      <div class="inline-fields">
        <TextField id="survey-opens" type="date" label={t('survey.opens')} value={opens()} onValue={setOpens} />
        <TextField id="survey-closes" type="date" label={t('survey.closes')} value={closes()} onValue={setCloses} />
      </div>
      <ProblemMessage text={problem()} />
      <Show when={started()}>
        <p class="notice" role="status">
          {t('survey.started')}
        </p>
      </Show>
      <button type="submit" class="button">
        {t('survey.start')}
      </button>
    </form>
  );
}
