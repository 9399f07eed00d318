// A strict reader for comma-separated text (RFC 4180): fields in double quotes may hold
// commas, line breaks and doubled quotes (""). Lines may end in CRLF (the RFC) or LF (what
// most programs write, TimeOverflow's Ruby CSV among them). Anything the RFC does not
// allow is an error with the line it is on, never a guess: an import that guesses can
// give a neighbour the wrong hours.

export interface CsvRow {
  /** The line (from 1) on which the row starts; a quoted field may carry it over more lines. */
  line: number;
  fields: string[];
}

export type CsvProblem =
  /** A quoted field that never closes: the line where it opened. */
  | 'unclosed-quote'
  /** A quote inside a field that does not start with one. */
  | 'stray-quote'
  /** Text right after a closing quote, before the next comma or line end. */
  | 'text-after-quote';

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; problem: CsvProblem; line: number };

/**
 * Reads the text into rows. A byte order mark at the start (as spreadsheets write) is
 * skipped; a last line break ends the last row rather than starting an empty one.
 * Runs in one pass over the text: no backtracking, whatever the input.
 */
export function parseCsv(text: string, separator = ','): CsvResult {
  const rows: CsvRow[] = [];
  const length = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  if (at >= length) return { ok: true, rows };

  let fields: string[] = [];
  let rowLine = line;
  for (;;) {
    // One field, starting at `at`.
    let value: string;
    if (text[at] === '"') {
      const opened = line;
      let parts = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return { ok: false, problem: 'unclosed-quote', line: opened };
        line += countLineBreaks(text, from, quote);
        parts += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          parts += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      value = parts;
      if (at < length && text[at] !== separator && text[at] !== '\n' && !(text[at] === '\r' && text[at + 1] === '\n')) {
        return { ok: false, problem: 'text-after-quote', line };
      }
    } else {
      let end = at;
      while (end < length) {
        const c = text[end];
        if (c === separator || c === '\n' || (c === '\r' && text[end + 1] === '\n')) break;
        if (c === '"') return { ok: false, problem: 'stray-quote', line };
        end++;
      }
      value = text.slice(at, end);
      at = end;
    }
    fields.push(value);

    // What ends the field: a separator, a line end, or the end of the text.
    if (at >= length) {
      rows.push({ line: rowLine, fields });
      return { ok: true, rows };
    }
    if (text[at] === separator) {
      at++;
      continue;
    }
    at += text[at] === '\r' ? 2 : 1;
    line++;
    rows.push({ line: rowLine, fields });
    if (at >= length) return { ok: true, rows };
    fields = [];
    rowLine = line;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
