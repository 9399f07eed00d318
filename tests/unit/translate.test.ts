import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { translate } from '../../src/i18n/translate.ts';

describe('translate', () => {
  it('fills in values and chooses the plural by number', () => {
    expect(translate('nl', 'status.peers', { count: 1 })).toBe('Verbonden met 1 buur.');
    expect(translate('nl', 'status.peers', { count: 3 })).toBe('Verbonden met 3 buren.');
    expect(translate('en', 'status.peers', { count: 2 })).toBe('Connected to 2 neighbours.');
    expect(translate('en', 'notes.tooLong', { max: 500 })).toContain('500');
  });

  it('has every Dutch message in English too, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });
});
