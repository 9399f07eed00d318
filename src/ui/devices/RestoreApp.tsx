// Restoring a network from the coordinator's export on a new laptop (or a fresh browser
// profile). With the coordinator's recovery file the laptop is the coordinator's device
// again and rejoins the network; without it, it keeps a copy to look at.
import { createSignal, createUniqueId, Match, Show, Switch } from 'solid-js';
import { type RestoreProblem, type RestoreResult, restoreNetwork } from '../../data/coordinator/index.ts';
import { deviceDatabase } from '../../data/devices/index.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t, wantOfficeTexts } from '../i18n.ts';

// This page shows the office's texts (ui/i18n.ts): here before it starts, so it never shows a key.
await wantOfficeTexts();

export function RestoreApp() {
  return (
    <BrowserSupport>
      <Restore />
    </BrowserSupport>
  );
}

const problemKeys: Record<RestoreProblem, Parameters<typeof t>[0]> = {
  'too-large': 'toolkit.restore.too-large',
  'not-a-network-file': 'toolkit.restore.not-a-network-file',
  'other-version': 'toolkit.restore.other-version',
  'not-authentic': 'toolkit.restore.not-authentic',
  'no-genesis': 'toolkit.restore.no-genesis',
  'known-network': 'toolkit.restore.known-network',
  'recovery-malformed': 'toolkit.restore.recovery-malformed',
  'wrong-passphrase': 'toolkit.restore.wrong-passphrase',
  'recovery-other-network': 'toolkit.restore.recovery-other-network',
  'device-in-use': 'toolkit.restore.device-in-use',
};

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function bytesOf(input: HTMLInputElement | undefined): Promise<Uint8Array | null> {
  const file = input?.files?.[0];
  return file ? new Uint8Array(await file.arrayBuffer()) : null;
}

function Restore() {
  const id = createUniqueId();
  let exportInput: HTMLInputElement | undefined;
  let recoveryInput: HTMLInputElement | undefined;
  const [passphrase, setPassphrase] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<Extract<RestoreResult, { ok: true }> | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const data = await bytesOf(exportInput);
    if (!data) {
      setProblem(t('toolkit.restore.needFile'));
      return;
    }
    const recoveryFile = await bytesOf(recoveryInput);
    setBusy(true);
    try {
      const restored = await restoreNetwork(deviceDatabase, data, {
        recovery: recoveryFile ? { file: recoveryFile, passphrase: passphrase() } : undefined,
        pause: yieldToPage,
      });
      if (!restored.ok) {
        setProblem(t(problemKeys[restored.problem]));
        return;
      }
      setResult(restored);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Guarded page>
      <PageHeader />
      <main id="main" class="page">
        <h1>{t('toolkit.restore.title')}</h1>
        <Switch>
          <Match when={result()}>
            {(done) => (
              <div role="status" data-testid="restored">
                <p class="notice">{t('toolkit.restore.done', { name: done().record.name, count: done().entries })}</p>
                <Show
                  when={done().canWrite}
                  fallback={
                    <>
                      <p>{t('toolkit.restore.readOnly')}</p>
                      <a class="button" href="/">
                        {t('toolkit.restore.toBoard')}
                      </a>
                    </>
                  }
                >
                  <p>{t('toolkit.restore.rejoined')}</p>
                  <a class="button" href="/coordinator/">
                    {t('toolkit.restore.toCoordinator')}
                  </a>
                </Show>
              </div>
            )}
          </Match>
          <Match when={true}>
            <p>{t('toolkit.restore.intro')}</p>
            <form class="form" onSubmit={(event) => void submit(event)} novalidate>
              <div class="field">
                <label for={`${id}-export`}>{t('toolkit.restore.exportFile')}</label>
                <input ref={exportInput} id={`${id}-export`} type="file" accept=".buurtruil" />
              </div>
              <fieldset class="restore-recovery">
                <legend>{t('toolkit.restore.recoveryTitle')}</legend>
                <p class="hint">{t('toolkit.restore.recoveryHint')}</p>
                <div class="field">
                  <label for={`${id}-recovery`}>{t('toolkit.restore.recoveryFile')}</label>
                  <input ref={recoveryInput} id={`${id}-recovery`} type="file" />
                </div>
                <div class="field">
                  <label for={`${id}-passphrase`}>{t('toolkit.restore.passphrase')}</label>
                  <input
                    id={`${id}-passphrase`}
                    type="password"
                    autocomplete="off"
                    value={passphrase()}
                    onInput={(event) => setPassphrase(event.currentTarget.value)}
                  />
                </div>
              </fieldset>
              <button type="submit" class="button" disabled={busy()}>
                {busy() ? t('toolkit.restore.busy') : t('toolkit.restore.submit')}
              </button>
              <ProblemMessage text={problem()} />
            </form>
          </Match>
        </Switch>
      </main>
    </Guarded>
  );
}
