// The terms a coordinator fills in (which kinds of help, how many hours at most) as the
// protocol has them (protocol-links.md §1): categories sorted and each once, the limit in
// minutes, and `since` the start of the day in UTC, so two coordinators who fill in the
// same form on the same day send the same terms, wherever their clocks' time zones are.
import type { LinkTerms } from '../../core/links/linkId.ts';

export type { LinkTerms };

/** The limit the form starts with: 10 hours. */
export const defaultLinkLimitHours = 10;

export { maxLinkLimit, minLinkLimit } from '../../core/entry/bodies/links.ts';

/** `limit` in minutes (60–60,000). */
export function linkTermsOf(categories: readonly string[], limit: number, now: number): LinkTerms {
  const day = new Date(now);
  return {
    categories: [...new Set(categories)].sort(),
    limit,
    since: Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()),
  };
}
