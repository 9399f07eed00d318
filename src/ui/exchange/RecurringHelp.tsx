// Help that comes back (together §7), on an agreed exchange: a date to look together at how
// it goes, maybe an end, and a way to stop kindly. Either side sets it; both see the same.
import { createSignal, For, Show } from 'solid-js';
import { recurringWith } from '../../data/exchange/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

const day = 24 * 60 * 60 * 1000;
/** Review dates offered: within the six months the rule allows (src/core/rules/recurring.ts). */
const reviewChoices = [
  { days: 30, label: 'recurring.in1' },
  { days: 91, label: 'recurring.in3' },
  { days: 182, label: 'recurring.in6' },
] as const;
const endChoices = [
  { days: 0, label: 'recurring.noEnd' },
  { days: 91, label: 'recurring.in3' },
  { days: 182, label: 'recurring.in6' },
  { days: 365, label: 'recurring.ends12' },
] as const;

export function RecurringHelp(props: { session: NetworkSession; live: LiveSession; postId: string; other: string }) {
  const arrangement = props.live.select((view) => recurringWith(view, props.postId, props.other));
  const [review, setReview] = createSignal('91');
  const [ends, setEnds] = createSignal('0');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [said, setSaid] = createSignal<string | null>(null);
  const prefix = `recurring-${props.other.slice(0, 8)}`;
  const stopped = () => {
    const end = arrangement()?.ends;
    return end !== undefined && end !== null && end <= Date.now();
  };

  const write = async (reviewDays: number, endDays: number | null, done: 'recurring.saved' | 'recurring.stopped') => {
    setProblem(null);
    setSaid(null);
    const now = Date.now();
    const result = await props.session.exchange.setRecurring(
      props.postId,
      props.other,
      now + reviewDays * day,
      endDays === null ? null : now + endDays * day,
    );
    if (result.ok) setSaid(t(done));
    else setProblem(problemText(result));
  };
  const agree = (event: SubmitEvent) => {
    event.preventDefault();
    const endDays = Number(ends());
    void write(Number(review()), endDays > 0 ? endDays : null, 'recurring.saved');
  };

  return (
    <div class="recurring" data-testid="recurring">
      <h4>{t('recurring.title')}</h4>
      <Show when={arrangement()} fallback={<p class="hint">{t('recurring.intro')}</p>}>
        {(current) => (
          <Show when={!stopped()}>
            <p data-testid="recurring-review">{t('recurring.reviewOn', { date: dateText(current().review) })}</p>
            <Show when={current().ends}>
              {(end) => <p data-testid="recurring-ends">{t('recurring.endsOn', { date: dateText(end()) })}</p>}
            </Show>
          </Show>
        )}
      </Show>
      <form class="form" onSubmit={agree} novalidate>
        <label for={`${prefix}-review`}>{t('recurring.review')}</label>
        <select id={`${prefix}-review`} value={review()} onChange={(event) => setReview(event.currentTarget.value)}>
          <For each={reviewChoices}>{(choice) => <option value={String(choice.days)}>{t(choice.label)}</option>}</For>
        </select>
        <label for={`${prefix}-ends`}>{t('recurring.ends')}</label>
        <select id={`${prefix}-ends`} value={ends()} onChange={(event) => setEnds(event.currentTarget.value)}>
          <For each={endChoices}>{(choice) => <option value={String(choice.days)}>{t(choice.label)}</option>}</For>
        </select>
        <button type="submit" class="button secondary">
          {t('recurring.save')}
        </button>
      </form>
      <Show when={arrangement() && !stopped()}>
        <button
          type="button"
          class="button secondary recurring-stop"
          onClick={() => void write(30, 0, 'recurring.stopped')}
        >
          {t('recurring.stop')}
        </button>
      </Show>
      <ProblemMessage text={problem()} />
      <Show when={said()}>
        <p class="notice" role="status">
          {said()}
        </p>
      </Show>
    </div>
  );
}
