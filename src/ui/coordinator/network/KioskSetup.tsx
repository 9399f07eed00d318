// The coordinator's side of the kiosk: meet the device directly (PeerJS through the relay,
// the code the kiosk shows, typed or scanned), compare the check code on both screens, and
// only then enrol it as the kiosk and send it the network. Also: take the role back.
import { createSignal, For, Show } from 'solid-js';
import { kioskKeysFrom, kiosksOf, sendGrant } from '../../../data/kiosk/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { PairingSteps } from '../../devices/PairingSteps.tsx';
import { createPairingFlow, PairingStop } from '../../devices/pairingFlow.ts';
import { t } from '../../i18n.ts';
import { QrScanner } from '../../kiosk/QrScanner.tsx';

export function KioskSetup(props: { session: NetworkSession; live: LiveSession }) {
  const kiosks = props.live.select(kiosksOf);
  const [code, setCode] = createSignal('');
  const [revokeProblem, setRevokeProblem] = createSignal<string | null>(null);
  const flow = createPairingFlow({
    matched: async (link) => {
      const keys = await kioskKeysFrom(link);
      const result = await props.session.kiosk.enrol(keys, t('kiosk.defaultName'));
      if (!result.ok) throw new PairingStop(problemText(result));
      sendGrant(link, result.grant);
    },
    otherwise: () => t('kiosk.pairFailed'),
  });
  const connect = (typed: string) => {
    setRevokeProblem(null);
    if (typed.trim()) void flow.type(typed);
  };

  const revoke = async (member: string) => {
    setRevokeProblem(null);
    const result = await props.session.kiosk.revoke(member);
    if (!result.ok) setRevokeProblem(problemText(result));
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
      <PairingSteps
        flow={flow}
        form={(problem) => (
          <>
            <p>{t('kiosk.setupIntro')}</p>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                connect(code());
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
            <QrScanner onCode={connect} />
            <ProblemMessage text={problem()} />
          </>
        )}
        connecting={<p role="status">{t('kiosk.connecting')}</p>}
        check={(link) => (
          <>
            <p>{t('kiosk.checkQuestion')}</p>
            <p class="kiosk-code" data-testid="coordinator-check-code">
              {link.checkCode}
            </p>
            <div class="actions">
              <button type="button" class="button" onClick={() => flow.answer(true)}>
                {t('kiosk.checkSame')}
              </button>
              <button type="button" class="button secondary" onClick={() => flow.answer(false)}>
                {t('kiosk.checkDifferent')}
              </button>
            </div>
          </>
        )}
        working={() => <p role="status">{t('kiosk.connecting')}</p>}
        matched={() => (
          <p role="status" data-testid="kiosk-ready">
            {t('kiosk.ready')}
          </p>
        )}
      />
      <ProblemMessage text={revokeProblem()} />
    </div>
  );
}
