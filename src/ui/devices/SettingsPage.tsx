// "Instellingen": this member's devices (and adding one), the recovery file, and
// notifications — all about this device and this member, nothing shared with others.
import { createSignal, For, Show } from 'solid-js';
import { myDevices } from '../../data/devices/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { MoveHouse } from '../profile/MoveHouse.tsx';
import { AddDevice } from './AddDevice.tsx';
import { RecoverySection } from './RecoverySection.tsx';

export function SettingsPage(props: { session: NetworkSession; live: LiveSession; name: string; code?: string }) {
  return (
    <>
      <h1>{t('me.settingsTitle')}</h1>
      <Devices {...props} />
      <RecoverySection session={props.session} name={props.name} />
      <Notifications session={props.session} />
      <MoveHouse session={props.session} live={props.live} />
      {/* CC BY-SA 4.0 asks that the pictures name their makers and licence. */}
      <p class="hint credits" data-testid="credits">
        {t('me.pictogramCredit')} <a href="/LICENSES.txt">{t('me.licences')}</a>
      </p>
    </>
  );
}

function Devices(props: { session: NetworkSession; live: LiveSession; code?: string }) {
  const devices = props.live.select(myDevices);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [adding, setAdding] = createSignal(props.code !== undefined);
  const remove = async (key: string) => {
    setProblem(null);
    const result = await props.session.devices.remove(key);
    if (!result.ok) setProblem(problemText(result));
  };
  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('device.title')}</h2>
      <ul class="list" data-testid="my-devices">
        <For each={devices()}>
          {(device) => (
            <li class="item device-line" data-testid="my-device">
              <span>{device.current ? t('device.thisOne') : device.label || t('device.unnamed')}</span>
              <Show when={!device.current}>
                <button type="button" class="button secondary" onClick={() => void remove(device.key)}>
                  {t('device.remove', { label: device.label || t('device.unnamed') })}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={devices().length > 1}>
        <p class="hint">{t('device.removeHint')}</p>
      </Show>
      <ProblemMessage text={problem()} />
      <Show
        when={adding()}
        fallback={
          <button type="button" class="button" onClick={() => setAdding(true)}>
            {t('device.addButton')}
          </button>
        }
      >
        <h3>{t('device.addButton')}</h3>
        <AddDevice session={props.session} {...(props.code ? { code: props.code } : {})} />
      </Show>
    </section>
  );
}

function Notifications(props: { session: NetworkSession }) {
  const supported = typeof Notification !== 'undefined';
  const [on, setOn] = createSignal(
    props.session.record.notify === true && supported && Notification.permission === 'granted',
  );
  const [refused, setRefused] = createSignal(supported && Notification.permission === 'denied');
  const toggle = async (want: boolean) => {
    if (want && supported && Notification.permission !== 'granted') {
      const answer = await Notification.requestPermission();
      if (answer !== 'granted') {
        setRefused(true);
        setOn(false);
        return;
      }
    }
    setOn(want);
    await props.session.saveRecord({ notify: want });
  };
  return (
    <section class="card" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('me.notifyTitle')}</h2>
      <p>{t('me.notifyNoPush')}</p>
      <Show when={supported} fallback={<p>{t('me.notifyUnsupported')}</p>}>
        <label class="choice">
          <input type="checkbox" checked={on()} onChange={(event) => void toggle(event.currentTarget.checked)} />
          {t('me.notifyChoice')}
        </label>
        <Show when={refused()}>
          <p class="hint">{t('me.notifyRefused')}</p>
        </Show>
      </Show>
      <p class="hint">{t('me.badgeHint')}</p>
    </section>
  );
}
