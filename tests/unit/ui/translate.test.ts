import { beforeAll, describe, expect, it } from 'vitest';
import { messages as en } from '../../../src/i18n/en/index.ts';
import type { MessageKey } from '../../../src/i18n/messages.ts';
import { messages as nl } from '../../../src/i18n/nl/index.ts';
import { languages, loadLanguage, translate } from '../../../src/i18n/translate.ts';

// Every area file of every language, by path: src/i18n/<language>/<area>.ts.
const areaFiles = import.meta.glob<Record<string, Record<string, string>>>(
  ['../../../src/i18n/*/*.ts', '!**/index.ts'],
  {
    eager: true,
  },
);
const areasOf = (language: string) =>
  Object.entries(areaFiles)
    .filter(([path]) => path.includes(`/i18n/${language}/`))
    .map(([path, module]) => ({ area: path.slice(path.lastIndexOf('/') + 1), texts: Object.values(module)[0] ?? {} }));

describe('translate', () => {
  it('shows the key while a language is not loaded yet, the text once it is', async () => {
    expect(translate('en', 'nav.board')).toBe('nav.board');
    await loadLanguage('en');
    expect(translate('en', 'nav.board')).toBe('Notice board');
  });

  describe('with both languages loaded', () => {
    beforeAll(() => Promise.all(languages.map(loadLanguage)));

    it('fills in values and chooses the plural by number', () => {
      expect(translate('nl', 'status.peers', { count: 1 })).toBe('Verbonden met 1 buur.');
      expect(translate('nl', 'status.peers', { count: 3 })).toBe('Verbonden met 3 buren.');
      expect(translate('en', 'status.peers', { count: 2 })).toBe('Connected to 2 neighbours.');
      expect(translate('en', 'problem.field.too-long', { field: 'Title', max: 120 })).toContain('120');
    });

    it('never finds an inherited property for a key built from data', () => {
      expect(translate('nl', 'toString' as MessageKey)).toBe('toString');
    });
  });

  it('has every Dutch message in English too, with the same placeholders', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(nl) as MessageKey[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('has the same area files in every language, and each key in one area only', () => {
    const dutchAreas = areasOf('nl').map(({ area }) => area);
    expect(dutchAreas.length).toBeGreaterThan(5);
    for (const language of languages) {
      const areas = areasOf(language);
      expect(areas.map(({ area }) => area).sort(), language).toEqual([...dutchAreas].sort());
      // A key in two areas would be silently overwritten when the areas are put together.
      const keys = areas.flatMap(({ texts }) => Object.keys(texts));
      expect(keys.length, language).toBe(new Set(keys).size);
      expect(keys.length, language).toBe(Object.keys(nl).length);
    }
  });

  it('avoids the words PRODUCT.md asks us not to use in Dutch', () => {
    const avoided = /\b(doelgroep|cliënt|klant|tegenprestatie|indicatie|intake|formulier)\b/i;
    for (const [key, text] of Object.entries(nl)) expect(text, key).not.toMatch(avoided);
  });
});
