// Each category's pictogram and name. A network's own categories show with a neutral
// pictogram and their own name.
import { defaultCategories } from '../../core/categories.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { PictogramName } from '../common/Pictogram.tsx';
import { t } from '../i18n.ts';

export { defaultCategories };

// A Set, not an object: a category comes from a peer, and "constructor" or "toString"
// must find nothing rather than something every object inherits. Each default category
// has a pictogram of its own name (scripts/pictograms.ts).
const known = new Set<string>(defaultCategories);

export function pictogramOf(category: string): PictogramName {
  return known.has(category) ? (category as (typeof defaultCategories)[number]) : 'otherCategory';
}

export function categoryLabel(category: string): string {
  return known.has(category) ? t(`category.${category}` as MessageKey) : category;
}
