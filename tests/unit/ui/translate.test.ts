import { beforeAll, describe, expect, it } from 'vitest';
import { messages as enEveryday } from '../../../src/i18n/en/index.ts';
import { messages as enOffice } from '../../../src/i18n/en/office.ts';
import type { MessageKey } from '../../../src/i18n/messages.ts';
import { messages as nlEveryday } from '../../../src/i18n/nl/index.ts';
import { messages as nlOffice } from '../../../src/i18n/nl/office.ts';
import {
  languageDirection,
  languageName,
  languages,
  loadLanguage,
  loadOfficeTexts,
  translate,
} from '../../../src/i18n/translate.ts';

// A language's texts in two parts (index.ts: every page's; office.ts: the office pages'), together.
const nl = { ...nlEveryday, ...nlOffice };
const en = { ...enEveryday, ...enOffice };

// Every area file of every language, by path: src/i18n/<language>/<area>.ts.
const areaFiles = import.meta.glob<Record<string, Record<string, string>>>(
  ['../../../src/i18n/*/*.ts', '!**/index.ts', '!**/office.ts'],
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

  it("loads the office's texts (coordinator, kiosk, report, importer) only when asked for", async () => {
    await loadLanguage('en');
    expect(translate('en', 'coord.title')).toBe('coord.title');
    await loadOfficeTexts('en');
    expect(translate('en', 'coord.title')).toBe('Coordinator');
    expect(translate('en', 'nav.board')).toBe('Notice board');
  });

  it("keeps the board's texts out of the office's part, and no key in both parts", () => {
    // The board (ui/board/) loads only the everyday part: its notices are there too.
    expect(Object.keys(nlEveryday)).toEqual(expect.arrayContaining(['board.title', 'toolkit.notice.paused']));
    for (const key of Object.keys(nlOffice)) expect(Object.hasOwn(nlEveryday, key), key).toBe(false);
  });

  describe('with both languages loaded', () => {
    beforeAll(() => Promise.all([...languages.map(loadLanguage), ...languages.map(loadOfficeTexts)]));

    it('fills in values and chooses the plural by number', () => {
      expect(translate('nl', 'status.peers', { count: 1 })).toBe('Nu is er 1 buur online.');
      expect(translate('nl', 'status.peers', { count: 3 })).toBe('Nu zijn er 3 buren online.');
      expect(translate('en', 'status.peers', { count: 2 })).toBe('2 neighbours online now.');
      expect(translate('en', 'problem.field.too-long', { field: 'Title', max: 120 })).toContain('120');
      // Turkish has no plural after a number; Polish puts the count after a label (no plural to choose).
      expect(translate('tr', 'status.peers', { count: 3 })).toBe('Şu anda 3 komşu çevrimiçi.');
      expect(translate('pl', 'status.peers', { count: 1 })).toBe('Sąsiedzi w sieci teraz: 1.');
      expect(translate('pl', 'status.peers', { count: 5 })).toBe('Sąsiedzi w sieci teraz: 5.');
      expect(translate('pl', 'hours.unit', { value: '1,5', count: 1.5 })).toBe('1,5 godz.');
      // Ukrainian as Polish: the count after a label, "год" after any number of hours.
      expect(translate('uk', 'status.peers', { count: 1 })).toBe('Сусідів онлайн зараз: 1.');
      expect(translate('uk', 'status.peers', { count: 5 })).toBe('Сусідів онлайн зараз: 5.');
      expect(translate('uk', 'hours.unit', { value: '2,5', count: 2.5 })).toBe('2,5 год');
      // Arabic: the count after a label, and ساعة for one hour, ساعات for more.
      expect(translate('ar', 'status.peers', { count: 3 })).toBe('الجيران على الإنترنت الآن: 3.');
      expect(translate('ar', 'hours.unit', { value: '1', count: 1 })).toBe('1 ساعة');
      expect(translate('ar', 'hours.unit', { value: '3', count: 3 })).toBe('3 ساعات');
    });

    it('never finds an inherited property for a key built from data', () => {
      expect(translate('nl', 'toString' as MessageKey)).toBe('toString');
    });
  });

  describe('every language', () => {
    // Each language's whole catalogue, by language code: src/i18n/<language>/index.ts and office.ts.
    const catalogues: Record<string, Record<string, string>> = {};
    for (const [path, module] of Object.entries(
      import.meta.glob<{ messages: Record<string, string> }>('../../../src/i18n/*/{index,office}.ts', { eager: true }),
    )) {
      const language = path.split('/').at(-2) as string;
      catalogues[language] = { ...catalogues[language], ...module.messages };
    }
    const dutchKeys = Object.keys(nl).sort();
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    // Texts that may read the same as the English, by key or by "language key": a name, a number,
    // a sign, or a word that is the same in both languages.
    const sameAsEnglish = new Set<string>([
      'app.name', // Buurtruil
      'board.by', // {name}, {area}
      'report.few', // < 5
      'card.pinOk', // OK, on a keypad
      'audit.role.kiosk', // kiosk, the word in Dutch and Turkish too
      // One language's word that happens to be the English one.
      'nl coord.memberStatus', // Status
      'nl coord.requestContact', // Contact: {contact}
      'nl coord.menuButton', // Menu, the Dutch word too
      'nl together.agenda', // Agenda, the Dutch word too
      'pl card.pin', // PIN
      'pl card.newPin', // PIN
      'pl coord.menuButton', // Menu, the Polish word too
    ]);
    // Each language's own script: a text with letters has at least one of them, so a text left
    // in Dutch or English (or pasted from the wrong language) shows up even where English differs.
    const scripts: Partial<Record<string, RegExp>> = { ar: /\p{Script=Arabic}/u, uk: /\p{Script=Cyrillic}/u };
    const ownScriptExceptions = new Set(['app.name', 'report.few']);

    it('is listed in languages.ts, each with a folder and its own name', () => {
      expect(Object.keys(catalogues).sort()).toEqual([...languages].sort());
      expect(languages).toEqual(expect.arrayContaining(['nl', 'en', 'tr', 'pl', 'ar', 'uk']));
      expect(languages.map(languageName)).toEqual(
        expect.arrayContaining(['Nederlands', 'English', 'Türkçe', 'Polski', 'العربية', 'Українська']),
      );
      expect(new Set(languages.map(languageName)).size).toBe(languages.length);
      // In the order of the code, as the menu lists them.
      expect(languages).toEqual([...languages].sort());
    });

    it('says which languages are written right to left: Arabic, and no other of ours', () => {
      expect(languages.filter((language) => languageDirection(language) === 'rtl')).toEqual(['ar']);
    });

    it('writes every text with letters in its own script (Arabic, Ukrainian)', () => {
      const foreign = Object.entries(catalogues).flatMap(([language, messages]) => {
        const script = scripts[language];
        if (!script) return [];
        return Object.entries(messages)
          .filter(([key]) => !ownScriptExceptions.has(key))
          .filter(([, text]) => {
            const words = text.replace(/\{[^}]*\}/g, '');
            return /\p{L}/u.test(words) && !script.test(words);
          })
          .map(([key]) => `${language} ${key}`);
      });
      expect(foreign).toEqual([]);
    });

    it('has exactly the keys of Dutch, none empty', () => {
      for (const [language, messages] of Object.entries(catalogues)) {
        expect(Object.keys(messages).sort(), language).toEqual(dutchKeys);
        for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    });

    it('has the placeholders of the Dutch text in each text, and every one well formed', () => {
      // {name} or {count, one, other}: a brace that is anything else shows as itself on screen.
      const wellFormed = /\{\w+(?:, [^,{}]*, [^,{}]*)?\}/g;
      for (const [language, messages] of Object.entries(catalogues)) {
        for (const key of dutchKeys) {
          const text = messages[key] as string;
          expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(nl[key as MessageKey]));
          expect(text.replace(wellFormed, ''), `${language} ${key}`).not.toMatch(/[{}]/);
        }
      }
    });

    it('translates every text but names and numbers: none is left in English', () => {
      const untranslated = Object.entries(catalogues).flatMap(([language, messages]) =>
        language === 'en'
          ? []
          : dutchKeys
              .filter((key) => messages[key] === en[key as MessageKey])
              .map((key) => `${language} ${key}`)
              .filter((where) => !sameAsEnglish.has(where) && !sameAsEnglish.has(where.split(' ')[1] as string)),
      );
      expect(untranslated).toEqual([]);
    });
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
