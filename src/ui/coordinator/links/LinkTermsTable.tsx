// Both networks' terms side by side, as both coordinators' screens show them before they
// confirm a link (protocol-links.md §1), and again when the two differ.
import type { LinkOffer } from '../../../core/links/linkOffer.ts';
import type { LinkTerms } from '../../../data/links/index.ts';
import { categoryLabel } from '../../board/categories.ts';
import { hoursText } from '../../format/formatHours.ts';
import { dateFormat } from '../../format/formatters.ts';
import { language, t } from '../../i18n.ts';

export function categoriesText(terms: LinkTerms): string {
  return terms.categories.length ? terms.categories.map(categoryLabel).join(', ') : t('links.allCategories');
}

/** `since` is the start of a day in UTC: said as that day wherever the screen is. */
export function sinceText(terms: LinkTerms): string {
  try {
    return dateFormat(language(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      terms.since,
    );
  } catch {
    return '—';
  }
}

export function LinkTermsTable(props: { ours: LinkOffer; theirs: LinkOffer }) {
  const rows = [
    { label: 'links.termCategories', show: categoriesText },
    { label: 'links.termLimit', show: (terms: LinkTerms) => hoursText(terms.limit) },
    { label: 'links.termSince', show: sinceText },
  ] as const;
  return (
    <table class="table" data-testid="link-terms">
      <caption>{t('links.termsCaption')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col" data-testid="link-terms-ours">
            {props.ours.name}
          </th>
          <th scope="col" data-testid="link-terms-theirs">
            {props.theirs.name}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">{t(row.label)}</th>
            <td>{row.show(props.ours.terms)}</td>
            <td>{row.show(props.theirs.terms)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
