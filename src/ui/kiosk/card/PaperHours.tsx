// Hours from a paper slip, entered later at the kiosk: the card member pays the neighbour
// who helped them.
import { createSignal, Show } from 'solid-js';
import { slipPayees } from '../../../data/exchange/index.ts';
import type { CardSession } from '../../../data/kiosk/index.ts';
import { problemText } from '../../app/problemText.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { MemberSelect } from '../../common/MemberSelect.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { hoursText, minutesFromHours } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';

export function PaperHours(props: { card: CardSession }) {
  const members = useLiveQuery(() => props.card.db.members.where('status').equals('admitted').toArray(), []);
  const others = () =>
    slipPayees(members(), props.card.me).map((m) => ({ key: m.key, name: m.name || t('common.someone') }));
  const [open, setOpen] = createSignal(false);
  const [to, setTo] = createSignal('');
  const [hours, setHours] = createSignal('1');
  const [what, setWhat] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const minutes = minutesFromHours(hours());
    if (!to()) {
      setProblem(t('slip.whoMissing'));
      return;
    }
    if (!(minutes > 0)) {
      setProblem(t('hours.tooLittle'));
      return;
    }
    if (minutes > 1440) {
      setProblem(t('hours.tooMuch'));
      return;
    }
    const result = await props.card.payFromSlip(to(), minutes, what());
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setDone(t('hours.paid', { hours: hoursText(minutes) }));
    setOpen(false);
  };
  return (
    <>
      <button type="button" class="button secondary" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('slip.enter')}
      </button>
      <Show when={done()}>
        <p role="status">{done()}</p>
      </Show>
      <Show when={open()}>
        <form class="kiosk-form" onSubmit={(event) => void submit(event)}>
          <label for="paper-to">{t('slip.hoursHelper')}</label>
          <MemberSelect id="paper-to" class="kiosk-input" members={others()} value={to()} onChoose={setTo} empty="—" />
          <label for="paper-hours">{t('hours.hours')}</label>
          <input
            id="paper-hours"
            class="kiosk-input"
            inputmode="decimal"
            value={hours()}
            onInput={(e) => setHours(e.currentTarget.value)}
          />
          <label for="paper-what">{t('hours.what')}</label>
          <input id="paper-what" class="kiosk-input" value={what()} onInput={(e) => setWhat(e.currentTarget.value)} />
          <button type="submit" class="button kiosk-big">
            {t('slip.enterConfirm')}
          </button>
          <ProblemMessage text={problem()} />
        </form>
      </Show>
    </>
  );
}
