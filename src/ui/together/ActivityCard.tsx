// One activity on the agenda, with what this member can do about it now: sign up or off
// before; afterwards the organiser ticks who came and each participant says "Ik was er";
// a coordinator approves the pot's part, says "was er" for a card member, and calls off
// someone else's activity (asking once first).
import { createSignal, For, Show } from 'solid-js';
import type { NetworkSession, WriteResult } from '../../data/session/index.ts';
import type { AgendaItem } from '../../data/together/index.ts';
import { sharesOf } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import { clockText, dayText, hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { ConfirmAct } from './ConfirmAct.tsx';

export interface CardProps {
  session: NetworkSession;
  item: AgendaItem;
  now: number;
  coordinator: boolean;
  cardMembers: string[];
  nameOf: (key: string) => string;
}

export function ActivityCard(props: CardProps) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const a = () => props.item.activity;
  const started = () => a().starts <= props.now;
  const names = (keys: string[]) => keys.map(props.nameOf).join(', ');
  const run = async (write: () => Promise<WriteResult>) => {
    setBusy(true);
    const result = await write();
    setBusy(false);
    setProblem(result.ok ? null : problemText(result));
    return result.ok;
  };
  // The organiser may tick anyone who signed up or is on its list already.
  const candidates = () => [...new Set([...props.item.coming, ...(a().attendance?.present ?? [])])];
  const [ticked, setTicked] = createSignal<Set<string>>(new Set(a().attendance?.present ?? props.item.coming));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(ticked());
    if (on) next.add(key);
    else next.delete(key);
    setTicked(next);
  };
  const share = () => sharesOf(a().worth, a().pay);
  const confirmed = () => (a().attendance?.present ?? []).filter((key) => props.item.came.has(key)).length;
  const cardsToConfirm = () =>
    (a().attendance?.present ?? []).filter((key) => props.cardMembers.includes(key) && !props.item.came.has(key));
  return (
    <article class="card activity" data-testid="activity" data-activity={a().id} aria-labelledby={`act-${a().id}`}>
      <h3 id={`act-${a().id}`}>{a().title}</h3>
      <p class="meta" data-testid="activity-when">
        {t('together.when', { date: dayText(a().starts), from: clockText(a().starts), until: clockText(a().ends) })}
      </p>
      <p>{t('together.where', { place: a().place })}</p>
      <p class="meta">{t('together.organiser', { name: props.nameOf(a().organiser) })}</p>
      <Show when={a().text}>
        <p>{a().text}</p>
      </Show>
      <p class="meta" data-testid="activity-places">
        {t('together.places', { count: props.item.coming.length, seats: a().seats || '∞' })}
      </p>
      <Show when={props.item.seated.length > 0}>
        <p>{t('together.coming', { names: names(props.item.seated) })}</p>
      </Show>
      <Show when={props.item.waiting.length > 0}>
        <p>{t('together.waiting', { names: names(props.item.waiting) })}</p>
      </Show>

      <Show when={!started() && !props.item.mine.organiser}>
        <Show when={props.item.mine.coming}>
          <p role="status">{t('together.youAreComing')}</p>
          <Show when={share().member > 0}>
            <p class="hint">{t('together.yourPart', { time: hoursText(share().member) })}</p>
          </Show>
        </Show>
        <button
          type="button"
          class="button"
          disabled={busy()}
          data-testid={props.item.mine.coming ? 'sign-off' : 'sign-up'}
          onClick={() => void run(() => props.session.together.signUp(a().id, !props.item.mine.coming))}
        >
          {props.item.mine.coming ? t('together.signOff') : t('together.signUp')}
        </button>
      </Show>

      <Show when={started() && props.item.mine.organiser}>
        <fieldset class="field" data-testid="attendance">
          <legend>{t('together.whoCame')}</legend>
          <For each={candidates()}>
            {(key) => (
              <label class="choice">
                <input
                  type="checkbox"
                  checked={ticked().has(key)}
                  onChange={(event) => toggle(key, event.currentTarget.checked)}
                />
                {props.nameOf(key)}
              </label>
            )}
          </For>
        </fieldset>
        <button
          type="button"
          class="button"
          disabled={busy()}
          data-testid="save-attendance"
          onClick={() =>
            void run(() => props.session.together.attendance(a().id, [...ticked()])).then((ok) => setSaved(ok))
          }
        >
          {t('together.saveAttendance')}
        </button>
        <Show when={saved()}>
          <p role="status">{t('together.attendanceSaved')}</p>
        </Show>
        <Show when={a().attendance}>
          {(list) => (
            <p class="meta" data-testid="confirmed">
              {t('together.listedCame', { count: confirmed(), listed: list().present.length })}
            </p>
          )}
        </Show>
      </Show>

      <Show when={started() && !props.item.mine.organiser && (props.item.mine.coming || props.item.mine.listed)}>
        <Show
          when={props.item.mine.came}
          fallback={
            <button
              type="button"
              class="button"
              disabled={busy()}
              data-testid="i-was-there"
              onClick={() => void run(() => props.session.together.came(a().id))}
            >
              {t('together.iWasThere')}
            </button>
          }
        >
          <p role="status" data-testid="you-came">
            {t('together.youCame')}
          </p>
        </Show>
      </Show>

      <Show when={props.item.potWaiting > 0}>
        <p class="hint">{t('together.potWaiting', { time: hoursText(props.item.potWaiting) })}</p>
      </Show>
      <Show when={props.coordinator && a().pay !== 'participants'}>
        <Show
          when={props.item.approved}
          fallback={
            <button
              type="button"
              class="button secondary"
              disabled={busy()}
              data-testid="approve"
              onClick={() => void run(() => props.session.together.approve(a().id))}
            >
              {t('together.approve')}
            </button>
          }
        >
          <p class="meta">{t('together.approved')}</p>
        </Show>
      </Show>
      <Show when={props.coordinator && started()}>
        <For each={cardsToConfirm()}>
          {(key) => (
            <button
              type="button"
              class="button secondary"
              disabled={busy()}
              onClick={() => void run(() => props.session.together.cameFor(a().id, key))}
            >
              {t('together.cameFor', { name: props.nameOf(key) })}
            </button>
          )}
        </For>
      </Show>
      <Show when={props.item.mine.organiser && a().ends > props.now}>
        <button
          type="button"
          class="button secondary"
          disabled={busy()}
          onClick={() => void run(() => props.session.together.cancel(a().id, ''))}
        >
          {t('together.cancel')}
        </button>
      </Show>
      <Show when={props.coordinator && !props.item.mine.organiser && a().ends > props.now}>
        <ConfirmAct
          label={t('together.callOff')}
          name={t('together.callOffName', { title: a().title })}
          yes={t('together.callOffYes')}
          testId="call-off"
          run={() => props.session.together.cancel(a().id, '')}
        />
      </Show>
      <Show when={problem()}>
        <p class="problem" role="alert">
          {problem()}
        </p>
      </Show>
    </article>
  );
}
