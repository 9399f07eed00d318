// The members of a plan's small circle (docs/protocol-together.md §3), chosen by name: a
// search box that narrows a list of check boxes. Check boxes are reached with Tab and ticked
// with Space, each row a 44 px target; how many are chosen stays said below, also when the
// search hides them.
import { createSignal, createUniqueId, Show } from 'solid-js';
import { KeyedFor } from '../common/KeyedFor.tsx';
import { t } from '../i18n.ts';

/** Letters without their accents, in lower case: "Özlem" is found by "ozl". */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function CirclePicker(props: {
  members: { key: string; name: string }[];
  chosen: string[];
  onChosen: (chosen: string[]) => void;
  min: number;
  max: number;
  problem: string | null;
}) {
  const id = createUniqueId();
  const [search, setSearch] = createSignal('');
  const shown = () => props.members.filter((member) => plain(member.name).includes(plain(search().trim())));
  const toggle = (key: string, on: boolean) =>
    props.onChosen(on ? [...props.chosen, key] : props.chosen.filter((chosen) => chosen !== key));
  return (
    <fieldset class="choices single" data-testid="plan-circle" aria-describedby={`${id}-hint ${id}-count`}>
      <legend>{t('plans.circleWho')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {t('plans.circleHint', { min: props.min, max: props.max })}
      </p>
      <div class="field">
        <label for={`${id}-search`}>{t('plans.circleSearch')}</label>
        <input
          id={`${id}-search`}
          type="search"
          autocomplete="off"
          value={search()}
          onInput={(event) => setSearch(event.currentTarget.value)}
        />
      </div>
      <div class="circle-list">
        {/* By key: the members are read anew at every write, and the box in focus must stay. */}
        <KeyedFor each={shown()} by={(member) => member.key} fallback={<p class="meta">{t('plans.circleNoMatch')}</p>}>
          {(member) => {
            const key = member().key;
            return (
              <label class="choice">
                <input
                  type="checkbox"
                  value={key}
                  checked={props.chosen.includes(key)}
                  disabled={!props.chosen.includes(key) && props.chosen.length >= props.max}
                  onChange={(event) => toggle(key, event.currentTarget.checked)}
                />
                {member().name}
              </label>
            );
          }}
        </KeyedFor>
      </div>
      <p class="meta" id={`${id}-count`} aria-live="polite">
        {t('plans.circleChosen', { count: props.chosen.length })}
      </p>
      <Show when={props.problem}>
        <p class="problem" role="alert">
          {props.problem}
        </p>
      </Show>
    </fieldset>
  );
}
