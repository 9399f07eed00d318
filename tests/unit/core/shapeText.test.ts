// The text reader counts characters as a person sees them (code points, a lone surrogate as
// one), as [...value].length does, without making an array per text: the same texts are
// taken and refused, with the same answer, as when it spread them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, ShapeError, text } from '../../../src/core/entry/shape.ts';

/** Any UTF-16 units: pairs, lone high and low surrogates, astral characters, plain ASCII. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc
    .array(fc.constantFrom('a', '\ud83d', '\ude00', '😀', 'é', '\udbff\udfff'), { maxLength: 30 })
    .map((parts) => parts.join('')),
);

/** The reader as it was: spread into code points, then compare. */
function textBefore(max: number, min: number, value: string): string {
  const length = [...value].length;
  if (length < min) throw new ShapeError('t', 'too-short', `length ${length} under ${min}`, { min, max });
  if (length > max) throw new ShapeError('t', 'too-long', `length ${length} over ${max}`, { min, max });
  return value;
}

function outcome(read: () => string): string {
  try {
    return `ok ${read()}`;
  } catch (error) {
    return error instanceof ShapeError ? `${error.problem} ${error.message}` : 'threw';
  }
}

describe('text(max, min)', () => {
  it('counts code points as spreading does', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(codePoints(value)).toBe([...value].length);
      }),
    );
    expect(codePoints('😀\ud83d')).toBe(2);
    expect(codePoints('\ude00\ud83d')).toBe(2);
  });

  it('takes and refuses the same texts, with the same answer, as when it spread them', () => {
    fc.assert(
      fc.property(anyText, fc.nat(45), fc.nat(10), (value, max, min) => {
        expect(outcome(() => text(max, min)(value, 't'))).toBe(outcome(() => textBefore(max, min, value)));
      }),
    );
  });
});
