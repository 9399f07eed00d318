// The languages Buurtruil speaks. Each is a folder of texts beside this file (nl/, en/, ...),
// built as two chunks of its own (index.ts, every page's texts; office.ts, the office's) that a
// page loads only when it shows that language.
// Adding a language: a folder with the same files as en/, and one line below (in the order of
// the code), with the language's name written in that language: the menu shows it so. A language
// written right to left says so (direction: 'rtl'); public/boot.js lists those codes too.
import type { EverydayTexts, OfficeTexts, TextPart } from './messages.ts';

interface Loaders {
  everyday: () => Promise<{ messages: EverydayTexts }>;
  office: () => Promise<{ messages: OfficeTexts }>;
}

const catalogues = {
  ar: {
    name: 'العربية',
    direction: 'rtl',
    load: { everyday: () => import('./ar/index.ts'), office: () => import('./ar/office.ts') },
  },
  en: { name: 'English', load: { everyday: () => import('./en/index.ts'), office: () => import('./en/office.ts') } },
  nl: { name: 'Nederlands', load: { everyday: () => import('./nl/index.ts'), office: () => import('./nl/office.ts') } },
  pl: { name: 'Polski', load: { everyday: () => import('./pl/index.ts'), office: () => import('./pl/office.ts') } },
  tr: { name: 'Türkçe', load: { everyday: () => import('./tr/index.ts'), office: () => import('./tr/office.ts') } },
  uk: { name: 'Українська', load: { everyday: () => import('./uk/index.ts'), office: () => import('./uk/office.ts') } },
} satisfies Record<string, { name: string; direction?: 'rtl'; load: Loaders }>;

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

/** A part of the language's texts, fetched on first use (a dynamic import: one chunk per language and part). */
export function importCatalogue(
  language: Language,
  part: TextPart,
): Promise<{ messages: EverydayTexts | OfficeTexts }> {
  return catalogues[language].load[part]();
}
