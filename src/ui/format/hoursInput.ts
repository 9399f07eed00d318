// A number of hours as a coordinator types it in the settings ("20", "1,5", "2.25"), read
// to whole minutes; anything else is null, so the form says so instead of saving 0 hours.
// (Before, "abc" or "1,5,5" became a credit limit of 0 without a word.)

/** Whole minutes, or null for text that is not a number of hours. At most 6 digits before the comma. */
export function minutesFromHours(text: string): number | null {
  const match = /^\s*(\d{0,6})(?:[.,](\d{1,20}))?\s*$/.exec(text);
  if (!match || (match[1] === '' && match[2] === undefined)) return null;
  return Math.round((Number(match[1] || '0') + Number(`0.${match[2] ?? '0'}`)) * 60);
}
