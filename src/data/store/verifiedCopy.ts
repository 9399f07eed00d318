// The verified copy at rest, packed: one row holds the ids and the bytes of the entries a
// projection wrote in one part (up to a few hundred). In Chromium a row per entry made the
// copy of a year 4 s of writes and 17.6 MB; packed, 0.3-0.5 s and 9.7 MB (bench/copyWrites.ts).
// The entries this device writes itself also go, one row each, into `entries` with their
// place in the chain: another tab of this profile finds them there (WritePipeline).
import type { NetworkDatabase, PackedEntries } from './NetworkDatabase.ts';

/** Small parts (a few entries that came one by one) are packed together once this many wait. */
export const smallPartsBeforeMerge = 32;
/** A part with fewer entries than this is small. */
export const fullPart = 256;

/** An entry of the verified copy: its id and its bytes. */
export interface CopiedEntry {
  id: string;
  bytes: Uint8Array;
}

export function pack(entries: readonly CopiedEntry[]): PackedEntries {
  const sizes = entries.map(({ bytes }) => bytes.length);
  const bytes = new Uint8Array(sizes.reduce((n, size) => n + size, 0));
  let at = 0;
  for (const entry of entries) {
    bytes.set(entry.bytes, at);
    at += entry.bytes.length;
  }
  return { ids: entries.map(({ id }) => id), sizes, bytes };
}

export function unpack(part: PackedEntries): CopiedEntry[] {
  const out: CopiedEntry[] = [];
  let at = 0;
  part.ids.forEach((id, i) => {
    const size = part.sizes[i] ?? 0;
    out.push({ id, bytes: part.bytes.subarray(at, at + size) });
    at += size;
  });
  return out;
}

/**
 * Parts read per request: at once, four years' copy (540 parts) was one task of 100 ms at
 * opening (its rows made into objects, then unpacked), a reason a reload waited.
 */
const partsPerRead = 64;

/**
 * Every entry of the copy (each once), and the keys of the small parts. Read a few dozen
 * parts at a time, `pause` between: a part merged meanwhile comes back under a higher key,
 * read later, so nothing is missed (an entry read twice is kept once).
 */
export async function readCopy(
  db: NetworkDatabase,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<{ entries: Map<string, Uint8Array>; small: number[] }> {
  const entries = new Map<string, Uint8Array>();
  const small: number[] = [];
  let after: number | null = null;
  for (;;) {
    const rows = after === null ? db.copy.limit(partsPerRead) : db.copy.where(':id').above(after).limit(partsPerRead);
    const parts: PackedEntries[] = await rows.toArray();
    for (const part of parts) {
      for (const { id, bytes } of unpack(part)) entries.set(id, bytes);
      if (part.ids.length < fullPart && part.n !== undefined) small.push(part.n);
    }
    const last: number | undefined = parts.at(-1)?.n;
    if (parts.length < partsPerRead || last === undefined) break;
    after = last;
    await pause();
  }
  for (const { id, bytes } of await db.entries.toArray()) entries.set(id, bytes);
  return { entries, small };
}

/** Packs small parts into one, in one transaction; returns its key if it is still small. */
export async function mergeParts(db: NetworkDatabase, keys: readonly number[]): Promise<number[]> {
  return db.transaction('rw', db.copy, async () => {
    const parts = (await db.copy.bulkGet([...keys])).filter((part) => part !== undefined);
    const entries = parts.flatMap(unpack);
    const merged = (await db.copy.add(pack(entries))) as number;
    await db.copy.bulkDelete([...keys]);
    return entries.length < fullPart ? [merged] : [];
  });
}

/**
 * Keeps in the copy only the entries `keep` says (a phone letting go of the history below a
 * checkpoint, docs/protocol.md §7.1); returns how many it let go. The parts are read a few
 * dozen at a time, `pause` between; then one transaction takes out every part read and puts
 * back what is kept, packed anew: all or nothing, and the storage the parts held is given
 * back at once (parts taken out one by one left it taken until the browser compacted, 19 MB
 * at four years). A part written meanwhile (new entries) is after those read, and stays. The
 * entries this device wrote itself (`entries`) always stay.
 */
export async function keepInCopy(
  db: NetworkDatabase,
  keep: (id: string) => boolean,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<number> {
  const kept: CopiedEntry[] = [];
  let dropped = 0;
  let last: number | null = null;
  for (;;) {
    const rows = last === null ? db.copy.limit(partsPerRead) : db.copy.where(':id').above(last).limit(partsPerRead);
    const parts: PackedEntries[] = await rows.toArray();
    for (const part of parts)
      for (const entry of unpack(part)) {
        if (keep(entry.id)) kept.push({ id: entry.id, bytes: entry.bytes.slice() });
        else dropped++;
      }
    const next: number | undefined = parts.at(-1)?.n;
    if (parts.length < partsPerRead || next === undefined) {
      last = next ?? last;
      break;
    }
    last = next;
    await pause();
  }
  if (last === null || dropped === 0) return 0;
  const upTo = last;
  await db.transaction('rw', db.copy, async () => {
    await db.copy.where(':id').belowOrEqual(upTo).delete();
    for (let at = 0; at < kept.length; at += fullPart) await db.copy.add(pack(kept.slice(at, at + fullPart)));
  });
  return dropped;
}
