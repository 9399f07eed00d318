// The coordinator's part when a neighbour lost everything: after meeting them, type the
// code their new device shows, check the digits together, choose who it is and why, and
// move them to the new device's key (move-member). Their hours, posts and history stay
// theirs; what the old devices write afterwards does not count.
import { createSignal, For, Match, onCleanup, Switch } from 'solid-js';
import { moveToPairedDevice, type NewDeviceKeys, newDeviceKeys } from '../../data/devices/devicePairing.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import { problemText } from '../app/problemText.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { TextArea, TextField } from '../common/Field.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { CheckCode } from './CheckCode.tsx';
import { pairingProblem, type SecureLink, typeCode, untilOtherEndCloses } from './pairingSteps.ts';

type Step =
  | { kind: 'code' }
  | { kind: 'connecting' }
  | { kind: 'check'; link: SecureLink }
  | { kind: 'waiting' }
  | { kind: 'choose'; link: SecureLink; keys: NewDeviceKeys }
  | { kind: 'moving' }
  | { kind: 'done'; name: string };

/** A code from the QR code a new device shows (it opens this page with #verhuis=CODE). */
function codeFromLink(): string {
  const match = /^#verhuis=([0-9A-Za-z-]{1,20})$/.exec(location.hash);
  return match?.[1] ?? '';
}

export function MoveMember(props: { session: NetworkSession }) {
  const members = useLiveQuery(() => props.session.db.members.toArray(), []);
  const movable = () =>
    members()
      .filter((m) => (m.status === 'admitted' || m.status === 'suspended') && m.key !== props.session.memberKey)
      .sort((a, b) => a.name.localeCompare(b.name));
  const [code, setCode] = createSignal(codeFromLink());
  const [member, setMember] = createSignal('');
  const [reason, setReason] = createSignal(t('device.moveReasonDefault'));
  const [step, setStep] = createSignal<Step>({ kind: 'code' });
  const [problem, setProblem] = createSignal<string | null>(null);
  let close = () => {};
  onCleanup(() => close());

  const fail = (text: string) => {
    close();
    setProblem(text);
    setStep({ kind: 'code' });
  };
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
      fail(pairingProblem(error));
    }
  };
  const answer = async (link: SecureLink, same: boolean) => {
    if (!same) return fail(t('device.problem.different'));
    setStep({ kind: 'waiting' });
    try {
      const keys = await newDeviceKeys(link);
      if (!keys) return fail(t('device.problem.closed'));
      setStep({ kind: 'choose', link, keys });
    } catch (error) {
      fail(pairingProblem(error));
    }
  };
  const move = async (event: SubmitEvent, link: SecureLink, keys: NewDeviceKeys) => {
    event.preventDefault();
    setProblem(null);
    const chosen = movable().find((m) => m.key === member());
    if (!chosen) {
      setProblem(t('device.moveNoMember'));
      return;
    }
    setStep({ kind: 'moving' });
    const result = await moveToPairedDevice(link, props.session, keys, chosen.key, reason());
    if (!result.ok) return fail(problemText(result));
    setStep({ kind: 'done', name: chosen.name || t('common.someone') });
    await untilOtherEndCloses(link);
  };

  return (
    <div data-testid="move-member">
      <p>{t('device.moveIntro')}</p>
      <div aria-live="polite">
        <Switch>
          <Match when={step().kind === 'code'}>
            <form class="form compact" onSubmit={(event) => void connect(event)} novalidate>
              <TextField
                id="move-code"
                label={t('device.moveCode')}
                hint={t('device.codeHint')}
                value={code()}
                onValue={setCode}
                autocomplete="off"
                spellcheck={false}
              />
              <button type="submit" class="button">
                {t('device.connect')}
              </button>
            </form>
          </Match>
          <Match when={step().kind === 'connecting' || step().kind === 'waiting'}>
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
          <Match
            when={(() => {
              const s = step();
              return s.kind === 'choose' ? s : undefined;
            })()}
          >
            {(s) => (
              <form class="form compact" onSubmit={(event) => void move(event, s().link, s().keys)} novalidate>
                <div class="field">
                  <label for="move-member-who">{t('device.moveWho')}</label>
                  <select id="move-member-who" value={member()} onChange={(e) => setMember(e.currentTarget.value)}>
                    <option value="">{t('device.moveChoose')}</option>
                    <For each={movable()}>
                      {(m) => (
                        <option value={m.key}>
                          {m.name || t('common.someone')}
                          {m.area ? ` (${m.area})` : ''}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
                <TextArea id="move-reason" label={t('device.moveReason')} value={reason()} onValue={setReason} />
                <p class="hint">{t('device.moveHint')}</p>
                <button type="submit" class="button">
                  {t('device.moveConfirm')}
                </button>
              </form>
            )}
          </Match>
          <Match when={step().kind === 'moving'}>
            <p role="status">{t('device.moving')}</p>
          </Match>
          <Match
            when={(() => {
              const s = step();
              return s.kind === 'done' ? s : undefined;
            })()}
          >
            {(s) => (
              <p class="notice" role="status" data-testid="member-moved">
                {t('device.moved', { name: s().name })}
              </p>
            )}
          </Match>
        </Switch>
      </div>
      <ProblemMessage text={problem()} />
    </div>
  );
}
