// "Ook op een ander apparaat": the member types the code the other device shows; both
// screens show a check code; once the person says they match, this device adds the
// other one's key to the member (device-add) and hands it the network.
import { createSignal, Match, onCleanup, Switch } from 'solid-js';
import { addPairedDevice, newDeviceKeys } from '../../data/devices/devicePairing.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import { problemText } from '../app/problemText.ts';
import { TextField } from '../common/Field.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { CheckCode } from './CheckCode.tsx';
import { pairingProblem, type SecureLink, typeCode, untilOtherEndCloses } from './pairingSteps.ts';

type Step =
  | { kind: 'form' }
  | { kind: 'connecting' }
  | { kind: 'check'; link: SecureLink }
  | { kind: 'adding' }
  | { kind: 'done' };

export function AddDevice(props: { session: NetworkSession; code?: string }) {
  const [code, setCode] = createSignal(props.code ?? '');
  const [label, setLabel] = createSignal(t('device.defaultLabel'));
  const [step, setStep] = createSignal<Step>({ kind: 'form' });
  const [problem, setProblem] = createSignal<string | null>(null);
  let close = () => {};
  onCleanup(() => close());

  const connect = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    setStep({ kind: 'connecting' });
    try {
      const link = await typeCode(code(), (closer) => {
        close = closer;
      });
      setStep({ kind: 'check', link });
    } catch (error) {
      setProblem(pairingProblem(error));
      setStep({ kind: 'form' });
    }
  };
  const answer = async (link: SecureLink, same: boolean) => {
    if (!same) {
      link.close();
      setProblem(t('device.problem.different'));
      setStep({ kind: 'form' });
      return;
    }
    setStep({ kind: 'adding' });
    try {
      const keys = await newDeviceKeys(link);
      if (!keys) throw new Error('not a device');
      const result = await addPairedDevice(link, props.session, keys, label());
      if (!result.ok) {
        link.close();
        setProblem(problemText(result));
        setStep({ kind: 'form' });
        return;
      }
      setStep({ kind: 'done' });
      await untilOtherEndCloses(link);
    } catch (error) {
      setProblem(pairingProblem(error));
      setStep({ kind: 'form' });
    }
  };

  return (
    <div aria-live="polite">
      <Switch>
        <Match when={step().kind === 'form'}>
          <p>{t('device.addIntro')}</p>
          <form class="form compact" onSubmit={(event) => void connect(event)} novalidate>
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
        </Match>
        <Match when={step().kind === 'connecting'}>
          <p role="status">{t('device.connecting')}</p>
        </Match>
        <Match
          when={(() => {
            const s = step();
            return s.kind === 'check' ? s : undefined;
          })()}
        >
          {(s) => <CheckCode code={s().link.checkCode} onAnswer={(same) => void answer(s().link, same)} />}
        </Match>
        <Match when={step().kind === 'adding'}>
          <p role="status">{t('device.adding')}</p>
        </Match>
        <Match when={step().kind === 'done'}>
          <p class="notice" role="status" data-testid="device-added">
            {t('device.added', { label: label() })}
          </p>
        </Match>
      </Switch>
    </div>
  );
}
