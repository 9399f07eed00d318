// Hours as a coordinator types them in the settings: a number with a comma or a point, or
// a plain "no" — never a silent 0 for text that is not a number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesFromHours } from '../../../src/ui/format/hoursInput.ts';

describe('minutesFromHours', () => {
  it('reads whole and decimal hours, with a comma or a point', () => {
    expect(minutesFromHours('20')).toBe(1200);
    expect(minutesFromHours(' 1,5 ')).toBe(90);
    expect(minutesFromHours('2.25')).toBe(135);
    expect(minutesFromHours(',5')).toBe(30);
    expect(minutesFromHours('0')).toBe(0);
    // What the form shows for a limit of 100 minutes reads back as 100 minutes.
    expect(minutesFromHours(String(100 / 60))).toBe(100);
  });

  it('refuses what is not a number of hours instead of reading it as 0', () => {
    for (const text of ['', ' ', 'abc', '1,5,5', '-2', '+2', '1e3', 'Infinity', '0x10', '2 uur', '1,', '١٢', '=1+1'])
      expect(minutesFromHours(text), JSON.stringify(text)).toBeNull();
  });

  it('answers any text with whole minutes from 0 up, or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '0', '9', ',', '.', ' ', '-', 'e', 'a', '\t') }), (text) => {
        const minutes = minutesFromHours(text);
        if (minutes !== null) {
          expect(Number.isSafeInteger(minutes)).toBe(true);
          expect(minutes).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
