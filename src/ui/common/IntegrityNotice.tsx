// Tells a person, without alarm, that something forged or broken arrived and was kept
// out, or that something removed was put back.
import { Show } from 'solid-js';
import { integrityOf } from '../../data/session/index.ts';
import type { LiveSession } from '../app/session.ts';
import { t } from '../i18n.ts';

export function IntegrityNotice(props: { live: LiveSession }) {
  const integrity = props.live.select(integrityOf);
  return (
    <>
      <Show when={integrity().refused > 0}>
        <p class="notice" role="status" data-testid="integrity-refused">
          {t('integrity.refused', { count: integrity().refused })}
        </p>
      </Show>
      <Show when={integrity().storageFull}>
        <p class="notice" role="alert" data-testid="integrity-storage-full">
          {t('integrity.storageFull')}
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
