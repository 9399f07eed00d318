// The pictograms are the generated file's, the file is what the script writes today, every
// default category has its own picture, and what a peer names finds only the neutral one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconsModule, withoutReferences } from '../../../scripts/pictograms.ts';
import { defaultCategories } from '../../../src/core/categories.ts';
import { pictogramOf } from '../../../src/ui/board/categories.ts';
import { drawings } from '../../../src/ui/pictograms/icons.ts';

describe('pictograms', () => {
  it('src/ui/pictograms/icons.ts is what scripts/pictograms.ts writes (run `npm run pictograms`)', () => {
    const committed = readFileSync(new URL('../../../src/ui/pictograms/icons.ts', import.meta.url), 'utf8');
    expect(committed).toBe(iconsModule());
  });

  it('gives every default category a picture of its own', () => {
    const names = defaultCategories.map(pictogramOf);
    expect(new Set(names).size).toBe(defaultCategories.length);
    expect(names).not.toContain('otherCategory');
    const bodies = new Set(Object.values(drawings).map((drawing) => drawing.body));
    expect(bodies.size).toBe(Object.keys(drawings).length);
  });

  it('shows a category a network added, or a hostile one, with the neutral picture', () => {
    for (const category of ['fietsen', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '', 'otherCategory']) {
      expect(pictogramOf(category)).toBe('otherCategory');
    }
  });

  it('draws only shapes: no ids, links, styles or scripts', () => {
    for (const { body, viewBox } of Object.values(drawings)) {
      expect(viewBox).toMatch(/^\d+ \d+ \d+ \d+$/);
      expect(body).not.toMatch(/\s(id|href|xlink:href|style|class|on\w+)=|<(use|defs|script|style|text|image|a)\b/);
    }
  });

  it('draws a shape kept once in <defs> wherever it is used, with the use’s own attributes', () => {
    const body =
      '<defs><path id="x" d="M0 0h1"/></defs><g fill="red"><use href="#x"/><use href="#x" stroke="#000"/></g>';
    expect(withoutReferences(body)).toBe('<g fill="red"><path d="M0 0h1"/><path d="M0 0h1" stroke="#000"/></g>');
    expect(() => withoutReferences('<use href="#nowhere"/>')).toThrow(/unknown shape/);
  });
});
