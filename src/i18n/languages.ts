// The languages Buurtruil speaks. Each is a folder of texts beside this file (nl/, en/),
// built as a chunk of its own that a page loads only when it shows that language.
// Adding a language: a folder with the same files as en/, and one line below.
import type { Catalogue } from './messages.ts';

type LoadCatalogue = () => Promise<{ messages: Catalogue }>;

const catalogues = {
  nl: () => import('./nl/index.ts'),
  en: () => import('./en/index.ts'),
} satisfies Record<string, LoadCatalogue>;

export type Language = keyof typeof catalogues;
export const languages = Object.keys(catalogues) as Language[];
export const defaultLanguage: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(catalogues, value);
}

/** The language's texts, fetched on first use (a dynamic import: one chunk per language). */
export function importCatalogue(language: Language): Promise<{ messages: Catalogue }> {
  return catalogues[language]();
}
