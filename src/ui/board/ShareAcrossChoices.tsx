// In the post form: "Ook laten zien in {buurt}" for each open link (protocol-links.md §3),
// shown only when a link is open and the network's policy allows sharing. A category outside
// a link's terms cannot be shared there, and the form says so; a share cannot be taken back.
import { For, Show } from 'solid-js';
import type { ShareChoice } from '../../data/links/index.ts';
import { t } from '../i18n.ts';
import { categoryLabel } from './categories.ts';

export function ShareAcrossChoices(props: {
  choices: ShareChoice[];
  category: string;
  /** The links ticked (not yet shared). */
  chosen: readonly string[];
  onChosen: (links: string[]) => void;
}) {
  const toggle = (link: string, on: boolean) =>
    props.onChosen(on ? [...new Set([...props.chosen, link])] : props.chosen.filter((l) => l !== link));
  return (
    <Show when={props.choices.length > 0}>
      <fieldset class="choices" data-testid="share-across">
        <legend>{t('across.shareLegend')}</legend>
        <For each={props.choices}>
          {(choice) => (
            <Show
              when={choice.allowed || choice.shared}
              fallback={
                <p class="hint" data-testid="share-not-allowed">
                  {t('across.notInTerms', { place: choice.name, category: categoryLabel(props.category) })}
                </p>
              }
            >
              <label class="choice">
                <input
                  type="checkbox"
                  checked={choice.shared || props.chosen.includes(choice.link)}
                  disabled={choice.shared}
                  onChange={(event) => toggle(choice.link, event.currentTarget.checked)}
                />
                {t('across.shareIn', { place: choice.name })}
              </label>
              <Show when={choice.shared}>
                <p class="hint">{t('across.shared', { place: choice.name })}</p>
              </Show>
            </Show>
          )}
        </For>
        <p class="hint">{t('across.shareHint')}</p>
      </fieldset>
    </Show>
  );
}
