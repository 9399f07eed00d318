// Looks a message up in the chosen language and fills in {name} and
// {name, one, other} (a plural chosen by the number).
import { en } from './en.ts';
import { type MessageKey, nl } from './nl.ts';

export type Language = 'nl' | 'en';
export const languages: readonly Language[] = ['nl', 'en'];
export const defaultLanguage: Language = 'nl';

const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

export type MessageValues = Readonly<Record<string, string | number>>;

export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const catalogue = catalogues[language];
  // Own properties only: a key built from data must never find an inherited function.
  if (!Object.hasOwn(catalogue, key)) return key;
  const template = catalogue[key];
  return template.replace(/\{(\w+)(?:, ([^,}]*), ([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) return whole;
    if (one !== undefined && other !== undefined) return value === 1 ? one : other;
    return String(value);
  });
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export type { MessageKey };
