// A device that is not the kiosk yet: it shows a code (and a QR code of it) for the
// coordinator's laptop, then the check code both screens show; once the coordinator has
// compared them, the network arrives over the paired link and this device is the kiosk.
import { deviceDatabase, type NetworkRecord } from '../../data/devices/index.ts';
import { askToBeKiosk, becomeKiosk } from '../../data/kiosk/index.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { QrImage } from '../common/QrImage.tsx';
import { PairingSteps } from '../devices/PairingSteps.tsx';
import { createPairingFlow } from '../devices/pairingFlow.ts';
import { shownCode } from '../devices/pairingSteps.ts';
import { t } from '../i18n.ts';

export function KioskPairing(props: { onReady: (record: NetworkRecord) => void }) {
  const flow = createPairingFlow({
    // The coordinator compares the digits on the laptop; the kiosk shows them and waits.
    compares: false,
    matched: async (link) => {
      const grant = await askToBeKiosk(link, await deviceDatabase.ownIdentity());
      link.close();
      props.onReady(await becomeKiosk(deviceDatabase, grant));
    },
    otherwise: () => t('kiosk.pairFailed'),
  });
  void flow.show();

  return (
    <main id="main" class="kiosk-screen" data-testid="kiosk-pairing">
      <h1>{t('kiosk.setupTitle')}</h1>
      <p>{t('kiosk.setupHint')}</p>
      <PairingSteps
        flow={flow}
        code={(code) => (
          <>
            <p class="kiosk-code" data-testid="kiosk-pairing-code">
              {shownCode(code)}
            </p>
            <QrImage text={code} alt={t('kiosk.pairingQr')} size={220} />
          </>
        )}
        working={(link) => (
          <>
            <p>{t('kiosk.checkHint')}</p>
            <p class="kiosk-code" data-testid="kiosk-check-code">
              {link.checkCode}
            </p>
          </>
        )}
        failed={(problem) => (
          <>
            <ProblemMessage text={problem} />
            <button type="button" class="button kiosk-big" onClick={() => void flow.show()}>
              {t('kiosk.pairAgain')}
            </button>
          </>
        )}
      />
    </main>
  );
}
