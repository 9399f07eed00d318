// A doc at rest without the bytes that are kept elsewhere: the member room's entries live in
// the verified copy, so the doc's storage keeps only the doc's structure for them (its Yjs
// items, ids and keys, about a tenth of its size) and fills their bytes back in on loading.
// The doc stays the same doc (same items, same state vector): peers send only what it lacks.
import * as encoding from 'lib0/encoding';
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
 * kept elsewhere left out, written in one go (`hollowSteps` run to its end).
 */
export function hollowUpdate(doc: Y.Doc, contents: DocContents): Uint8Array {
  const steps = hollowSteps(doc, contents, structsPerStep);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/**
 * `hollowUpdate` written a few hundred structs at a time, the page getting its turns
 * (`pause`) between them: a year's doc is tens of thousands of structs, one long task in
 * one go. The doc may change in between; the update then holds the doc as it was when each
 * struct was written (every struct of a client from its first, as Yjs writes them), and a
 * change made meanwhile is in the updates written for it, which the caller keeps.
 */
export async function hollowUpdateInSteps(
  doc: Y.Doc,
  contents: DocContents,
  pause: () => Promise<void>,
  perStep = structsPerStep,
): Promise<Uint8Array> {
  const steps = hollowSteps(doc, contents, perStep);
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    await pause();
  }
}

/** Structs written between two turns of the page. */
export const structsPerStep = 256;

/**
 * The bytes of `Y.encodeStateAsUpdate(doc)`, written as Yjs writes them (clients from the
 * highest, each client's structs from its first, then the delete set), each live value kept
 * elsewhere written empty: its content is emptied only while its own struct is written, so
 * nothing else ever sees it empty. Yields after every `perStep` structs.
 */
function* hollowSteps(doc: Y.Doc, contents: DocContents, perStep: number): Generator<void, Uint8Array> {
  const store = doc.store;
  // Updates Yjs holds back (waiting for what they build on) are written by Yjs's own merge.
  if (store.pendingStructs || store.pendingDs) return hollowInOneGo(doc, contents);
  const map = doc.getMap(contents.mapName);
  const clients = [...store.clients.keys()].sort((a, b) => b - a);
  const written: { client: number; structs: number; bytes: Uint8Array }[] = [];
  let sinceTurn = 0;
  for (const client of clients) {
    const encoder = new Y.UpdateEncoderV1();
    let clock = 0;
    let count = 0;
    for (;;) {
      // Read again after each turn: a change may have split, merged or added structs.
      const structs = store.clients.get(client) ?? [];
      const last = structs[structs.length - 1];
      if (!last || clock >= last.id.clock + last.length) break;
      let index = Y.findIndexSS(structs, clock);
      // The first struct from the clock on: a change may have merged it with one written before.
      let offset = clock - (structs[index] as Y.Item | Y.GC).id.clock;
      do {
        writeHollow(encoder, structs[index] as Y.Item | Y.GC, offset, map, contents);
        offset = 0;
        count++;
        index++;
        sinceTurn++;
      } while (index < structs.length && sinceTurn < perStep);
      const end = structs[index - 1] as Y.Item | Y.GC;
      clock = end.id.clock + end.length;
      if (sinceTurn >= perStep) {
        sinceTurn = 0;
        yield;
      }
    }
    written.push({ client, structs: count, bytes: encoder.toUint8Array() });
  }
  const out = new Y.UpdateEncoderV1();
  encoding.writeVarUint(out.restEncoder, written.length);
  for (const { client, structs, bytes } of written) {
    encoding.writeVarUint(out.restEncoder, structs);
    encoding.writeVarUint(out.restEncoder, client);
    encoding.writeVarUint(out.restEncoder, 0);
    encoding.writeUint8Array(out.restEncoder, bytes);
  }
  writeDeleteSet(out, Y.createDeleteSetFromStructStore(store));
  return out.toUint8Array();
}

/** Writes one struct from `offset` on, empty if it is a live value whose bytes are kept elsewhere as they are. */
function writeHollow(
  encoder: Y.UpdateEncoderV1,
  struct: Y.Item | Y.GC,
  offset: number,
  map: Y.Map<unknown>,
  contents: DocContents,
): void {
  const content = struct instanceof Y.Item ? struct.content : null;
  const key = struct instanceof Y.Item ? struct.parentSub : null;
  if (
    !(content instanceof Y.ContentBinary) ||
    key === null ||
    struct.deleted ||
    map._map.get(key) !== struct ||
    !keptAsTheyAre(content, key, contents)
  ) {
    struct.write(encoder, offset);
    return;
  }
  const bytes = content.content;
  content.content = hollow;
  try {
    struct.write(encoder, offset);
  } finally {
    content.content = bytes;
  }
}

/** Only bytes the copy holds as they are: a value a peer changed is kept as it came. */
function keptAsTheyAre(content: Y.ContentBinary, key: string, contents: DocContents): boolean {
  return content.content.length > 0 && contents.keptElsewhere(key) && sameBytes(contents.bytesOf(key), content.content);
}

/** Yjs's delete set in the V1 format (its `writeDeleteSet`, which Yjs does not export). */
function writeDeleteSet(
  encoder: Y.UpdateEncoderV1,
  deleteSet: ReturnType<typeof Y.createDeleteSetFromStructStore>,
): void {
  const clients = [...deleteSet.clients.entries()].sort((a, b) => b[0] - a[0]);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const [client, items] of clients) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, items.length);
    for (const item of items) {
      encoding.writeVarUint(encoder.restEncoder, item.clock);
      encoding.writeVarUint(encoder.restEncoder, item.len);
    }
  }
}

/** The whole doc in one synchronous step, the values kept elsewhere emptied meanwhile. */
function hollowInOneGo(doc: Y.Doc, contents: DocContents): Uint8Array {
  const emptied: [Y.ContentBinary, Uint8Array][] = [];
  try {
    for (const [key, content] of liveItems(doc, contents.mapName)) {
      if (!keptAsTheyAre(content, key, contents)) continue;
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
