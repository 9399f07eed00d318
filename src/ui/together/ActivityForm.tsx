// The form to put an activity on the agenda: what, where (a place, never a home address),
// when (one day, from–to), places, and the hours it is worth to the organiser. Who pays is
// proposed from the network's `activityPay` policy; the organiser may choose otherwise.
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { ActivityPay } from '../../core/entry/bodies.ts';
import { activityPayChoices, maxActivityLength } from '../../core/entry/bodies.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import { minutesFromHours } from '../format/hoursInput.ts';
import { t } from '../i18n.ts';

/** A local date and time from the form's inputs, as ms since 1970. */
function momentOf(date: string, time: string): number {
  return new Date(`${date}T${time}`).getTime();
}

export function ActivityForm(props: {
  session: NetworkSession;
  categories: string[];
  /** The network's `activityPay` policy: what the form proposes. */
  proposedPay: ActivityPay;
  onPosted: () => void;
}) {
  const id = createUniqueId();
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // The policy when the form opens; a policy changed while it is open does not move the choice.
  const [pay, setPay] = createSignal<ActivityPay>(props.proposedPay);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const starts = momentOf(value('date'), value('from'));
    let ends = momentOf(value('date'), value('until'));
    // An evening that goes on past midnight ends the next day.
    if (ends <= starts) ends += 24 * 60 * 60 * 1000;
    const worth = minutesFromHours(value('worth'));
    if (!Number.isFinite(starts) || !Number.isFinite(ends) || ends - starts > maxActivityLength) {
      setProblem(t('together.endsBeforeStart'));
      return;
    }
    if (worth === null) {
      setProblem(
        problemText({ ok: false, problem: 'field', field: { field: 'minutes', problem: 'range', min: 0, max: 4 } }),
      );
      return;
    }
    setBusy(true);
    const result = await props.session.together.post({
      title: value('title').trim(),
      text: value('text').trim(),
      category: value('category'),
      place: value('place').trim(),
      starts,
      ends,
      seats: Number(value('seats')) || 0,
      worth,
      pay: pay(),
    });
    setBusy(false);
    setProblem(result.ok ? null : problemText(result));
    if (result.ok) {
      form.reset();
      props.onPosted();
    }
  };
  return (
    <form class="form" onSubmit={(event) => void submit(event)} data-testid="activity-form">
      <div class="field">
        <label for={`${id}-title`}>{t('together.title')}</label>
        <input id={`${id}-title`} name="title" required maxLength={120} />
      </div>
      <div class="field">
        <label for={`${id}-text`}>{t('together.text')}</label>
        <textarea id={`${id}-text`} name="text" maxLength={2000} rows={3} />
      </div>
      <div class="field">
        <label for={`${id}-category`}>{t('together.category')}</label>
        <select id={`${id}-category`} name="category">
          <For each={props.categories.length > 0 ? props.categories : ['bezoek']}>
            {(category) => <option value={category}>{category}</option>}
          </For>
        </select>
      </div>
      <div class="field">
        <label for={`${id}-place`}>{t('together.place')}</label>
        <input id={`${id}-place`} name="place" required maxLength={120} aria-describedby={`${id}-place-hint`} />
        <p class="hint" id={`${id}-place-hint`}>
          {t('together.placeHint')}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-date`}>{t('together.date')}</label>
        <input id={`${id}-date`} name="date" type="date" required />
      </div>
      <div class="field">
        <label for={`${id}-from`}>{t('together.from')}</label>
        <input id={`${id}-from`} name="from" type="time" required />
      </div>
      <div class="field">
        <label for={`${id}-until`}>{t('together.until')}</label>
        <input id={`${id}-until`} name="until" type="time" required />
      </div>
      <div class="field">
        <label for={`${id}-seats`}>{t('together.seats')}</label>
        <input
          id={`${id}-seats`}
          name="seats"
          type="number"
          min={0}
          max={500}
          value="0"
          aria-describedby={`${id}-seats-hint`}
        />
        <p class="hint" id={`${id}-seats-hint`}>
          {t('together.seatsHint')}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-worth`}>{t('together.worth')}</label>
        <input id={`${id}-worth`} name="worth" inputMode="decimal" value="1" aria-describedby={`${id}-worth-hint`} />
        <p class="hint" id={`${id}-worth-hint`}>
          {t('together.worthHint')}
        </p>
      </div>
      <fieldset class="field">
        <legend>{t('together.pay')}</legend>
        <For each={activityPayChoices}>
          {(choice) => (
            <label class="choice">
              <input
                type="radio"
                name="pay"
                value={choice}
                checked={pay() === choice}
                onChange={() => setPay(choice)}
              />
              {t(`together.pay.${choice}`)}
            </label>
          )}
        </For>
      </fieldset>
      <button type="submit" class="button" disabled={busy()}>
        {t('together.save')}
      </button>
      <Show when={problem()}>
        <p class="problem" role="alert">
          {problem()}
        </p>
      </Show>
    </form>
  );
}
