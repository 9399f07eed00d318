// Rows read again from the view are new objects even where nothing changed, and the board's
// lists make a new card for every new object: a keyboard or screen-reader user on a post
// would lose their place whenever the list is read again. Rows that did not change keep the
// object (and so the card) they had.

/** Whether two rows hold the same values (a nested value compared as JSON: rows are plain data). */
export function sameRow(a: object, b: object): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/** `next`, with each row that equals the row of the same id in `previous` replaced by that row. */
export function keptRows<Row extends { id: string }>(previous: readonly Row[], next: readonly Row[]): Row[] {
  if (previous.length === 0) return [...next];
  const before = new Map(previous.map((row) => [row.id, row]));
  return next.map((row) => {
    const old = before.get(row.id);
    return old && sameRow(old, row) ? old : row;
  });
}
