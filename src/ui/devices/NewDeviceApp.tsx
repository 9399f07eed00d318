// A browser that is nobody yet becomes someone's device: paired with the member's other
// device, restored from a recovery file, or (everything lost) moved to by a coordinator.
// Chosen by the fragment: #koppelen, #herstellen, #kwijt.
import { createResource, createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { becomeNewDevice, deviceDatabase, restoreRecovery } from '../../data/devices/index.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { QrImage } from '../common/QrImage.tsx';
import { t, wantOfficeTexts } from '../i18n.ts';
import { PairingSteps } from './PairingSteps.tsx';
import { createPairingFlow } from './pairingFlow.ts';
import { shownCode } from './pairingSteps.ts';

// The pairing and recovery texts are in the office's part (not loaded with the board).
await wantOfficeTexts();

export function NewDeviceApp() {
  return (
    <BrowserSupport>
      <NewDevice />
    </BrowserSupport>
  );
}

type Mode = 'pair' | 'restore' | 'lost';

function modeOf(hash: string): Mode {
  if (hash === '#herstellen') return 'restore';
  if (hash === '#kwijt') return 'lost';
  return 'pair';
}

function NewDevice() {
  const [mode, setMode] = createSignal<Mode>(modeOf(location.hash));
  const onHash = () => setMode(modeOf(location.hash));
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));
  const [known] = createResource(() => deviceDatabase.knowsNetwork());
  return (
    <Guarded page>
      <PageHeader />
      <main id="main" class="page">
        <Switch fallback={<p>{t('common.loading')}</p>}>
          <Match when={known() === true}>
            <h1>{t('device.newTitle')}</h1>
            <p>{t('device.alreadyMember')}</p>
            <a class="button" href="/">
              {t('device.toBoard')}
            </a>
          </Match>
          <Match when={known() === false && mode() === 'restore'}>
            <Restore />
          </Match>
          <Match when={known() === false && mode() === 'lost'}>
            <h1>{t('device.lostTitle')}</h1>
            <p>{t('device.lostIntro')}</p>
            <ShowCode purpose="lost" />
          </Match>
          <Match when={known() === false}>
            <h1>{t('device.newTitle')}</h1>
            <p>{t('device.newIntro')}</p>
            <ShowCode purpose="pair" />
          </Match>
        </Switch>
      </main>
    </Guarded>
  );
}

/** This device shows a code; once the other device typed it and both codes matched, the network comes across. */
function ShowCode(props: { purpose: 'pair' | 'lost' }) {
  const flow = createPairingFlow({
    matched: async (link) => {
      const record = await becomeNewDevice(link, deviceDatabase, await deviceDatabase.ownIdentity());
      link.close();
      if (!record) throw new Error('no network record');
      location.href = '/';
    },
  });
  onMount(() => void flow.show());
  const qrText = (code: string) =>
    props.purpose === 'pair'
      ? `${location.origin}/#/koppel/${code}`
      : `${location.origin}/coordinator/#verhuis=${code}`;
  return (
    <section class="card" aria-live="polite">
      <PairingSteps
        flow={flow}
        connecting={<p role="status">{t('device.opening')}</p>}
        code={(code) => (
          <>
            <p>{props.purpose === 'pair' ? t('device.showCodePair') : t('device.showCodeLost')}</p>
            <p class="pairing-code" data-testid="pairing-code">
              {shownCode(code)}
            </p>
            <QrImage text={qrText(code)} alt={t('device.qr', { code: shownCode(code) })} />
            <p class="hint">{t('device.qrHint')}</p>
          </>
        )}
        working={() => (
          <p role="status" data-testid="pairing-waiting">
            {props.purpose === 'pair' ? t('device.waitingPair') : t('device.waitingMove')}
          </p>
        )}
        failed={(problem) => (
          <>
            <ProblemMessage text={problem} />
            <button type="button" class="button" onClick={() => void flow.show()}>
              {t('device.again')}
            </button>
          </>
        )}
      />
    </section>
  );
}

function Restore() {
  const [file, setFile] = createSignal<File | null>(null);
  const [passphrase, setPassphrase] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const chosen = file();
    if (!chosen) {
      setProblem(t('recovery.problem.noFile'));
      return;
    }
    setBusy(true);
    try {
      const result = await restoreRecovery(deviceDatabase, new Uint8Array(await chosen.arrayBuffer()), passphrase());
      if (result.ok) {
        location.href = '/';
        return;
      }
      setProblem(
        result.problem === 'wrong-passphrase'
          ? t('recovery.problem.passphrase')
          : result.problem === 'already-a-device'
            ? t('device.alreadyMember')
            : t('recovery.problem.file'),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t('recovery.restoreTitle')}</h1>
      <p>{t('recovery.restoreIntro')}</p>
      <form class="form" onSubmit={(event) => void submit(event)} novalidate>
        <div class="field">
          <label for="recovery-file">{t('recovery.file')}</label>
          <input
            id="recovery-file"
            type="file"
            accept=".buurtruil"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <div class="field">
          <label for="recovery-passphrase">{t('recovery.passphrase')}</label>
          <p class="hint" id="recovery-passphrase-hint">
            {t('recovery.passphraseHint')}
          </p>
          <input
            id="recovery-passphrase"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="recovery-passphrase-hint"
            value={passphrase()}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </div>
        <ProblemMessage text={problem()} />
        <Show when={busy()}>
          <p role="status">{t('recovery.opening')}</p>
        </Show>
        <button type="submit" class="button" disabled={busy()}>
          {t('recovery.restore')}
        </button>
      </form>
      <p class="hint">{t('recovery.forkHint')}</p>
    </>
  );
}
