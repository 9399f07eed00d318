// What a plan's guide can do (docs/protocol-together.md §3): count the votes once voting
// time is over, pay someone for work done, and end the plan (what is left goes back). A
// coordinator can also give hours from the pot, count the votes and end it.
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { WriteResult } from '../../data/session/index.ts';
import type { PlanCommands, PlanLine } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import { MemberSelect } from '../common/MemberSelect.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { minutesFromHours } from '../format/hoursInput.ts';
import { t } from '../i18n.ts';

export function PlanTools(props: {
  commands: PlanCommands;
  plan: PlanLine;
  now: number;
  coordinator: boolean;
  nameOf: (key: string) => string;
  members: () => { key: string; name: string }[];
}) {
  const id = createUniqueId();
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [ending, setEnding] = createSignal(false);
  // Until the guide chooses, the first member (as the list shows); sent as shown.
  const [chosenTo, setChosenTo] = createSignal<string | null>(null);
  const payTo = () => chosenTo() ?? props.members()[0]?.key ?? '';
  const p = () => props.plan;
  const run = async (write: () => Promise<WriteResult>) => {
    setBusy(true);
    const result = await write();
    setBusy(false);
    setProblem(result.ok ? null : problemText(result));
    setDone(result.ok);
    return result.ok;
  };
  const read = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    return { form, value: (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value };
  };
  const hours = (typed: string) => {
    const minutes = minutesFromHours(typed);
    if (minutes === null || minutes < 1) setProblem(t('plans.hoursWrong'));
    return minutes !== null && minutes >= 1 ? minutes : null;
  };
  const pay = async (event: SubmitEvent) => {
    const { form, value } = read(event);
    const minutes = hours(value('hours'));
    if (minutes === null) return;
    if (!(await run(() => props.commands.pay(p().id, payTo(), minutes, value('what'))))) return;
    setChosenTo(null);
    form.reset();
  };
  const grant = async (event: SubmitEvent) => {
    const { form, value } = read(event);
    const minutes = hours(value('hours'));
    if (minutes === null) return;
    if (await run(() => props.commands.grant(p().id, minutes, value('reason')))) form.reset();
  };
  const canClose = () => p().outcome.status === 'open' && props.now >= p().voteEnd;
  return (
    <section class="plan-tools" aria-labelledby={`${id}-tools`} data-testid="plan-tools">
      <h3 id={`${id}-tools`}>{p().guide ? t('plans.toolsGuide') : t('plans.toolsCoordinator')}</h3>
      <Show when={canClose()}>
        <button
          type="button"
          class="button"
          disabled={busy()}
          data-testid="plan-close"
          onClick={() => void run(() => props.commands.close(p().id))}
        >
          {t('plans.close')}
        </button>
      </Show>
      <Show when={p().outcome.status === 'accepted' && p().guide}>
        <form class="form" onSubmit={(event) => void pay(event)} data-testid="plan-pay">
          <h4>{t('plans.payTitle')}</h4>
          <div class="field">
            <label for={`${id}-to`}>{t('plans.payTo')}</label>
            <MemberSelect
              id={`${id}-to`}
              name="to"
              required
              members={props.members()}
              value={payTo()}
              onChoose={setChosenTo}
            />
          </div>
          <div class="field">
            <label for={`${id}-pay-hours`}>{t('plans.payHours')}</label>
            <input id={`${id}-pay-hours`} name="hours" inputMode="decimal" required />
          </div>
          <div class="field">
            <label for={`${id}-what`}>{t('plans.payWhat')}</label>
            <input id={`${id}-what`} name="what" maxLength={300} />
          </div>
          <button type="submit" class="button" disabled={busy()}>
            {t('plans.pay')}
          </button>
        </form>
      </Show>
      <Show when={props.coordinator}>
        <form class="form" onSubmit={(event) => void grant(event)} data-testid="plan-grant">
          <h4>{t('plans.grantTitle')}</h4>
          <div class="field">
            <label for={`${id}-grant-hours`}>{t('plans.grantHours')}</label>
            <input id={`${id}-grant-hours`} name="hours" inputMode="decimal" required />
          </div>
          <div class="field">
            <label for={`${id}-reason`}>{t('plans.grantReason')}</label>
            <input id={`${id}-reason`} name="reason" maxLength={500} />
          </div>
          <button type="submit" class="button" disabled={busy()}>
            {t('plans.grant')}
          </button>
        </form>
      </Show>
      <Show
        when={ending()}
        fallback={
          <button
            type="button"
            class="button secondary"
            data-testid="plan-end"
            disabled={busy()}
            onClick={() => setEnding(true)}
          >
            {t('plans.end')}
          </button>
        }
      >
        <p role="alert">{t('plans.endSure')}</p>
        <div class="actions">
          <button
            type="button"
            class="button"
            data-testid="plan-end-sure"
            disabled={busy()}
            onClick={() => void run(() => props.commands.end(p().id)).then(() => setEnding(false))}
          >
            {t('plans.endYes')}
          </button>
          <button type="button" class="button secondary" onClick={() => setEnding(false)}>
            {t('plans.endNo')}
          </button>
        </div>
      </Show>
      <Show when={done()}>
        <p role="status">{t('plans.done')}</p>
      </Show>
      <ProblemMessage text={problem()} />
    </section>
  );
}
