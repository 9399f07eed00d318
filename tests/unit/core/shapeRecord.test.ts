// Records and lists read as themselves: when every field (item) reads as the value given,
// the reader hands back the record (list) given, not a copy, so an entry's fields are the
// values decoded (readEntry.ts finds them the one canonical form at once, and nothing is
// copied). Anything else reads exactly as before: a fresh record with the fields as read,
// and the same refusal, with the same words, for an unknown or a missing field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytes,
  int,
  list,
  nullable,
  type Reader,
  record,
  type Shape,
  ShapeError,
  text,
} from '../../../src/core/entry/shape.ts';

/** The record reader as it was: every record copied. */
const recordBefore =
  <T>(shape: Shape<T>): Reader<T> =>
  (value, path) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) {
      throw new ShapeError(path, 'type', 'not a record');
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      throw new ShapeError(path, 'type', 'not a plain record');
    }
    const input = value as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(shape, key)) throw new ShapeError(`${path}.${key}`, 'unknown-field', 'unknown field');
    }
    const out = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (!Object.hasOwn(input, key)) throw new ShapeError(`${path}.${key}`, 'missing', 'missing');
      out[key] = shape[key](input[key], `${path}.${key}`);
    }
    return out;
  };

/** A reader that does not read a value as itself: a number as its double. */
const doubled: Reader<number> = (value, path) => 2 * int(0, 1000)(value, path);

interface Body {
  to: Uint8Array;
  minutes: number;
  note: string | null;
  tags: number[];
}
const fields = {
  to: bytes(2),
  minutes: int(1, 600),
  note: nullable(text(8)),
  tags: list(int(0, 9), 3),
};
const shapes = { now: record<Body>(fields), before: recordBefore<Body>(fields) };

function outcome(read: () => unknown): unknown {
  try {
    return { ok: read() };
  } catch (error) {
    return error instanceof ShapeError ? `${error.problem} ${error.message}` : 'threw';
  }
}

/** Records near the shape: fields left out, fields added, values of the wrong kind. */
const nearBody = fc.dictionary(
  fc.constantFrom('to', 'minutes', 'note', 'tags', 'extra', 'toString', 'constructor'),
  fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 3 }),
    fc.integer({ min: -2, max: 700 }),
    fc.constant(null),
    fc.string({ maxLength: 10 }),
    fc.array(fc.integer({ min: -1, max: 10 }), { maxLength: 4 }),
  ),
  { noNullPrototype: false },
);

describe('records and lists read as themselves', () => {
  it('take and refuse exactly what the copying reader took and refused, with the same words', () => {
    fc.assert(
      fc.property(nearBody, (value) => {
        expect(outcome(() => shapes.now(value, 'body'))).toEqual(outcome(() => shapes.before(value, 'body')));
      }),
      { numRuns: 2000 },
    );
  });

  it('give back the record and the list given when every field reads as itself', () => {
    const tags = [1, 2];
    const body = { to: new Uint8Array([1, 2]), minutes: 30, note: null, tags };
    const read = shapes.now(body, 'body');
    expect(read).toBe(body);
    expect(read.tags).toBe(tags);
  });

  it('give a fresh record and list, the given ones untouched, when a field reads as another value', () => {
    const input = { a: 1, b: 2, c: [3, 4] };
    const read = record<{ a: number; b: number; c: number[] }>({ a: int(0, 9), b: doubled, c: list(doubled, 5) })(
      input,
      'x',
    );
    expect(read).not.toBe(input);
    expect(read).toEqual({ a: 1, b: 4, c: [6, 8] });
    expect(input).toEqual({ a: 1, b: 2, c: [3, 4] });
  });

  it('refuse an unknown field before a missing one, as before', () => {
    const value = { to: new Uint8Array(2), minutes: 1, note: null, extra: 1 };
    expect(outcome(() => shapes.now(value, 'body'))).toBe('unknown-field body.extra: unknown field');
    const missing = { to: new Uint8Array(2), minutes: 1, note: null };
    expect(outcome(() => shapes.now(missing, 'body'))).toBe('missing body.tags: missing');
  });
});
