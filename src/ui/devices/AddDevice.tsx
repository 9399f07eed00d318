// "Ook op een ander apparaat": the member types the code the other device shows; both
// screens show a check code; once the person says they match, this device adds the
// other one's key to the member (device-add) and hands it the network.
import { createSignal } from 'solid-js';
import { addPairedDevice, newDeviceKeys } from '../../data/devices/devicePairing.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import { problemText } from '../app/problemText.ts';
import { TextField } from '../common/Field.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { PairingSteps } from './PairingSteps.tsx';
import { createPairingFlow, PairingStop } from './pairingFlow.ts';
import { untilOtherEndCloses } from './pairingSteps.ts';

export function AddDevice(props: { session: NetworkSession; code?: string }) {
  const [code, setCode] = createSignal(props.code ?? '');
  const [label, setLabel] = createSignal(t('device.defaultLabel'));
  const flow = createPairingFlow({
    matched: async (link) => {
      const keys = await newDeviceKeys(link);
      if (!keys) throw new Error('not a device');
      const result = await addPairedDevice(link, props.session, keys, label());
      if (!result.ok) throw new PairingStop(problemText(result));
      void untilOtherEndCloses(link);
    },
  });

  return (
    <div aria-live="polite">
      <PairingSteps
        flow={flow}
        form={(problem) => (
          <>
            <p>{t('device.addIntro')}</p>
            <form
              class="form compact"
              onSubmit={(event) => {
                event.preventDefault();
                void flow.type(code());
              }}
              novalidate
            >
              <TextField
                id="device-label"
                label={t('device.label')}
                hint={t('device.labelHint')}
                value={label()}
                onValue={setLabel}
                maxLength={40}
              />
              <TextField
                id="device-code"
                label={t('device.code')}
                hint={t('device.codeHint')}
                value={code()}
                onValue={setCode}
                autocomplete="off"
                spellcheck={false}
                autocapitalize="characters"
              />
              <ProblemMessage text={problem()} />
              <button type="submit" class="button">
                {t('device.connect')}
              </button>
            </form>
          </>
        )}
        connecting={<p role="status">{t('device.connecting')}</p>}
        working={() => <p role="status">{t('device.adding')}</p>}
        matched={() => (
          <p class="notice" role="status" data-testid="device-added">
            {t('device.added', { label: label() })}
          </p>
        )}
      />
    </div>
  );
}
