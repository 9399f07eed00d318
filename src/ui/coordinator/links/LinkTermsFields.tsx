// The terms a coordinator fills in before linking: which kinds of help cross (none ticked:
// all), and the limit in hours (1–1000). Both coordinators fill in the same.
import { For } from 'solid-js';
import { categoryLabel, pictogramOf } from '../../board/categories.ts';
import { TextField } from '../../common/Field.tsx';
import { Pictogram } from '../../common/Pictogram.tsx';
import { t } from '../../i18n.ts';

export function LinkTermsFields(props: {
  categories: readonly string[];
  chosen: readonly string[];
  onChosen: (chosen: string[]) => void;
  limit: string;
  onLimit: (limit: string) => void;
  limitProblem: string | null;
}) {
  const toggle = (category: string, on: boolean) =>
    props.onChosen(on ? [...props.chosen, category] : props.chosen.filter((c) => c !== category));
  return (
    <>
      <h3>{t('links.termsTitle')}</h3>
      <fieldset class="choices" aria-describedby="link-categories-hint">
        <legend>{t('links.categories')}</legend>
        <p class="hint" id="link-categories-hint">
          {t('links.categoriesHint')}
        </p>
        <For each={props.categories}>
          {(category) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={props.chosen.includes(category)}
                onChange={(event) => toggle(category, event.currentTarget.checked)}
              />
              <Pictogram name={pictogramOf(category)} /> {categoryLabel(category)}
            </label>
          )}
        </For>
      </fieldset>
      <TextField
        id="link-limit"
        type="number"
        min="1"
        max="1000"
        inputmode="numeric"
        label={t('links.limit')}
        hint={t('links.limitHint')}
        value={props.limit}
        onValue={props.onLimit}
        problem={props.limitProblem}
      />
    </>
  );
}
