// TimeOverflow's categories are whatever each installation's administrator made (its
// seeds are Spanish: Acompañamiento, Salud, Tareas domésticas, Tareas administrativas,
// Estética, Clases, Ocio, Asesoramiento, Otros, Préstamo de herramientas...; banks
// rename and translate them). So they are recognised by the words in them, in the
// languages TimeOverflow speaks most (Dutch, English, Spanish, Catalan, French): first
// in the category's name, then in the post's tags, then in its title.
import { defaultCategories } from '../categories.ts';

export type Category = (typeof defaultCategories)[number];

/**
 * Where a post goes when no word is recognised: klussen, small jobs, is the broadest of
 * the kinds people know. The import says so for each such post, so the coordinator can
 * move it. Health and care categories land here on purpose: Buurtruil has no category
 * for them (principle 7, not a substitute for care).
 */
export const fallbackCategory: Category = 'klussen';

/** Word beginnings (after lower-casing and dropping accents); several words must follow each other. */
const keywords: Record<Category, readonly string[]> = {
  boodschappen: ['boodschap', 'grocer', 'shopping', 'compra', 'encarrec', 'mandado', 'recado', 'supermar', 'courses'],
  klussen: [
    'klus',
    'reparat',
    'repair',
    'bricola',
    'manitas',
    'handyman',
    'tareas domestica',
    'tasques domestique',
    'household',
    'huishoud',
    'schoonma',
    'limpieza',
    'neteja',
    'cleaning',
    'menage',
  ],
  tuin: ['tuin', 'garden', 'jardin', 'jardi', 'huerto', 'hort', 'planten', 'plantas', 'plants'],
  vervoer: ['vervoer', 'rijd', 'transport', 'ride', 'lift', 'taxi', 'trasllat', 'traslado', 'chofer', 'conduc'],
  bezoek: ['bezoek', 'gezelschap', 'visit', 'company', 'companionship', 'compania', 'companyia', 'luister'],
  meegaan: [
    'meegaan',
    'begeleid',
    'accompan',
    'acompan',
    'wandel',
    'paseo',
    'passeig',
    'walk',
    'ocio',
    'lleure',
    'leisure',
    'loisir',
    'uitje',
  ],
  koken: ['kook', 'koken', 'maaltijd', 'cook', 'cocina', 'cuina', 'meal', 'comida', 'menjar', 'cuisine', 'repas'],
  voorlezen: ['voorlez', 'voorlees', 'read aloud', 'reading', 'lectura', 'lecture', 'llegir'],
  formulieren: [
    'formulier',
    'administra',
    'paperwork',
    'papeleo',
    'paperass',
    'tramite',
    'tramit',
    'gestion',
    'gestio',
    'belasting',
    'brieven',
    'asesor',
    'assessor',
    'advice',
    'advies',
    'conseil',
  ],
  taal: [
    'taal',
    'talen',
    'language',
    'idioma',
    'llengua',
    'langue',
    'nederlands',
    'dutch',
    'english',
    'ingles',
    'engels',
    'frances',
    'espanol',
    'spaans',
    'conversation',
    'conversacion',
    'conversa',
  ],
  oppassen: [
    'oppas',
    'babysit',
    'childcare',
    'kinderopvang',
    'canguro',
    'cangur',
    'ninos',
    'nens',
    'kinderen',
    'children',
    'enfants',
  ],
  computer: [
    'computer',
    'ordenador',
    'ordinador',
    'informati',
    'laptop',
    'tablet',
    'smartphone',
    'telefoon',
    'mobiel',
    'movil',
    'internet',
    'digita',
    'programac',
    'programm',
    'ordinateur',
  ],
  spullen: [
    'uitlenen',
    'lenen',
    'leen',
    'lend',
    'loan',
    'prestamo',
    'prestec',
    'herramient',
    'eines',
    'tools',
    'gereedschap',
    'spullen',
  ],
  mantelzorg: ['mantelzorg', 'respite', 'respiro', 'cuidador', 'carer', 'caregiver', 'ontlast'],
  bellen: ['bellen', 'llamad', 'trucad', 'phone call', 'calls'],
};

/** Splits into words, lower case, accents dropped: "Tareas domésticas" → ["tareas", "domesticas"]. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The Buurtruil category for a TimeOverflow post, and whether it was only the fallback. */
export function categoryFor(
  sourceCategory: string,
  tags: readonly string[],
  title: string,
): { category: Category; guessed: boolean } {
  for (const text of [sourceCategory, tags.join(' '), title]) {
    const found = recognise(wordsOf(text));
    if (found) return { category: found, guessed: false };
  }
  return { category: fallbackCategory, guessed: true };
}

function recognise(words: readonly string[]): Category | null {
  for (const category of defaultCategories) {
    for (const keyword of keywords[category]) if (follows(words, keyword.split(' '))) return category;
  }
  return null;
}

/** Do the words contain, one after the other, words starting with these beginnings? */
function follows(words: readonly string[], beginnings: readonly string[]): boolean {
  for (let i = 0; i + beginnings.length <= words.length; i++) {
    if (beginnings.every((beginning, j) => words[i + j]?.startsWith(beginning))) return true;
  }
  return false;
}
