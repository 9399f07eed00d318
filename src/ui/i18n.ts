// The chosen language as a Solid signal; Dutch unless the person picked English.
import { createRoot, createSignal } from 'solid-js';
import {
  defaultLanguage,
  isLanguage,
  type Language,
  type MessageKey,
  type MessageValues,
  translate,
} from '../i18n/translate.ts';

const storageKey = 'buurtruil-language';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

const [language, setLanguageSignal] = createRoot(() => createSignal<Language>(storedLanguage()));

export { language };

export function setLanguage(next: Language): void {
  setLanguageSignal(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Private mode or a full disk: the choice lasts this visit only.
  }
}

export function t(key: MessageKey, values?: MessageValues): string {
  return translate(language(), key, values);
}
