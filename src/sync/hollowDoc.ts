// A doc at rest without the bytes that are kept elsewhere: the member room's entries live in
// the verified copy, so the doc's storage keeps only the doc's structure for them (its Yjs
// items, ids and keys, about a tenth of its size) and fills their bytes back in on loading.
// The doc stays the same doc (same items, same state vector): peers send only what it lacks.
import * as Y from 'yjs';

/** What a hollow item holds at rest: no entry is empty (it is at least a signature). */
const hollow = new Uint8Array(0);

/** Where a doc's entries are kept besides the doc itself. */
export interface DocContents {
  /** The Y.Map whose values are kept elsewhere. */
  readonly mapName: string;
  /** The bytes kept elsewhere under this key, if any. */
  bytesOf(key: string): Uint8Array | undefined;
  /** True once the bytes under this key are safely at rest elsewhere. */
  keptElsewhere(key: string): boolean;
}

/** The keys of `map` that a transaction changed. */
export function changedKeys(transaction: Y.Transaction, map: Y.Map<unknown>): string[] {
  const keys = transaction.changed.get(map as unknown as Y.AbstractType<Y.YEvent<Y.Map<unknown>>>) ?? [];
  return [...keys].filter((key): key is string => key !== null);
}

function sameBytes(kept: Uint8Array | undefined, value: Uint8Array): boolean {
  if (kept === value) return true;
  if (!kept || kept.length !== value.length) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== value[i]) return false;
  return true;
}

/** The live values of the map, as the items that hold them. */
function* liveItems(doc: Y.Doc, mapName: string): Generator<[string, Y.ContentBinary]> {
  for (const [key, item] of doc.getMap(mapName)._map) {
    if (!item.deleted && item.content instanceof Y.ContentBinary) yield [key, item.content];
  }
}

/**
 * The whole doc as one update (V1, as y-indexeddb keeps it), with the bytes of every value
 * kept elsewhere left out. The items are emptied only while the update is encoded, in one
 * synchronous step, so nothing else ever sees them empty.
 */
export function hollowUpdate(doc: Y.Doc, contents: DocContents): Uint8Array {
  const emptied: [Y.ContentBinary, Uint8Array][] = [];
  try {
    for (const [key, content] of liveItems(doc, contents.mapName)) {
      // Only bytes the copy holds as they are: a value a peer changed is kept as it came.
      if (content.content.length === 0 || !contents.keptElsewhere(key)) continue;
      if (!sameBytes(contents.bytesOf(key), content.content)) continue;
      emptied.push([content, content.content]);
      content.content = hollow;
    }
    return Y.encodeStateAsUpdate(doc);
  } finally {
    for (const [content, bytes] of emptied) content.content = bytes;
  }
}

/** What reading kept updates into a doc found. */
export interface KeptRead {
  /** Keys left hollow: their bytes are not kept elsewhere (the entry log refuses the empty value). */
  unfilled: string[];
  /** Values these updates held whole, with their sizes: at rest both there and maybe elsewhere. */
  whole: Map<string, number>;
}

/**
 * Applies kept updates (hollow or whole) and fills every hollow value from `contents`, in one
 * transaction: the doc's observers only ever see whole values.
 */
export function applyKept(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  contents: DocContents | undefined,
  origin: unknown,
): KeptRead {
  const read: KeptRead = { unfilled: [], whole: new Map() };
  applyKeptInto(read, doc, updates, contents, origin);
  return read;
}

/** `applyKept`, noting what it found in `read`: for a doc read in several steps (updatePieces.ts). */
export function applyKeptInto(
  read: KeptRead,
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  contents: DocContents | undefined,
  origin: unknown,
): void {
  // The map is named before the updates are read: a root type first met in an update is a
  // placeholder until someone names its kind, and the changes would be noted on that.
  const map = contents ? doc.getMap(contents.mapName) : null;
  Y.transact(
    doc,
    (transaction) => {
      for (const update of updates) Y.applyUpdate(doc, update);
      if (!contents || !map) return;
      for (const key of changedKeys(transaction, map)) {
        const item = map._map.get(key);
        if (!item || item.deleted || !(item.content instanceof Y.ContentBinary)) continue;
        const content = item.content;
        if (content.content.length > 0) {
          read.whole.set(key, content.content.length);
          continue;
        }
        const bytes = contents.bytesOf(key);
        if (bytes) content.content = bytes;
        else read.unfilled.push(key);
      }
    },
    origin,
    false,
  );
}
