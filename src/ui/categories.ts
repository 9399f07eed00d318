// Each category's pictogram and name. A network's own categories show with a neutral
// pictogram and their own name.
import { defaultCategories } from '../core/categories.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { t } from './i18n.ts';

export { defaultCategories };

const pictograms: Record<string, string> = {
  boodschappen: '🛒',
  klussen: '🔨',
  tuin: '🌷',
  vervoer: '🚗',
  bezoek: '☕',
  meegaan: '🤝',
  koken: '🍲',
  voorlezen: '📖',
  formulieren: '✉️',
  taal: '💬',
  oppassen: '🧸',
  computer: '💻',
  spullen: '🪜',
  mantelzorg: '💛',
  bellen: '📞',
};

export function pictogramOf(category: string): string {
  return pictograms[category] ?? '📌';
}

export function categoryLabel(category: string): string {
  const key = `category.${category}` as MessageKey;
  return category in pictograms ? t(key) : category;
}
