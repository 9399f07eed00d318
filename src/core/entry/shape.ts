// A small vocabulary for describing the exact shape of decoded fields. A reader returns a
// fresh value or throws ShapeError; nothing outside the shape gets through (unknown keys
// included), so every peer reads the same entry the same way.
//
// Field names come from peers: they are looked up as own properties only. `key in shape`
// would also find names every object inherits (toString, constructor, __proto__).
export type ShapeProblem = 'type' | 'too-short' | 'too-long' | 'range' | 'unknown-field' | 'missing' | 'choice';

export class ShapeError extends Error {
  readonly path: string;
  readonly problem: ShapeProblem;
  readonly min: number | undefined;
  readonly max: number | undefined;

  constructor(path: string, problem: ShapeProblem, text: string, limits: { min?: number; max?: number } = {}) {
    super(`${path}: ${text}`);
    this.path = path;
    this.problem = problem;
    this.min = limits.min;
    this.max = limits.max;
  }
}

export type Reader<T> = (value: unknown, path: string) => T;

/** The latest moment any date field may name: the end of year 9999, which every clock and formatter can show. */
export const latestTime = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const text =
  (max: number, min = 0): Reader<string> =>
  (value, path) => {
    if (typeof value !== 'string') throw new ShapeError(path, 'type', 'not text');
    // Count characters as a person sees them, not UTF-16 units. There are never more of
    // them than units: text within `max` units with no minimum needs no counting.
    if (min === 0 && value.length <= max) return value;
    const length = codePoints(value);
    if (length < min) throw new ShapeError(path, 'too-short', `length ${length} under ${min}`, { min, max });
    if (length > max) throw new ShapeError(path, 'too-long', `length ${length} over ${max}`, { min, max });
    return value;
  };

/** How many code points a text has, as [...value].length counts them (a lone surrogate is one), without an array. */
export function codePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

export const int =
  (min: number, max: number): Reader<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new ShapeError(path, 'range', `not a whole number in ${min}..${max}`, { min, max });
    }
    return value;
  };

/** A moment in ms since 1970 that dates can show. */
export const time: Reader<number> = int(0, latestTime);

export const bytes = (length: number | [number, number]): Reader<Uint8Array> => {
  const [min, max] = typeof length === 'number' ? [length, length] : length;
  return (value, path) => {
    if (!(value instanceof Uint8Array)) throw new ShapeError(path, 'type', 'not bytes');
    if (value.length < min || value.length > max)
      throw new ShapeError(path, 'range', `${value.length} bytes`, { min, max });
    return value;
  };
};

export const oneOf =
  <const T extends string>(...options: T[]): Reader<T> =>
  (value, path) => {
    if (typeof value !== 'string' || !(options as string[]).includes(value)) {
      throw new ShapeError(path, 'choice', `not one of ${options.join(', ')}`);
    }
    return value as T;
  };

export const boolean: Reader<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'type', 'not true or false');
  return value;
};

export const nullable =
  <T>(read: Reader<T>): Reader<T | null> =>
  (value, path) =>
    value === null ? null : read(value, path);

export const list = <T>(read: Reader<T>, max: number, { unique = false }: { unique?: boolean } = {}): Reader<T[]> => {
  const itemPath = childPaths((path, index) => `${path}[${index}]`);
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'type', 'not a list');
    if (value.length > max) throw new ShapeError(path, 'too-long', `more than ${max} items`, { max });
    const items = readAll(value as unknown[], (item, index) => read(item, itemPath(path, index)));
    if (unique && new Set(items.map(itemKey)).size !== items.length) {
      throw new ShapeError(path, 'choice', 'an item occurs twice');
    }
    return items as T[];
  };
};

/**
 * The items read, as the same array when every item read is the item itself (most are:
 * bytes, numbers and texts read as they are), so an entry's fields are the values decoded
 * and a year of entries is not copied once more (readEntry.ts then finds them the same at once).
 */
function readAll(items: unknown[], read: (item: unknown, index: number) => unknown): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const got = read(item, i);
    if (out === null && got !== item) out = items.slice(0, i);
    if (out !== null) out.push(got);
  }
  return out ?? items;
}

/**
 * The path of a field or an item under a parent path, made once: the same few paths are
 * read for every entry (a year would make each of them 35,000 times), and are only ever
 * shown in a refusal. The paths come from the shape (a field read is one it names, an item
 * is within its list's maximum), so there are only so many; the table is emptied if it grows.
 */
function childPaths(make: (path: string, child: string | number) => string) {
  const byParent = new Map<string, Map<string | number, string>>();
  let lastParent: string | null = null;
  let last = new Map<string | number, string>();
  return (path: string, child: string | number): string => {
    if (path !== lastParent) {
      let children = byParent.get(path);
      if (!children) {
        if (byParent.size >= 1024) byParent.clear();
        children = new Map();
        byParent.set(path, children);
      }
      lastParent = path;
      last = children;
    }
    let made = last.get(child);
    if (made === undefined) {
      made = make(path, child);
      last.set(child, made);
    }
    return made;
  };
}

function itemKey(item: unknown): string {
  return item instanceof Uint8Array ? String.fromCharCode(...item) : String(item);
}

export type Shape<T> = { [K in keyof T]: Reader<T[K]> };

/**
 * A plain record with exactly the shape's fields. It is the record given when every field
 * reads as itself (see readAll), else a fresh one with the fields as read.
 */
export const record = <T>(shape: Shape<T>): Reader<T> => {
  const keys = Object.keys(shape) as (keyof T & string)[];
  const fieldPath = childPaths((path, key) => `${path}.${key}`);
  return (value, path) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) {
      throw new ShapeError(path, 'type', 'not a record');
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      throw new ShapeError(path, 'type', 'not a plain record');
    }
    const input = value as Record<string, unknown>;
    // As many own keys as the shape has, each of them there: no other key can be.
    if (ownKeyCount(input) !== keys.length || !keys.every((key) => Object.hasOwn(input, key))) {
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(shape, key)) throw new ShapeError(`${path}.${key}`, 'unknown-field', 'unknown field');
      }
      // A field is missing: the fields before it are read first, as they always were.
      for (const key of keys) {
        if (!Object.hasOwn(input, key)) throw new ShapeError(`${path}.${key}`, 'missing', 'missing');
        shape[key](input[key], `${path}.${key}`);
      }
    }
    let out: Record<string, unknown> | null = null;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as keyof T & string;
      const field = input[key];
      const got = shape[key](field, fieldPath(path, key));
      if (out === null && got !== field) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j] as string] = input[keys[j] as string];
      }
      if (out !== null) out[key] = got;
    }
    return (out ?? input) as T;
  };
};

/** How many own enumerable keys a plain record has, without a list of them. */
function ownKeyCount(input: Record<string, unknown>): number {
  let count = 0;
  // A plain record's prototype (Object.prototype or none) has no enumerable keys.
  for (const key in input) if (Object.hasOwn(input, key)) count++;
  return count;
}
