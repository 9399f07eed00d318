// The languages Buurtruil speaks. Each is a folder of texts beside this file (nl/, en/, ...),
// built as a chunk of its own that a page loads only when it shows that language.
// Adding a language: a folder with the same files as en/, and one line below (in the order of
// the code), with the language's name written in that language: the menu shows it so. A language
// written right to left says so (direction: 'rtl'); public/boot.js lists those codes too.
import type { Catalogue } from './messages.ts';

type LoadCatalogue = () => Promise<{ messages: Catalogue }>;

const catalogues = {
  ar: { name: 'العربية', direction: 'rtl', load: () => import('./ar/index.ts') },
  en: { name: 'English', load: () => import('./en/index.ts') },
  nl: { name: 'Nederlands', load: () => import('./nl/index.ts') },
  pl: { name: 'Polski', load: () => import('./pl/index.ts') },
  tr: { name: 'Türkçe', load: () => import('./tr/index.ts') },
  uk: { name: 'Українська', load: () => import('./uk/index.ts') },
} satisfies Record<string, { name: string; direction?: 'rtl'; load: LoadCatalogue }>;

export type Language = keyof typeof catalogues;
export const languages = Object.keys(catalogues) as Language[];
export const defaultLanguage: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(catalogues, value);
}

/** The language's name in itself ("Nederlands", "English"): what its speaker looks for. */
export function languageName(language: Language): string {
  return catalogues[language].name;
}

/** Which way the language is written: the page's dir attribute, so the layout mirrors for Arabic. */
export function languageDirection(language: Language): 'ltr' | 'rtl' {
  const entry: { name: string; direction?: 'rtl' } = catalogues[language];
  return entry.direction ?? 'ltr';
}

/** The language's texts, fetched on first use (a dynamic import: one chunk per language). */
export function importCatalogue(language: Language): Promise<{ messages: Catalogue }> {
  return catalogues[language].load();
}
