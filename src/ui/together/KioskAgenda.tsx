// The kiosk's agenda on the wall: today's and this week's activities, big, with time and
// place and no names (the kiosk hangs in a public hall). Read from the member room's state.
import { For, Show } from 'solid-js';
import { kioskAgenda } from '../../data/together/index.ts';
import type { LiveSession } from '../app/session.ts';
import { clockText, dayText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function KioskAgenda(props: { live: LiveSession; now: () => number }) {
  const agenda = props.live.select((view) => kioskAgenda(view.memberState, props.now()));
  const line = (starts: number, ends: number) =>
    t('together.when', { date: dayText(starts), from: clockText(starts), until: clockText(ends) });
  const list = (items: ReturnType<typeof agenda>['today']) => (
    <ul class="kiosk-posts">
      <For each={items}>
        {(activity) => (
          <li class="kiosk-post" data-testid="kiosk-activity">
            <div>
              <h4>{activity.title}</h4>
              <p data-testid="kiosk-activity-when">{line(activity.starts, activity.ends)}</p>
              <p>{t('together.where', { place: activity.place })}</p>
            </div>
          </li>
        )}
      </For>
    </ul>
  );
  return (
    <section aria-labelledby="kiosk-agenda-title" data-testid="kiosk-agenda">
      <h2 id="kiosk-agenda-title">{t('together.agenda')}</h2>
      <Show when={agenda().today.length + agenda().week.length > 0} fallback={<p>{t('together.kioskNone')}</p>}>
        <Show when={agenda().today.length > 0}>
          <h3>{t('together.kioskToday')}</h3>
          {list(agenda().today)}
        </Show>
        <Show when={agenda().week.length > 0}>
          <h3>{t('together.kioskWeek')}</h3>
          {list(agenda().week)}
        </Show>
      </Show>
    </section>
  );
}
