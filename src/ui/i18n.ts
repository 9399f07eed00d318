// The chosen language as a Solid signal; Dutch unless the person picked another. Only that
// language's texts are loaded: this module waits for them (a top-level await), so an
// island that shows text cannot start before its texts are here, and never shows a key.
// The office's texts (coordinator, kiosk, report, importer) come only for a page that waits
// for wantOfficeTexts() first: the board never loads them (docs/benchmarks.md, figure 7).
import { createRoot, createSignal } from 'solid-js';
import {
  defaultLanguage,
  isLanguage,
  type Language,
  languageDirection,
  loadLanguage,
  loadOfficeTexts,
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

/** The stored language, loaded; Dutch should its texts not load (an old choice, a broken cache). */
async function firstLanguage(): Promise<Language> {
  const chosen = storedLanguage();
  try {
    await loadLanguage(chosen);
    return chosen;
  } catch (error) {
    if (chosen === defaultLanguage) throw error;
    await loadLanguage(defaultLanguage);
    return defaultLanguage;
  }
}

/** The page says which language it shows, and which way it is written: dir="rtl" mirrors the layout. */
function markPage(shown: Language): void {
  if (!globalThis.document) return;
  document.documentElement.lang = shown;
  document.documentElement.dir = languageDirection(shown);
}

const first = await firstLanguage();
markPage(first);
const [language, setLanguageSignal] = createRoot(() => createSignal<Language>(first));

export { language };

/** Whether this page has asked for the office's texts: a change of language loads them too. */
let officeWanted = false;

/** Loads the office's texts in the page's language; a page or screen that shows them waits for this first. */
export async function wantOfficeTexts(): Promise<void> {
  officeWanted = true;
  try {
    await loadOfficeTexts(language());
  } catch {
    // Offline with a cache that lacks them: the page still works, its office texts show as keys.
  }
}

/** Loads the language's texts (its own chunk) and then switches: no moment shows keys. */
export async function setLanguage(next: Language): Promise<void> {
  try {
    await loadLanguage(next);
    if (officeWanted) await loadOfficeTexts(next);
  } catch {
    // Offline with a cache that lacks them: the page stays in its language; pressing again retries.
    return;
  }
  setLanguageSignal(next);
  markPage(next);
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Private mode or a full disk: the choice lasts this visit only.
  }
}

export function t(key: MessageKey, values?: MessageValues): string {
  return translate(language(), key, values);
}
