// The form to propose a shared plan (docs/protocol-together.md §3): what, why, how many
// hours it needs, until when people vote, when it is done, and who helps guide it. The
// proposer guides it; a second guide may be chosen. Optionally a small circle: only its
// members pledge and vote; the proposer is in it, and the second guide comes from it.
import { type Accessor, createSignal, createUniqueId, Show } from 'solid-js';
import { maxCircle, maxPlanLength, maxPlanMinutes, minCircle, minPlanMinutes } from '../../core/entry/bodies.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { PlanCommands } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import { MemberSelect } from '../common/MemberSelect.tsx';
import { minutesFromHours } from '../format/hoursInput.ts';
import { t } from '../i18n.ts';
import { CirclePicker } from './CirclePicker.tsx';

/** Besides the proposer, who is always in its own circle. */
const minOthers = minCircle - 1;
const maxOthers = maxCircle - 1;

/** A local date and time from the form's inputs, as ms since 1970. */
function momentOf(date: string, time: string): number {
  return new Date(`${date}T${time || '23:59'}`).getTime();
}

export function PlanForm(props: {
  session: NetworkSession;
  members: Accessor<Map<string, MemberRow>>;
  onPosted: () => void;
}) {
  const id = createUniqueId();
  const commands = new PlanCommands(props.session);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [circleOn, setCircleOn] = createSignal(false);
  const [circle, setCircle] = createSignal<string[]>([]);
  const [circleProblem, setCircleProblem] = createSignal<string | null>(null);
  // Once the circle has a right size, "Kies 2 tot 11 buren" goes: it contradicted the count under it.
  const chooseCircle = (chosen: string[]) => {
    setCircle(chosen);
    if (chosen.length >= minOthers && chosen.length <= maxOthers) setCircleProblem(null);
  };
  const others = () =>
    [...props.members().values()]
      .filter((m) => m.key !== props.session.memberKey && m.status === 'admitted' && !m.roles.includes('kiosk'))
      .sort((a, b) => a.name.localeCompare(b.name));
  const guides = () => (circleOn() ? others().filter((member) => circle().includes(member.key)) : others());
  const [guide, setGuide] = createSignal('');
  // A circle holds its guides: one left outside it (the circle changed after) shows, and goes, as none.
  const second = () => (guides().some((member) => member.key === guide()) ? guide() : '');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const minutes = minutesFromHours(value('hours'));
    if (minutes === null || minutes < minPlanMinutes || minutes > maxPlanMinutes) {
      setProblem(t('plans.hoursWrong'));
      return;
    }
    const voteEnd = momentOf(value('voteDate'), value('voteTime'));
    const doneBy = momentOf(value('doneDate'), '23:59');
    const now = Date.now();
    if (!(voteEnd > now) || !(doneBy > voteEnd) || doneBy > now + maxPlanLength) {
      setProblem(t('plans.datesWrong'));
      return;
    }
    const chosen = circleOn() ? circle() : [];
    if (circleOn() && (chosen.length < minOthers || chosen.length > maxOthers)) {
      setCircleProblem(t('plans.circleWrong', { min: minOthers, max: maxOthers }));
      return;
    }
    setCircleProblem(null);
    setBusy(true);
    const result = await commands.propose({
      title: value('title'),
      text: value('text'),
      minutes,
      voteEnd,
      doneBy,
      guides: second() ? [props.session.memberKey, second()] : [props.session.memberKey],
      circle: chosen.length > 0 ? [props.session.memberKey, ...chosen] : [],
    });
    setBusy(false);
    setProblem(result.ok ? null : problemText(result));
    if (result.ok) {
      form.reset();
      setGuide('');
      setCircle([]);
      setCircleOn(false);
      props.onPosted();
    }
  };
  return (
    <form class="form" onSubmit={(event) => void submit(event)} data-testid="plan-form">
      <div class="field">
        <label for={`${id}-title`}>{t('plans.field.title')}</label>
        <input id={`${id}-title`} name="title" required maxLength={120} />
      </div>
      <div class="field">
        <label for={`${id}-text`}>{t('plans.field.text')}</label>
        <textarea id={`${id}-text`} name="text" maxLength={4000} rows={4} />
      </div>
      <div class="field">
        <label for={`${id}-hours`}>{t('plans.field.hours')}</label>
        <input id={`${id}-hours`} name="hours" inputMode="decimal" required aria-describedby={`${id}-hours-hint`} />
        <p class="hint" id={`${id}-hours-hint`}>
          {t('plans.field.hoursHint')}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-vote-date`}>{t('plans.field.voteEnd')}</label>
        <input id={`${id}-vote-date`} name="voteDate" type="date" required />
      </div>
      <div class="field">
        <label for={`${id}-vote-time`}>{t('plans.field.voteTime')}</label>
        <input id={`${id}-vote-time`} name="voteTime" type="time" step="1" value="20:00" />
      </div>
      <div class="field">
        <label for={`${id}-done`}>{t('plans.field.doneBy')}</label>
        <input id={`${id}-done`} name="doneDate" type="date" required aria-describedby={`${id}-done-hint`} />
        <p class="hint" id={`${id}-done-hint`}>
          {t('plans.field.doneByHint')}
        </p>
      </div>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            name="circleOn"
            checked={circleOn()}
            data-testid="plan-circle-on"
            onChange={(event) => setCircleOn(event.currentTarget.checked)}
          />
          {t('plans.circle')}
        </label>
      </div>
      <Show when={circleOn()}>
        <CirclePicker
          members={others().map((member) => ({ key: member.key, name: member.name }))}
          chosen={circle()}
          onChosen={chooseCircle}
          min={minOthers}
          max={maxOthers}
          problem={circleProblem()}
        />
      </Show>
      <div class="field">
        <label for={`${id}-guide`}>{t('plans.field.guide')}</label>
        <MemberSelect
          id={`${id}-guide`}
          name="guide"
          describedBy={`${id}-guide-hint`}
          members={guides()}
          value={second()}
          onChoose={setGuide}
          empty={t('plans.field.noGuide')}
        />
        <p class="hint" id={`${id}-guide-hint`}>
          {circleOn() ? t('plans.circleGuideHint') : t('plans.field.guideHint')}
        </p>
      </div>
      <button type="submit" class="button" disabled={busy()}>
        {t('plans.save')}
      </button>
      <Show when={problem()}>
        <p class="problem" role="alert">
          {problem()}
        </p>
      </Show>
    </form>
  );
}
