// Tells a person, without alarm, that something forged or broken arrived and was kept
// out, or that something removed was put back.
import { Show } from 'solid-js';
import type { NetworkSession } from '../data/NetworkSession.ts';
import { t } from './i18n.ts';

export function IntegrityNotice(props: { session: NetworkSession; version: () => number }) {
  const integrity = () => {
    props.version();
    return { ...props.session.integrity };
  };
  return (
    <>
      <Show when={integrity().refused > 0}>
        <p class="notice" role="status" data-testid="integrity-refused">
          {t('integrity.refused', { count: integrity().refused })}
        </p>
      </Show>
      <Show when={integrity().restored > 0}>
        <p class="notice" role="status" data-testid="integrity-restored">
          {t('integrity.restored', { count: integrity().restored })}
        </p>
      </Show>
    </>
  );
}
