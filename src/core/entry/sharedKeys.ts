// A year holds tens of thousands of entries and a few hundred authors: each entry read gets
// its own copy of its author's key (and of its `via`), an object and a buffer on the heap
// apiece. Equal keys are given one shared copy instead. Keys are never changed in place, so
// sharing them changes nothing but the heap; the table is bounded, so a flood of made-up
// keys costs no more than it did.

/** At most this many keys are shared (a neighbourhood's devices, many times over). */
const maxShared = 8192;
const byHead = new Map<number, Uint8Array[]>();
let shared = 0;

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The shared copy of `key` (equal bytes), or `key` itself when it is the first or the table is full. */
export function sharedKey(key: Uint8Array): Uint8Array {
  if (key.length < 4) return key;
  const head = ((key[0] as number) << 24) | ((key[1] as number) << 16) | ((key[2] as number) << 8) | (key[3] as number);
  const bucket = byHead.get(head);
  if (bucket) {
    for (const known of bucket) if (sameKey(known, key)) return known;
  }
  if (shared >= maxShared) return key;
  shared++;
  if (bucket) bucket.push(key);
  else byHead.set(head, [key]);
  return key;
}
