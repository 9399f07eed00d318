// "Ook op een ander apparaat": the member types the code the other device shows; both
// screens show a check code; once the person says they match, this device adds the
// other one's key to the member (device-add) and hands it the network.
import { createSignal } from 'solid-js';
import { addPairedDevice, newDeviceKeys } from '../../data/devices/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import { TextField } from '../common/Field.tsx';
import { t } from '../i18n.ts';
import { PairingCodeForm } from './PairingCodeForm.tsx';
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
            <PairingCodeForm
              id="device-code"
              label={t('device.code')}
              code={code()}
              onCode={setCode}
              problem={problem()}
              onSubmit={() => void flow.type(code())}
            >
              <TextField
                id="device-label"
                label={t('device.label')}
                hint={t('device.labelHint')}
                value={label()}
                onValue={setLabel}
                maxLength={40}
              />
            </PairingCodeForm>
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
