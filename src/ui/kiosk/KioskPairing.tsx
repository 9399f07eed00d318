// A device that is not the kiosk yet: it shows a code (and a QR code of it) for the
// coordinator's laptop, then the check code both screens show; once the coordinator has
// compared them, the network arrives over the paired link and this device is the kiosk.
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { groupCode } from '../../core/encoding/crockford.ts';
import { deviceDatabase, type NetworkRecord } from '../../data/devices/DeviceDatabase.ts';
import { askToBeKiosk } from '../../data/kiosk/kioskPairing.ts';
import { becomeKiosk } from '../../data/kiosk/kioskSetup.ts';
import type { PeerPairing } from '../../sync/PeerPairing.ts';
import { signallingUrls } from '../../sync/signallingUrls.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { pairingCode } from '../devices/pairingSteps.ts';
import { qrSvg } from '../format/qrSvg.ts';
import { t } from '../i18n.ts';

export function KioskPairing(props: { onReady: (record: NetworkRecord) => void }) {
  const [code, setCode] = createSignal<string | null>(null);
  const [check, setCheck] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  let pairing: PeerPairing | null = null;
  let stopped = false;
  onCleanup(() => {
    stopped = true;
    pairing?.close();
  });

  const pair = async () => {
    setProblem(null);
    setCheck(null);
    try {
      const relay = signallingUrls([], import.meta.env.PUBLIC_BUURTRUIL_RELAY, new URL(location.href))[0] ?? '';
      const { PeerPairing, secureLink } = await pairingCode();
      if (stopped) return;
      pairing = await PeerPairing.host(relay);
      if (stopped) return pairing.close();
      setCode(pairing.code);
      await pairing.connected;
      const link = await secureLink(pairing);
      setCheck(link.checkCode);
      const grant = await askToBeKiosk(link, await deviceDatabase.ownIdentity());
      link.close();
      props.onReady(await becomeKiosk(deviceDatabase, grant));
    } catch {
      pairing?.close();
      if (stopped) return;
      setCode(null);
      setProblem(t('kiosk.pairFailed'));
    }
  };
  void pair();

  const [qr] = createResource(code, qrSvg);
  return (
    <main id="main" class="kiosk-screen" data-testid="kiosk-pairing">
      <h1>{t('kiosk.setupTitle')}</h1>
      <p>{t('kiosk.setupHint')}</p>
      <Show when={code() && !check()}>
        <p class="kiosk-code" data-testid="kiosk-pairing-code">
          {groupCode(code() ?? '')}
        </p>
        <Show when={qr()}>
          <img
            class="qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr() ?? '')}`}
            alt={t('kiosk.pairingQr')}
            width="220"
            height="220"
          />
        </Show>
      </Show>
      <Show when={check()}>
        <p>{t('kiosk.checkHint')}</p>
        <p class="kiosk-code" data-testid="kiosk-check-code">
          {check()}
        </p>
      </Show>
      <ProblemMessage text={problem()} />
      <Show when={problem()}>
        <button type="button" class="button kiosk-big" onClick={() => void pair()}>
          {t('kiosk.pairAgain')}
        </button>
      </Show>
    </main>
  );
}
