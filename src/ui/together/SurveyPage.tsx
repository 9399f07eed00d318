// "Terugblik" (docs/protocol-together.md §6): the member answers the open look back — big
// radio buttons, one question per group (a scale of 1 to 5 in one row), "Versturen". The page says plainly that answers
// are anonymous; the device writes "I took part" at once and the answer later, by a key
// made for it alone (src/data/together/surveyCommands.ts).
import { type Accessor, createSignal, For, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import { type Survey, SurveyCommands, surveysTakenPart, surveysToAnswer } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function SurveyPage(props: { session: NetworkSession; live: LiveSession; now: Accessor<number> }) {
  const open = props.live.select((view) => surveysToAnswer(view, props.now()));
  // Answered on this device or another of this member's: thanked, and nothing more to fill in.
  const done = props.live.select((view) => surveysTakenPart(view, props.now()).length > 0);
  const [sent, setSent] = createSignal(false);
  const thanked = () => sent() || (done() && !open()[0]);
  return (
    <>
      <h1>{t('survey.title')}</h1>
      <p class="notice" data-testid="survey-anonymous">
        {t('survey.anonymous')}
      </p>
      <Show when={thanked()}>
        <p class="notice" role="status">
          {t('survey.thanks')}
        </p>
      </Show>
      <Show when={open()[0]} fallback={<Show when={!thanked()}>{<p>{t('survey.none')}</p>}</Show>}>
        {(survey) => <SurveyForm session={props.session} survey={survey()} onSent={() => setSent(true)} />}
      </Show>
    </>
  );
}

function SurveyForm(props: { session: NetworkSession; survey: Survey; onSent: () => void }) {
  const commands = new SurveyCommands(props.session);
  const [answers, setAnswers] = createSignal<(number | null)[]>(props.survey.questions.map(() => null));
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const choose = (index: number, value: number) => {
    setAnswers((all) => all.map((a, i) => (i === index ? value : a)));
    // "Kies bij elke vraag een antwoord" goes once every question has one: no stale red line.
    if (answers().every((a) => a !== null)) setProblem(null);
  };

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const chosen = answers();
    if (chosen.some((a) => a === null)) {
      setProblem(t('survey.missing'));
      return;
    }
    setBusy(true);
    const result = await commands.answer(props.survey.id, chosen as number[]);
    setBusy(false);
    if (!result.ok) setProblem(problemText(result));
    else props.onSent();
  };

  return (
    <form class="form card" onSubmit={(event) => void send(event)} novalidate data-testid="survey-form">
      <h2 dir="auto">{props.survey.title}</h2>
      <p class="meta">{t('survey.until', { date: dateText(props.survey.closes) })}</p>
      <For each={props.survey.questions}>
        {(question, index) => {
          const options = (): { value: number; label: string }[] =>
            question.kind === 'scale'
              ? [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))
              : question.kind === 'yes-no'
                ? [
                    { value: 1, label: t('survey.yes') },
                    { value: 0, label: t('survey.no') },
                  ]
                : question.choices.map((choice, n) => ({ value: n, label: choice }));
          return (
            <fieldset
              class={`choices ${question.kind === 'scale' ? 'scale' : 'single'}`}
              // What 1 and 5 mean, said with the question to a screen reader too.
              aria-describedby={question.kind === 'scale' ? `survey-${index()}-scale` : undefined}
            >
              <legend dir="auto">{question.text}</legend>
              <Show when={question.kind === 'scale'}>
                <p class="hint" id={`survey-${index()}-scale`}>
                  {t('survey.scaleLow')} · {t('survey.scaleHigh')}
                </p>
              </Show>
              <For each={options()}>
                {(option) => (
                  <label class="choice">
                    <input
                      type="radio"
                      name={`survey-${index()}`}
                      checked={answers()[index()] === option.value}
                      onChange={() => choose(index(), option.value)}
                    />
                    <span dir="auto">{option.label}</span>
                  </label>
                )}
              </For>
            </fieldset>
          );
        }}
      </For>
      <ProblemMessage text={problem()} />
      <button type="submit" class="button" disabled={busy()}>
        {t('survey.send')}
      </button>
    </form>
  );
}
