// Comma-separated text, read strictly and written as RFC 4180 says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/csv/parseCsv.ts';
import { spreadsheetText, writeCsv } from '../../../src/core/csv/writeCsv.ts';

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`${result.problem} on line ${result.line}`);
  return result.rows.map((row) => row.fields);
};

describe('reading CSV', () => {
  it('splits rows on CRLF and on LF, and a last line break ends the last row', () => {
    expect(fieldsOf('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fieldsOf('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fieldsOf('')).toEqual([]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(fieldsOf('"",x,,""\n')).toEqual([['', 'x', '', '']]);
    expect(fieldsOf('a,\n')).toEqual([['a', '']]);
  });

  it('reads commas, line breaks and doubled quotes inside quotes', () => {
    expect(fieldsOf('"Boer, Sander de","Ria ""Tante Ria"" Smit","twee\r\nregels"\n')).toEqual([
      ['Boer, Sander de', 'Ria "Tante Ria" Smit', 'twee\r\nregels'],
    ]);
  });

  it('says on which line each row starts, counting line breaks inside quotes', () => {
    const result = parseCsv('kop\n"een\ntwee\ndrie"\nlaatste\n');
    expect(result.ok && result.rows.map((row) => row.line)).toEqual([1, 2, 5]);
  });

  it('skips a byte order mark at the start, as spreadsheets write one', () => {
    expect(fieldsOf('\uFEFFN,Naam\n')).toEqual([['N', 'Naam']]);
  });

  it('refuses a quoted field that never closes, with the line where it opened', () => {
    expect(parseCsv('N,Naam\n1,"Annie\n2,Henk\n')).toEqual({ ok: false, problem: 'unclosed-quote', line: 2 });
  });

  it('refuses a quote inside an unquoted field, and text after a closing quote', () => {
    expect(parseCsv('a,b\nAnnie "de" Vries,c\n')).toEqual({ ok: false, problem: 'stray-quote', line: 2 });
    expect(parseCsv('a\n"Annie" de Vries\n')).toEqual({ ok: false, problem: 'text-after-quote', line: 2 });
  });

  it('reads with another separator when asked', () => {
    const result = parseCsv('a;"b;c"\n', ';');
    expect(result.ok && result.rows[0]?.fields).toEqual(['a', 'b;c']);
  });
});

describe('writing CSV', () => {
  it('quotes only what needs it, doubles quotes, ends rows with CRLF', () => {
    expect(
      writeCsv([
        ['naam', 'saldo'],
        ['Ria "Tante Ria" Smit', '1,5'],
        ['Annie', '2'],
      ]),
    ).toBe('naam,saldo\r\n"Ria ""Tante Ria"" Smit","1,5"\r\nAnnie,2\r\n');
  });

  it('with ";" as separator, a decimal comma needs no quotes', () => {
    expect(writeCsv([['Annie', '1,5']], { separator: ';' })).toBe('Annie;1,5\r\n');
  });

  it('a name with a quote, a comma and a line break survives writing and reading back', () => {
    const rows = [['naam'], ['Sander "de Boer", zoon\nvan Kees']];
    expect(fieldsOf(writeCsv(rows))).toEqual(rows);
  });

  it('any rows of any text survive writing and reading back', () => {
    const rows = fc.array(fc.array(fc.string({ unit: 'grapheme-composite' }), { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(rows, fc.constantFrom(',' as const, ';' as const), (written, separator) => {
        // A row of one empty field is written as an empty line: still one row of one field.
        const result = parseCsv(writeCsv(written, { separator }), separator);
        expect(result.ok && result.rows.map((row) => row.fields)).toEqual(written);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reading never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ') }), (text) => {
        const result = parseCsv(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('text that would start a formula in a spreadsheet gets an apostrophe', () => {
    expect(spreadsheetText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetText('+31 6 1234')).toBe("'+31 6 1234");
    expect(spreadsheetText('Annie')).toBe('Annie');
  });
});
