// Looks a message up in the chosen language and fills in {name} and
// {name, one, other} (a plural chosen by the number). A language's texts are loaded
// first (loadLanguage: every page's part, and the office's part where a page asks for it);
// until then its messages show as their keys.

import {
  defaultLanguage,
  importCatalogue,
  isLanguage,
  type Language,
  languageDirection,
  languageName,
  languages,
} from './languages.ts';
import type { MessageKey, TextPart } from './messages.ts';

export type { MessageKey, TextPart };
export { defaultLanguage, isLanguage, type Language, languageDirection, languageName, languages };

const loaded = new Map<Language, Record<string, string>>();
const parts = new Map<Language, Set<TextPart>>();

/** Fetches the texts every page shows in a language, once; later calls for it resolve at once. */
export function loadLanguage(language: Language): Promise<void> {
  return loadPart(language, 'everyday');
}

/** Fetches the office's texts (coordinator, kiosk, report, importer) in a language, once. */
export function loadOfficeTexts(language: Language): Promise<void> {
  return loadPart(language, 'office');
}

async function loadPart(language: Language, part: TextPart): Promise<void> {
  if (parts.get(language)?.has(part)) return;
  const { messages } = await importCatalogue(language, part);
  loaded.set(language, { ...loaded.get(language), ...messages });
  parts.set(language, new Set([...(parts.get(language) ?? []), part]));
}

export type MessageValues = Readonly<Record<string, string | number>>;

export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const catalogue = loaded.get(language);
  // Own properties only: a key built from data must never find an inherited function.
  if (!catalogue || !Object.hasOwn(catalogue, key)) return key;
  const template = catalogue[key] as string;
  return template.replace(/\{(\w+)(?:, ([^,}]*), ([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) return whole;
    if (one !== undefined && other !== undefined) return value === 1 ? one : other;
    return String(value);
  });
}
