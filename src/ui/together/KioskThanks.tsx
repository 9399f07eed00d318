// The thank-you board on the kiosk's big screen: only thanks both sides agreed to show,
// and without names, as everything on the kiosk (it hangs in a public hall).
import { For, Show } from 'solid-js';
import { boardThanks } from '../../data/together/index.ts';
import type { LiveSession } from '../app/session.ts';
import { t } from '../i18n.ts';

const shownOnKiosk = 6;

export function KioskThanks(props: { live: LiveSession }) {
  const thanks = props.live.select(boardThanks);
  return (
    <Show when={thanks().length > 0}>
      <section aria-labelledby="kiosk-thanks-title" class="card" data-testid="kiosk-thanks">
        <h2 id="kiosk-thanks-title">{t('sharing.thanks.kiosk')}</h2>
        <ul class="kiosk-list">
          <For each={thanks().slice(0, shownOnKiosk)}>
            {(one) => (
              // The words in their own direction inside the quotes (Dutch words on an Arabic screen).
              <li data-testid="kiosk-thanks-item">
                “<bdi>{one.text}</bdi>”
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
