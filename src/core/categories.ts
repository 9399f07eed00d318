// The kinds of help people know (PRODUCT.md): the categories a new network starts with.
// A network's genesis lists the ones it uses; it may add its own.
export const defaultCategories = [
  'boodschappen',
  'klussen',
  'tuin',
  'vervoer',
  'bezoek',
  'meegaan',
  'koken',
  'voorlezen',
  'formulieren',
  'taal',
  'oppassen',
  'computer',
  'spullen',
  'mantelzorg',
  'bellen',
] as const;
