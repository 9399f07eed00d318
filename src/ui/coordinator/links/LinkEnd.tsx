// "Koppeling beëindigen" (protocol-links.md §6): asked once, with an optional reason the
// other neighbourhood sees too; then our `link-end` is written. Nothing counted is undone.
import { createSignal, createUniqueId, Show } from 'solid-js';
import { endLink, maxEndReason, type OurLink } from '../../../data/links/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';

export function LinkEnd(props: { session: NetworkSession; link: OurLink }) {
  const id = createUniqueId();
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [reason, setReason] = createSignal('');
  const end = async () => {
    setBusy(true);
    const result = await endLink(props.session, props.link.link, reason());
    setBusy(false);
    setProblem(result.ok ? null : problemText(result));
    if (result.ok) setAsking(false);
  };
  return (
    <div data-testid="link-end">
      <Show
        when={asking()}
        fallback={
          <button type="button" class="button secondary" onClick={() => setAsking(true)}>
            {t('links.end')}
          </button>
        }
      >
        <p role="alert">{t('links.endSure', { name: props.link.name })}</p>
        <div class="field">
          <label for={`${id}-reason`}>{t('links.endReason')}</label>
          <textarea
            id={`${id}-reason`}
            maxLength={maxEndReason}
            value={reason()}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="button" class="button" disabled={busy()} onClick={() => void end()}>
            {t('links.endYes')}
          </button>
          <button type="button" class="button secondary" disabled={busy()} onClick={() => setAsking(false)}>
            {t('links.endNo')}
          </button>
        </div>
      </Show>
      <ProblemMessage text={problem()} />
    </div>
  );
}
