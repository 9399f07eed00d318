// One shared plan (docs/protocol-together.md §3): what it needs and what was given, where
// the vote stands, and what this member can do now: give hours, vote yes or no while
// voting is open (a circle plan: only its members). A guide's and a coordinator's tools are
// below it (PlanTools.tsx); a coordinator can hide the plan (asking once first), after which
// only those in it see it.
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { WriteResult } from '../../data/session/index.ts';
import type { PlanCommands, PlanLine } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText, hoursText, timeText } from '../format/formatHours.ts';
import { minutesFromHours } from '../format/hoursInput.ts';
import { t } from '../i18n.ts';
import { ConfirmAct } from './ConfirmAct.tsx';
import { PlanTools } from './PlanTools.tsx';

export interface PlanCardProps {
  commands: PlanCommands;
  plan: PlanLine;
  now: number;
  coordinator: boolean;
  nameOf: (key: string) => string;
  members: () => { key: string; name: string }[];
}

export function PlanCard(props: PlanCardProps) {
  const id = createUniqueId();
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const p = () => props.plan;
  const o = () => p().outcome;
  const running = () => o().status === 'open' || o().status === 'accepted';
  const voting = () => o().status === 'open' && props.now <= p().voteEnd;
  // A circle plan: only its members pledge and vote (others would be refused, not-party).
  const mayVote = () => voting() && p().mayTakePart;
  const given = () => o().pledged + o().granted;
  const run = async (write: () => Promise<WriteResult>) => {
    setBusy(true);
    const result = await write();
    setBusy(false);
    setProblem(result.ok ? null : problemText(result));
    return result.ok;
  };
  const pledge = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const minutes = minutesFromHours((form.elements.namedItem('hours') as HTMLInputElement).value);
    if (minutes === null || minutes < 1) {
      setProblem(t('plans.hoursWrong'));
      return;
    }
    if (await run(() => props.commands.pledge(p().id, minutes))) form.reset();
  };
  const status = () => {
    const decision = o().decision;
    switch (o().status) {
      case 'open':
        return voting() ? t('plans.status.open', { date: timeText(p().voteEnd) }) : t('plans.status.counting');
      case 'accepted':
        return t('plans.status.accepted', {
          yes: decision?.yes ?? 0,
          no: (decision?.cast ?? 0) - (decision?.yes ?? 0),
        });
      case 'rejected':
        return t('plans.status.rejected', {
          yes: decision?.yes ?? 0,
          no: (decision?.cast ?? 0) - (decision?.yes ?? 0),
        });
      default:
        return t('plans.status.ended');
    }
  };
  return (
    <article
      class="card plan"
      data-testid="plan"
      data-plan={p().id}
      data-status={o().status}
      aria-labelledby={`${id}-t`}
    >
      <h2 id={`${id}-t`}>{p().title}</h2>
      <Show when={p().text}>
        <p>{p().text}</p>
      </Show>
      <p data-testid="plan-needs">
        <strong>{t('plans.needs', { needed: hoursText(p().minutes), given: hoursText(given()) })}</strong>
      </p>
      <meter class="plan-given" min={0} max={p().minutes} value={Math.min(given(), p().minutes)} aria-hidden="true" />
      <Show when={o().status === 'accepted'}>
        <p class="meta" data-testid="plan-account">
          {t('plans.account', { time: hoursText(o().account) })}
        </p>
      </Show>
      <p class="meta">{t('plans.guides', { names: p().guides.map(props.nameOf).join(', ') })}</p>
      <Show when={p().circle.length > 0}>
        <p class="meta" data-testid="plan-circle-members">
          {t('plans.circleCard', { names: p().circle.map(props.nameOf).join(', ') })}
        </p>
        <Show when={!p().mayTakePart && running()}>
          <p class="meta" data-testid="plan-outside-circle">
            {t('plans.outsideCircle')}
          </p>
        </Show>
      </Show>
      <p class="meta">{t('plans.doneBy', { date: dateText(p().doneBy) })}</p>
      <Show when={p().hidden}>
        <p class="tag" data-testid="plan-hidden">
          {t('together.hiddenShown')}
        </p>
      </Show>
      <Show when={props.coordinator && !p().hidden}>
        <ConfirmAct
          label={t('together.hide')}
          name={t('together.hidePlan', { title: p().title })}
          yes={t('together.hideYes')}
          testId="hide-plan"
          run={() => props.commands.hide(p().id)}
        />
      </Show>
      <p data-testid="plan-status" role="status">
        {status()}
      </p>
      <Show when={o().status === 'open'}>
        <p class="meta" data-testid="plan-votes">
          {t('plans.votes', { yes: p().yes, no: p().no })}
        </p>
      </Show>
      <Show when={p().myPledged > 0}>
        <p data-testid="plan-mine">{t('plans.myPledge', { time: hoursText(p().myPledged) })}</p>
      </Show>
      <Show when={mayVote()}>
        <fieldset class="actions plain">
          <legend class="visually-hidden">{t('plans.voteLabel')}</legend>
          <button
            type="button"
            class={p().myVote === true ? 'button' : 'button secondary'}
            aria-pressed={p().myVote === true}
            disabled={busy()}
            data-testid="plan-vote-yes"
            onClick={() => void run(() => props.commands.vote(p().id, true))}
          >
            {t('plans.voteYes')}
          </button>
          <button
            type="button"
            class={p().myVote === false ? 'button' : 'button secondary'}
            aria-pressed={p().myVote === false}
            disabled={busy()}
            data-testid="plan-vote-no"
            onClick={() => void run(() => props.commands.vote(p().id, false))}
          >
            {t('plans.voteNo')}
          </button>
        </fieldset>
        <Show when={p().myVote !== null}>
          <p class="meta" data-testid="plan-my-vote">
            {p().myVote ? t('plans.myVote.yes') : t('plans.myVote.no')}
          </p>
        </Show>
      </Show>
      <Show when={running() && p().mayTakePart}>
        <form class="form inline" onSubmit={(event) => void pledge(event)} data-testid="plan-pledge">
          <div class="field">
            <label for={`${id}-hours`}>{t('plans.pledgeHours')}</label>
            <input id={`${id}-hours`} name="hours" inputMode="decimal" required aria-describedby={`${id}-hint`} />
            <p class="hint" id={`${id}-hint`}>
              {t('plans.pledgeHint')}
            </p>
          </div>
          <button type="submit" class="button" disabled={busy()}>
            {t('plans.pledge')}
          </button>
        </form>
      </Show>
      <ProblemMessage text={problem()} />
      <Show when={running() && (p().guide || props.coordinator)}>
        <PlanTools
          commands={props.commands}
          plan={p()}
          now={props.now}
          coordinator={props.coordinator}
          nameOf={props.nameOf}
          members={props.members}
        />
      </Show>
      <Show when={o().payments.length > 0}>
        <h3>{t('plans.paidTitle')}</h3>
        <ul class="list" data-testid="plan-payments">
          {o().payments.map((payment) => (
            <li>
              {t('plans.paid', {
                name: props.nameOf(payment.to),
                time: hoursText(payment.minutes),
                what: payment.what,
              })}
            </li>
          ))}
        </ul>
      </Show>
    </article>
  );
}
