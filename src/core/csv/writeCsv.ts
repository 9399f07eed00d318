// Writes comma-separated text as RFC 4180 says: CRLF between rows, a field in double
// quotes when it holds the separator, a quote or a line break, and quotes inside doubled.

export interface CsvOptions {
  /**
   * ',' is the RFC's. Dutch Excel splits a double-clicked file on ';' (its list separator,
   * since ',' is the decimal comma there); a page that offers the download may choose ';'.
   */
  separator?: ',' | ';';
}

export function writeCsv(rows: readonly (readonly string[])[], { separator = ',' }: CsvOptions = {}): string {
  return `${rows.map((row) => row.map((field) => csvField(field, separator)).join(separator)).join('\r\n')}\r\n`;
}

export function csvField(value: string, separator: ',' | ';' = ','): string {
  if (!value.includes(separator) && !value.includes('"') && !value.includes('\n') && !value.includes('\r'))
    return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * Text a member wrote (a name, "what was done") made safe to open in a spreadsheet: one
 * that starts like a formula (= + - @, a tab or a carriage return) gets a leading
 * apostrophe, so a name such as `=HYPERLINK(...)` shows as text instead of running.
 * (OWASP, "CSV injection".) Numbers the export writes itself do not pass through here.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
