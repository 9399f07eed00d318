// "Bewaar je sleutel": a recovery file to save and a sheet to print, under a passphrase
// this device makes up and shows once.
import { createSignal, onCleanup, Show } from 'solid-js';
import { makeRecovery } from '../../data/devices/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function RecoverySection(props: { session: NetworkSession; name: string }) {
  const [made, setMade] = createSignal<{ url: string; passphrase: string; fileName: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  onCleanup(() => {
    const url = made()?.url;
    if (url) URL.revokeObjectURL(url);
  });
  const make = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const recovery = await makeRecovery(props.session);
      if (!recovery) {
        setProblem(t('recovery.problem.notYet'));
        return;
      }
      const url = URL.createObjectURL(new Blob([new Uint8Array(recovery.file)], { type: 'application/octet-stream' }));
      const safeName = (props.name || 'buurtruil').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40);
      setMade({ url, passphrase: recovery.passphrase, fileName: `${safeName}.buurtruil` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>{t('recovery.intro')}</p>
      <p class="hint">{t('recovery.forkHint')}</p>
      <Show
        when={made()}
        fallback={
          <>
            <button type="button" class="button" disabled={busy()} onClick={() => void make()}>
              {t('recovery.make')}
            </button>
            <Show when={busy()}>
              <p role="status">{t('recovery.making')}</p>
            </Show>
          </>
        }
      >
        {(recovery) => (
          <>
            <p>{t('recovery.passphraseOnce')}</p>
            <p class="passphrase" data-testid="recovery-passphrase">
              {recovery().passphrase}
            </p>
            <div class="actions">
              <a class="button" href={recovery().url} download={recovery().fileName} data-testid="recovery-download">
                {t('recovery.save')}
              </a>
              <button type="button" class="button secondary" onClick={() => window.print()}>
                {t('recovery.print')}
              </button>
            </div>
            <div class="recovery-sheet" aria-hidden="true">
              <h1>{t('recovery.sheetTitle')}</h1>
              <p>{t('recovery.sheetFor', { name: props.name, network: props.session.record.name })}</p>
              <p>{t('recovery.sheetDate', { date: dateText(Date.now()) })}</p>
              <p class="passphrase">{recovery().passphrase}</p>
              <p>{t('recovery.sheetFile', { file: recovery().fileName })}</p>
              <p>{t('recovery.sheetHow')}</p>
              <p>{t('recovery.sheetKeep')}</p>
            </div>
          </>
        )}
      </Show>
      <ProblemMessage text={problem()} />
    </section>
  );
}
