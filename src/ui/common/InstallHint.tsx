// How to put the app on a phone's home screen, in one short card: browsers hide it in a menu
// and most people never find it. Shown until it is dismissed once, and never in the installed app.
import { createSignal, Show } from 'solid-js';
import { t } from '../i18n.ts';
import { Pictogram } from './Pictogram.tsx';

const dismissedKey = 'buurtruil.installHintDismissed';

function installed(): boolean {
  return globalThis.matchMedia?.('(display-mode: standalone)').matches === true;
}

export function InstallHint() {
  const [shown, setShown] = createSignal(!installed() && globalThis.localStorage?.getItem(dismissedKey) !== '1');
  const dismiss = () => {
    localStorage.setItem(dismissedKey, '1');
    setShown(false);
  };
  return (
    <Show when={shown()}>
      <section class="card install-hint" aria-labelledby="install-title" data-testid="install-hint">
        <h2 id="install-title">
          <Pictogram name="install" /> {t('install.title')}
        </h2>
        <p>{t('install.android')}</p>
        <p>{t('install.iphone')}</p>
        <button type="button" class="button secondary" onClick={dismiss}>
          {t('install.dismiss')}
        </button>
      </section>
    </Show>
  );
}
