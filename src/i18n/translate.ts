// Looks a message up in the chosen language and fills in {name} and
// {name, one, other} (a plural chosen by the number). A language's texts are loaded
// first (loadLanguage); until then its messages show as their keys.

import {
  defaultLanguage,
  importCatalogue,
  isLanguage,
  type Language,
  languageDirection,
  languageName,
  languages,
} from './languages.ts';
import type { Catalogue, MessageKey } from './messages.ts';

export type { MessageKey };
export { defaultLanguage, isLanguage, type Language, languageDirection, languageName, languages };

const loaded = new Map<Language, Catalogue>();

/** Fetches a language's texts once; later calls for it resolve at once. */
export async function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  const { messages } = await importCatalogue(language);
  loaded.set(language, messages);
}

export type MessageValues = Readonly<Record<string, string | number>>;

export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const catalogue = loaded.get(language);
  // Own properties only: a key built from data must never find an inherited function.
  if (!catalogue || !Object.hasOwn(catalogue, key)) return key;
  const template = catalogue[key];
  return template.replace(/\{(\w+)(?:, ([^,}]*), ([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) return whole;
    if (one !== undefined && other !== undefined) return value === 1 ? one : other;
    return String(value);
  });
}
