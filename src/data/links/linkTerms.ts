// The terms a coordinator fills in (which kinds of help, how many hours at most) as the
// protocol has them (protocol-links.md §1): categories sorted and each once, the limit in
// minutes, and `since` the start of the day in UTC, so two coordinators who fill in the
// same form on the same day send the same terms, wherever their clocks' time zones are.
import type { LinkTerms } from '../../core/links/linkId.ts';

export type { LinkTerms };

/** The limit the form starts with: 10 hours. */
export const defaultLinkLimitHours = 10;
export const minLinkLimitHours = 1;
export const maxLinkLimitHours = 1000;

export function linkTermsOf(categories: readonly string[], limitHours: number, now: number): LinkTerms {
  const day = new Date(now);
  return {
    categories: [...new Set(categories)].sort(),
    limit: Math.round(limitHours * 60),
    since: Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()),
  };
}
