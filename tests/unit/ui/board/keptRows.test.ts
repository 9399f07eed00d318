// Rows read again keep their objects where nothing changed (src/ui/board/keptRows.ts), so a
// list keeps its cards, and the focus on one, while it is read again.
import { describe, expect, it } from 'vitest';
import { keptRows, sameRow } from '../../../../src/ui/board/keptRows.ts';

const row = (id: string, title: string, across: object | null = null) => ({ id, title, across, updated: 1 });

describe('kept rows', () => {
  it('keeps the object of each row that did not change, and takes the new one where it did', () => {
    const before = [row('a', 'Hulp'), row('b', 'Boodschappen', { name: 'Zuid' }), row('c', 'Fiets')];
    const next = [row('b', 'Boodschappen', { name: 'Zuid' }), row('a', 'Hulp gezocht'), row('d', 'Nieuw')];
    const kept = keptRows(before, next);
    expect(kept.map((r) => r.id)).toEqual(['b', 'a', 'd']);
    expect(kept[0]).toBe(before[1]);
    expect(kept[1]).toBe(next[1]);
    expect(kept[2]).toBe(next[2]);
  });

  it('tells rows apart by any value, nested ones too, and by fields one has and the other lacks', () => {
    expect(sameRow(row('a', 'x'), row('a', 'x'))).toBe(true);
    expect(sameRow(row('a', 'x', { name: 'Zuid' }), row('a', 'x', { name: 'Noord' }))).toBe(false);
    expect(sameRow(row('a', 'x'), { ...row('a', 'x'), extra: 1 })).toBe(false);
    expect(sameRow({ id: 'a', n: null }, { id: 'a', n: {} })).toBe(false);
  });
});
