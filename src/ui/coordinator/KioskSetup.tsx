// The coordinator's side of the kiosk: meet the device directly (PeerJS through the relay,
// the code the kiosk shows, typed or scanned), compare the check code on both screens, and
// only then enrol it as the kiosk and send it the network. Also: take the role back.
import { createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import type { KioskKeys } from '../../data/kiosk/KioskCommands.ts';
import { kioskKeysFrom, sendGrant } from '../../data/kiosk/kioskPairing.ts';
import { kiosksOf } from '../../data/kiosk/kioskSelectors.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import type { PeerPairing } from '../../sync/PeerPairing.ts';
import type { SecureLink } from '../../sync/pairingHandshake.ts';
import { signallingUrls } from '../../sync/signallingUrls.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { pairingCode } from '../devices/pairingSteps.ts';
import { t } from '../i18n.ts';
import { QrScanner } from '../kiosk/QrScanner.tsx';

type Step =
  | { kind: 'code' }
  | { kind: 'connecting' }
  | { kind: 'check'; link: SecureLink; keys: Promise<KioskKeys> }
  | { kind: 'done' };

export function KioskSetup(props: { session: NetworkSession; live: LiveSession }) {
  const kiosks = props.live.select(kiosksOf);
  const [step, setStep] = createSignal<Step>({ kind: 'code' });
  const [code, setCode] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  let pairing: PeerPairing | null = null;
  const stop = () => {
    const current = step();
    if (current.kind === 'check') current.link.close();
    pairing?.close();
    pairing = null;
  };
  onCleanup(stop);

  const connect = async (typed: string) => {
    setProblem(null);
    setStep({ kind: 'connecting' });
    try {
      const relay = signallingUrls([], import.meta.env.PUBLIC_BUURTRUIL_RELAY, new URL(location.href))[0] ?? '';
      // PeerJS loads now that a pairing starts, not with the coordinator's page.
      const { PeerPairing, secureLink } = await pairingCode();
      pairing = await PeerPairing.guest(relay, typed);
      const link = await secureLink(pairing);
      const keys = kioskKeysFrom(link);
      keys.catch(() => undefined);
      setStep({ kind: 'check', link, keys });
    } catch {
      stop();
      setStep({ kind: 'code' });
      setProblem(t('kiosk.pairFailed'));
    }
  };

  const confirm = async (current: Extract<Step, { kind: 'check' }>) => {
    setProblem(null);
    try {
      const keys = await current.keys;
      const result = await props.session.kiosk.enrol(keys, t('kiosk.defaultName'));
      if (!result.ok) {
        setProblem(problemText(result));
        return;
      }
      sendGrant(current.link, result.grant);
      setStep({ kind: 'done' });
    } catch {
      setProblem(t('kiosk.pairFailed'));
    }
  };

  const revoke = async (member: string) => {
    const result = await props.session.kiosk.revoke(member);
    if (!result.ok) setProblem(problemText(result));
  };

  return (
    <div data-testid="kiosk-setup">
      <Show when={kiosks().length > 0}>
        <ul class="list">
          <For each={kiosks()}>
            {(kiosk) => (
              <li class="item" data-testid="kiosk-row">
                {kiosk.name || t('kiosk.defaultName')}{' '}
                <button type="button" class="button secondary" onClick={() => void revoke(kiosk.key)}>
                  {t('kiosk.revoke')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Switch>
        <Match when={step().kind === 'code'}>
          <p>{t('kiosk.setupIntro')}</p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (code().trim()) void connect(code());
            }}
          >
            <label for="kiosk-code">{t('kiosk.codeField')}</label>
            <input
              id="kiosk-code"
              autocomplete="off"
              value={code()}
              onInput={(event) => setCode(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              {t('kiosk.connect')}
            </button>
          </form>
          <QrScanner onCode={(scanned) => void connect(scanned)} />
        </Match>
        <Match when={step().kind === 'connecting'}>
          <p role="status">{t('kiosk.connecting')}</p>
        </Match>
        <Match
          when={(() => {
            const current = step();
            return current.kind === 'check' ? current : undefined;
          })()}
        >
          {(current) => (
            <>
              <p>{t('kiosk.checkQuestion')}</p>
              <p class="kiosk-code" data-testid="coordinator-check-code">
                {current().link.checkCode}
              </p>
              <div class="actions">
                <button type="button" class="button" onClick={() => void confirm(current())}>
                  {t('kiosk.checkSame')}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    stop();
                    setStep({ kind: 'code' });
                  }}
                >
                  {t('kiosk.checkDifferent')}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={step().kind === 'done'}>
          <p role="status" data-testid="kiosk-ready">
            {t('kiosk.ready')}
          </p>
        </Match>
      </Switch>
      <ProblemMessage text={problem()} />
    </div>
  );
}
