// Each category's pictogram and name. A network's own categories show with a neutral
// pictogram and their own name.
import { defaultCategories } from '../../core/categories.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { t } from '../i18n.ts';

export { defaultCategories };

// A Map, not an object: a category comes from a peer, and "constructor" or "toString"
// must find nothing rather than something every object inherits.
const pictograms = new Map<string, string>([
  ['boodschappen', '🛒'],
  ['klussen', '🔨'],
  ['tuin', '🌷'],
  ['vervoer', '🚗'],
  ['bezoek', '☕'],
  ['meegaan', '🤝'],
  ['koken', '🍲'],
  ['voorlezen', '📖'],
  ['formulieren', '✉️'],
  ['taal', '💬'],
  ['oppassen', '🧸'],
  ['computer', '💻'],
  ['spullen', '🪜'],
  ['mantelzorg', '💛'],
  ['bellen', '📞'],
]);

export function pictogramOf(category: string): string {
  return pictograms.get(category) ?? '📌';
}

export function categoryLabel(category: string): string {
  return pictograms.has(category) ? t(`category.${category}` as MessageKey) : category;
}
