// One look back's results (docs/protocol-together.md §6), as the coordinator's section and the
// report show them: the answers beside the members who said they took part (flagged when
// the answers are more), and per question a table of counts per answer — nothing under 5
// answers, "< 5" for a small count (src/core/state/surveyResults.ts decides what shows).
import { For, Show } from 'solid-js';
import type { Figure, QuestionResult, SurveyResult } from '../../data/together/index.ts';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function figureText(figure: Figure): string {
  if (figure.kind === 'count') return String(figure.value);
  return figure.kind === 'few' ? t('report.few') : t('report.hidden');
}

/** The words of each possible answer, in the order of its counts. */
function answerLabels(question: QuestionResult): string[] {
  if (question.kind === 'scale') return ['1', '2', '3', '4', '5'];
  if (question.kind === 'yes-no') return [t('survey.no'), t('survey.yes')];
  return question.choices;
}

export function SurveyResultView(props: { result: SurveyResult; heading: 'h2' | 'h3' }) {
  const title = () => props.result.title;
  return (
    <article class="card survey-result" data-testid="survey-result">
      <Show when={props.heading === 'h2'} fallback={<h3 dir="auto">{title()}</h3>}>
        <h2 dir="auto">{title()}</h2>
      </Show>
      <p class="meta">
        {t('survey.period', { opens: dateText(props.result.opens), closes: dateText(props.result.closes) })}
      </p>
      <dl class="survey-totals">
        <dt>{t('survey.answers')}</dt>
        <dd data-testid="survey-answers">{figureText(props.result.answers)}</dd>
        <dt>{t('survey.answered')}</dt>
        <dd data-testid="survey-answered">{figureText(props.result.answered)}</dd>
      </dl>
      <Show when={props.result.moreAnswers}>
        <p class="notice" data-testid="survey-more-answers">
          {t('survey.moreAnswers')}
        </p>
      </Show>
      <Show when={props.result.questions} fallback={<p>{t('survey.tooFew')}</p>}>
        {(questions) => (
          <For each={questions()}>
            {(question) => (
              <table class="table figures" data-testid="survey-question">
                <caption dir="auto">{question.text}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('survey.answer')}</th>
                    <th scope="col">{t('survey.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={question.counts}>
                    {(count, index) => (
                      <tr data-testid="survey-count">
                        <th scope="row" dir="auto">
                          {answerLabels(question)[index()]}
                        </th>
                        <td>{figureText(count)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            )}
          </For>
        )}
      </Show>
    </article>
  );
}
