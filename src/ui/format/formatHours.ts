// Minutes as a person reads them: "1,5 uur", "+2 uur", "1.5 hours".

import { language, t } from '../i18n.ts';
import { dateFormat, numberFormat } from './formatters.ts';

const hoursOptions: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * Makes the formats a post card uses before the first card needs them: a page's first
 * number format reads the language's data (19 ms of CPU on a phone), and it was made inside
 * the task that drew a new device's first cards.
 */
export function prepareCardFormats(): void {
  numberFormat(language(), hoursOptions);
  dateFormat(language(), dateOptions);
}

export function hoursText(minutes: number): string {
  const hours = Math.abs(minutes) / 60;
  const value = numberFormat(language(), hoursOptions).format(hours);
  return t('hours.unit', { value, count: hours });
}

/** With a sign, for balances; zero has none. Never shown in red: a minus is normal. */
export function signedHours(minutes: number): string {
  if (minutes === 0) return hoursText(0);
  return `${minutes > 0 ? '+' : '−'}${hoursText(minutes)}`;
}

export function dateText(time: number): string {
  return formatted(time, dateOptions);
}

export function timeText(time: number): string {
  return formatted(time, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** An activity's day as people name it ("zondag 6 december"), said once beside its clock times. */
export function dayText(time: number): string {
  return formatted(time, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** The clock alone ("14:00"), after a day already said. */
export function clockText(time: number): string {
  return formatted(time, { hour: '2-digit', minute: '2-digit' });
}

/** A date no calendar can show (entries bound it, but a page never dies of one value) reads as a dash. */
function formatted(time: number, options: Intl.DateTimeFormatOptions): string {
  try {
    return dateFormat(language(), options).format(time);
  } catch (error) {
    console.warn('a date that cannot be shown:', time, error);
    return '—';
  }
}

/** Hours as a person types them ("1,5" or "1.5") in whole minutes; NaN when it is no number. */
export function minutesFromHours(typed: string): number {
  const text = typed.trim().replace(',', '.');
  return text === '' ? Number.NaN : Math.round(Number(text) * 60);
}
