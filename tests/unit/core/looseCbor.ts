// A CBOR writer for hostile tests: it can write what a canonical encoder never would —
// map keys in any order, the same key twice, integers and lengths in longer forms than
// needed — so tests can check that readEntry refuses every such variant of an entry.

export type Tree = number | string | boolean | null | Uint8Array | Tree[] | { map: [string, Tree][] };

export interface Looseness {
  /** Write integers and lengths in this many extra bytes (0, 1, 2 or 3 steps longer). */
  widen?: number;
  /** Which values to widen: a predicate on the path, or all. */
  widenAt?: (path: string) => boolean;
}

/** A decoded value as a tree whose maps keep their key order (and may hold any key). */
export function toTree(value: unknown): Tree {
  if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(toTree);
  return { map: Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toTree(v)]) };
}

export function encodeTree(tree: Tree, looseness: Looseness = {}, path = ''): Uint8Array {
  const parts: number[][] = [];
  const widen = (looseness.widenAt?.(path) ?? true) ? (looseness.widen ?? 0) : 0;
  const head = (major: number, n: number): number[] => header(major, n, widen);
  if (tree === null) return new Uint8Array([0xf6]);
  if (tree === true) return new Uint8Array([0xf5]);
  if (tree === false) return new Uint8Array([0xf4]);
  if (typeof tree === 'number') {
    if (!Number.isInteger(tree)) {
      const out = new Uint8Array(9);
      out[0] = 0xfb;
      new DataView(out.buffer).setFloat64(1, tree);
      return out;
    }
    return new Uint8Array(tree >= 0 ? head(0, tree) : head(1, -1 - tree));
  }
  if (typeof tree === 'string') {
    const bytes = new TextEncoder().encode(tree);
    return concat([new Uint8Array(head(3, bytes.length)), bytes]);
  }
  if (tree instanceof Uint8Array) return concat([new Uint8Array(head(2, tree.length)), tree]);
  if (Array.isArray(tree)) {
    return concat([
      new Uint8Array(head(4, tree.length)),
      ...tree.map((item, i) => encodeTree(item, looseness, `${path}[${i}]`)),
    ]);
  }
  parts.push(head(5, tree.map.length));
  return concat([
    new Uint8Array(head(5, tree.map.length)),
    ...tree.map.flatMap(([key, value]) => [
      encodeTree(key, looseness, `${path}#key`),
      encodeTree(value, looseness, `${path}.${key}`),
    ]),
  ]);
}

function header(major: number, n: number, widen: number): number[] {
  const forms = [n < 24 ? 0 : -1, n < 0x100 ? 1 : -1, n < 0x10000 ? 2 : -1, n < 0x100000000 ? 3 : -1, 4].filter(
    (form) => form >= 0,
  );
  const form = Math.min(4, (forms[0] ?? 4) + widen);
  const m = major << 5;
  switch (form) {
    case 0:
      return [m | n];
    case 1:
      return [m | 24, n];
    case 2:
      return [m | 25, n >> 8, n & 0xff];
    case 3:
      return [m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
    default: {
      const high = Math.floor(n / 2 ** 32);
      const low = n >>> 0;
      return [
        m | 27,
        (high >>> 24) & 0xff,
        (high >>> 16) & 0xff,
        (high >>> 8) & 0xff,
        high & 0xff,
        (low >>> 24) & 0xff,
        (low >>> 16) & 0xff,
        (low >>> 8) & 0xff,
        low & 0xff,
      ];
    }
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
