// Hours from the community pot to one neighbour, with the reason everyone's log keeps.
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { NetworkSession } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';

export function PotGrant(props: { session: NetworkSession; member: string; name: string }) {
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const [hours, setHours] = createSignal('1');
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const minutes = Math.round(Number(hours().replace(',', '.')) * 60);
    if (!Number.isFinite(minutes) || minutes < 1 || minutes > 6000) {
      setProblem(t('pot.badHours'));
      return;
    }
    if (!reason().trim()) {
      setProblem(t('toolkit.needWords'));
      return;
    }
    const result = await props.session.coordinator.potGrant(props.member, minutes, reason());
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setProblem(null);
    setDone(true);
    setOpen(false);
  };
  return (
    <div class="act">
      <button
        type="button"
        class="button secondary"
        aria-expanded={open()}
        aria-label={`${t('pot.grant')}: ${props.name}`}
        onClick={() => {
          setOpen(!open());
          setDone(false);
        }}
      >
        {t('pot.grant')}
      </button>
      <Show when={open()}>
        <form class="form compact act-form" onSubmit={(event) => void submit(event)}>
          <div class="field">
            <label for={`${id}-hours`}>{t('pot.hours')}</label>
            <input
              id={`${id}-hours`}
              inputmode="decimal"
              value={hours()}
              onInput={(event) => setHours(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${id}-reason`}>{t('pot.reason')}</label>
            <textarea
              id={`${id}-reason`}
              rows="2"
              value={reason()}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button">
            {t('pot.grantConfirm', { name: props.name })}
          </button>
          <ProblemMessage text={problem()} />
        </form>
      </Show>
      <Show when={done()}>
        <p role="status">{t('pot.granted', { name: props.name })}</p>
      </Show>
    </div>
  );
}
