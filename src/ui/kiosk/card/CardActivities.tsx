// A card member's part in activities at the kiosk (together §1): "Ik was er" for what the
// organiser listed them at, and "Ik kom" or "Ik kom toch niet" for this week's, signed with
// the card. Shown only when there is something to say.
import { createSignal, For, Show } from 'solid-js';
import type { CardSession } from '../../../data/kiosk/index.ts';
import type { WriteResult } from '../../../data/session/index.ts';
import { type AgendaItem, agendaAt } from '../../../data/together/index.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { dateText, timeText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';

const week = 7 * 24 * 60 * 60 * 1000;

export function CardActivities(props: { card: CardSession; live: LiveSession }) {
  const agenda = props.live.select(() => agendaAt(Date.now())(props.card));
  const toConfirm = () => (agenda()?.past ?? []).filter((item) => item.mine.listed && !item.mine.came);
  const soon = () => (agenda()?.items ?? []).filter((item) => item.activity.starts < Date.now() + week);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [said, setSaid] = createSignal(false);
  const act = async (run: () => Promise<WriteResult>) => {
    setProblem(null);
    setSaid(false);
    const result = await run();
    if (result.ok) setSaid(true);
    else setProblem(problemText(result));
  };
  const when = (item: AgendaItem) =>
    t('together.when', {
      date: dateText(item.activity.starts),
      from: timeText(item.activity.starts),
      until: timeText(item.activity.ends),
    });
  return (
    <Show when={toConfirm().length + soon().length > 0}>
      <section aria-labelledby="card-activities-title" data-testid="card-activities">
        <h2 id="card-activities-title">{t('together.agenda')}</h2>
        <ul class="kiosk-list">
          <For each={toConfirm()}>
            {(item) => (
              <li data-testid="card-activity">
                <p>
                  <strong>{item.activity.title}</strong> · {when(item)}
                </p>
                <button
                  type="button"
                  class="button kiosk-item"
                  onClick={() => void act(() => props.card.together.came(item.activity.id))}
                >
                  {t('together.iWasThere')}
                </button>
              </li>
            )}
          </For>
          <For each={soon()}>
            {(item) => (
              <li data-testid="card-activity">
                <p>
                  <strong>{item.activity.title}</strong> · {when(item)} ·{' '}
                  {t('together.where', { place: item.activity.place })}
                </p>
                <button
                  type="button"
                  class="button secondary kiosk-item"
                  onClick={() => void act(() => props.card.together.signUp(item.activity.id, !item.mine.coming))}
                >
                  {item.mine.coming ? t('together.signOff') : t('together.signUp')}
                </button>
              </li>
            )}
          </For>
        </ul>
        <ProblemMessage text={problem()} />
        <Show when={said()}>
          <p class="notice" role="status">
            {t('together.cardSaid')}
          </p>
        </Show>
      </section>
    </Show>
  );
}
