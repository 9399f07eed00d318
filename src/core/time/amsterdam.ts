// Dates as a neighbour in the Netherlands reads them: Europe/Amsterdam, summer time
// included. A transfer at 00:30 on 1 April (22:30 UTC on 31 March) belongs to April.
// Intl carries the time-zone rules in every browser and in Node, so this stays pure.

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function fields(time: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const found = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const part of parts.formatToParts(time)) {
    if (
      part.type === 'year' ||
      part.type === 'month' ||
      part.type === 'day' ||
      part.type === 'hour' ||
      part.type === 'minute'
    ) {
      found[part.type] = part.value;
    }
  }
  return found;
}

/** The calendar month in Amsterdam, as 'YYYY-MM' (so months sort as text). */
export function amsterdamMonth(time: number): string {
  const { year, month } = fields(time);
  return `${year}-${month}`;
}

/** The date and time in Amsterdam, as 'YYYY-MM-DD HH:MM' (spreadsheets read it as a date). */
export function amsterdamDateTime(time: number): string {
  const { year, month, day, hour, minute } = fields(time);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}

/** The months from `first` to `last` inclusive, both 'YYYY-MM'. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
    key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}
