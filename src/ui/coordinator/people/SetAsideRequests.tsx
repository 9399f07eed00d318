// Setting a flood of join requests aside in one act: every request waiting now counts as
// declined, and a real newcomer among them can ask again. The scope is fixed when the
// coordinator opens the question, so the count they confirm is the count set aside.
import { createSignal, createUniqueId, Show } from 'solid-js';
import { setAsideScope } from '../../../data/coordinator/index.ts';
import { problemText } from '../../app/problemText.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

export function SetAsideRequests(props: SectionProps) {
  const id = createUniqueId();
  const [scope, setScope] = createSignal<{ before: number; count: number } | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<number | null>(null);
  const [busy, setBusy] = createSignal(false);
  const ask = () => {
    setDone(null);
    setProblem(null);
    setScope(scope() ? null : setAsideScope(props.session));
  };
  const confirm = async (chosen: { before: number; count: number }) => {
    setBusy(true);
    const result = await props.session.admission.setAside(chosen.before);
    setBusy(false);
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setScope(null);
    setDone(chosen.count);
  };
  return (
    <div class="act">
      <button
        type="button"
        class="button secondary"
        aria-expanded={scope() !== null}
        aria-controls={`${id}-confirm`}
        onClick={ask}
      >
        {t('coord.setAside')}
      </button>
      <Show when={scope()}>
        {(chosen) => (
          <div id={`${id}-confirm`} class="act-form">
            <p id={`${id}-question`}>{t('coord.setAsideQuestion', { count: chosen().count })}</p>
            <div class="actions">
              <button type="button" class="button" disabled={busy()} onClick={() => void confirm(chosen())}>
                {t('coord.setAsideConfirm', { count: chosen().count })}
              </button>
              <button type="button" class="button secondary" onClick={() => setScope(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
      </Show>
      <ProblemMessage text={problem()} />
      <Show when={done()}>
        {(count) => (
          <p role="status" class="done">
            {t('coord.setAsideDone', { count: count() })}
          </p>
        )}
      </Show>
    </div>
  );
}
