// The language menu on every page: a button that opens a short list of every language, each
// named in itself, so a person finds their own without reading the one shown now.
// A disclosure (a button and a list of buttons), not an ARIA menu: Tab, Enter and Space work
// as on every other button; the arrows move through the list; Escape closes it.
import { createEffect, createSignal, createUniqueId, For, onCleanup, Show } from 'solid-js';
import { type Language, languageDirection, languageName, languages } from '../../../i18n/translate.ts';
import { language, setLanguage, t } from '../../i18n.ts';
import { Pictogram } from '../Pictogram.tsx';

export function LanguageSwitch() {
  const [open, setOpen] = createSignal(false);
  const listId = createUniqueId();
  let root!: HTMLDivElement;
  let toggle!: HTMLButtonElement;
  const options = () => [...root.querySelectorAll<HTMLButtonElement>('.language-option')];

  const close = () => {
    setOpen(false);
    toggle.focus();
  };
  const choose = async (next: Language) => {
    await setLanguage(next);
    close();
  };
  /** Focus the option `step` places from the focused one (or the chosen language's), round the list. */
  const move = (step: number) => {
    const all = options();
    const from = all.indexOf(document.activeElement as HTMLButtonElement);
    const start = from >= 0 ? from : Math.max(0, languages.indexOf(language()));
    all[(start + (from >= 0 ? step : 0) + all.length) % all.length]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open()) {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Opened by an arrow on the button, the chosen language takes the focus first.
      if (!open()) setOpen(true);
      move(event.key === 'ArrowDown' ? 1 : -1);
    }
  };
  // Focus moving elsewhere (Tab) or a press elsewhere closes the list: it never hides part of the
  // page for long. Focus moving to nothing is no reason: Safari does not focus a pressed button.
  const onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (to instanceof Node && !root.contains(to)) setOpen(false);
  };
  const onPressElsewhere = (event: PointerEvent) => {
    if (!(event.target instanceof Node && root.contains(event.target))) setOpen(false);
  };
  createEffect(() => {
    if (!open()) return;
    document.addEventListener('pointerdown', onPressElsewhere);
    onCleanup(() => document.removeEventListener('pointerdown', onPressElsewhere));
  });

  return (
    <div class="language-switch" ref={root}>
      <button
        type="button"
        class="button secondary"
        ref={toggle}
        aria-expanded={open()}
        aria-controls={listId}
        onClick={() => setOpen(!open())}
        onKeyDown={onKeyDown}
        onFocusOut={onFocusOut}
      >
        <Pictogram name="language" />
        <span class="visually-hidden">{t('language.label')}: </span>
        <span lang={language()} dir={languageDirection(language())}>
          {languageName(language())}
        </span>
      </button>
      <ul id={listId} class="language-list" hidden={!open()}>
        <For each={languages}>
          {(code) => (
            <li>
              <button
                type="button"
                class="language-option"
                lang={code}
                dir={languageDirection(code)}
                aria-current={code === language() ? 'true' : undefined}
                onClick={() => choose(code)}
                onKeyDown={onKeyDown}
                onFocusOut={onFocusOut}
              >
                {languageName(code)}
                <Show when={code === language()}>
                  <Pictogram name="chosen" />
                </Show>
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
