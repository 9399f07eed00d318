import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { translate } from '../../../src/i18n/translate.ts';

describe('translate', () => {
  it('fills in values and chooses the plural by number', () => {
    expect(translate('nl', 'status.peers', { count: 1 })).toBe('Verbonden met 1 buur.');
    expect(translate('nl', 'status.peers', { count: 3 })).toBe('Verbonden met 3 buren.');
    expect(translate('en', 'status.peers', { count: 2 })).toBe('Connected to 2 neighbours.');
    expect(translate('en', 'problem.field.too-long', { field: 'Title', max: 120 })).toContain('120');
  });

  it('has every Dutch message in English too, with the same placeholders', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('avoids the words PRODUCT.md asks us not to use in Dutch', () => {
    const avoided = /\b(doelgroep|cliënt|klant|tegenprestatie|indicatie|intake|formulier)\b/i;
    for (const [key, text] of Object.entries(nl)) expect(text, key).not.toMatch(avoided);
  });
});
