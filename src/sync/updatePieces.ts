// A year's doc is one Yjs update of megabytes, and applying it is one long task on the
// page. Cut at struct boundaries, the same update becomes pieces that apply one after the
// other, each a short task, to the same doc. Only the V1 format (what storage keeps) is
// cut: there each struct's fields lie together in the bytes, so a piece is copied bytes
// behind a new header, never a struct read and written again.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** How big a piece may grow: a few ms of applying each on a phone. */
export interface PieceLimits {
  maxBytes: number;
  maxStructs: number;
}

export const pieceLimits: PieceLimits = { maxBytes: 128 * 1024, maxStructs: 1024 };

interface Run {
  client: number;
  clock: number;
  structs: number;
  start: number;
  end: number;
}

/**
 * The pieces of a V1 update, in the order to apply them: together they hold exactly its
 * structs, and the last one its delete set. Read as they are asked for, so reading the
 * update is cut into short steps too. An update that is small is returned whole; where
 * this reader meets what it does not understand, the rest is the whole update again (Yjs
 * skips what it already has, and reads or refuses the rest as it would have).
 */
export function* updatePieces(update: Uint8Array, limits: PieceLimits = pieceLimits): Generator<Uint8Array> {
  if (update.length <= limits.maxBytes) {
    yield update;
    return;
  }
  let held: Run[] | null = null;
  const runs = piecesOfRuns(update, limits);
  try {
    for (let next = runs.next(); ; next = runs.next()) {
      if (next.done) {
        if (held) yield pieceOf(update, held, update.subarray(next.value));
        return;
      }
      if (held) yield pieceOf(update, held, null);
      held = next.value;
    }
  } catch {
    yield update;
  }
}

/** A piece: its runs of structs behind a new header, and the delete set or an empty one. */
function pieceOf(update: Uint8Array, runs: Run[], deleteSet: Uint8Array | null): Uint8Array {
  const out = encoding.createEncoder();
  encoding.writeVarUint(out, runs.length);
  for (const run of runs) {
    encoding.writeVarUint(out, run.structs);
    encoding.writeVarUint(out, run.client);
    encoding.writeVarUint(out, run.clock);
    encoding.writeUint8Array(out, update.subarray(run.start, run.end));
  }
  if (deleteSet) encoding.writeUint8Array(out, deleteSet);
  else encoding.writeVarUint(out, 0);
  return encoding.toUint8Array(out);
}

/** Reads the struct section, noting where each struct ends, a piece's runs at a time; returns where the delete set starts. */
function* piecesOfRuns(update: Uint8Array, limits: PieceLimits): Generator<Run[], number> {
  const decoder = decoding.createDecoder(update);
  let piece: Run[] = [];
  let pieceBytes = 0;
  let pieceStructs = 0;
  const clients = decoding.readVarUint(decoder);
  for (let c = 0; c < clients; c++) {
    const structs = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    let run: Run = { client, clock, structs: 0, start: decoder.pos, end: decoder.pos };
    for (let s = 0; s < structs; s++) {
      if (pieceStructs > 0 && (pieceBytes >= limits.maxBytes || pieceStructs >= limits.maxStructs)) {
        if (run.structs > 0) piece.push(run);
        yield piece;
        piece = [];
        pieceBytes = 0;
        pieceStructs = 0;
        run = { client, clock, structs: 0, start: decoder.pos, end: decoder.pos };
      }
      const before = decoder.pos;
      clock += skipStruct(decoder);
      run.structs++;
      run.end = decoder.pos;
      pieceBytes += decoder.pos - before;
      pieceStructs++;
    }
    if (run.structs > 0) piece.push(run);
  }
  if (piece.length) yield piece;
  return decoder.pos;
}

/** Moves past one struct of the V1 format (Yjs's `readClientsStructRefs`); returns its length in clock ticks. */
function skipStruct(decoder: decoding.Decoder): number {
  const info = decoding.readUint8(decoder);
  const kind = info & 0b11111;
  if (kind === 0 || kind === 10) return decoding.readVarUint(decoder); // GC, Skip
  const hasOrigin = (info & 0b10000000) !== 0;
  const hasRightOrigin = (info & 0b01000000) !== 0;
  if (hasOrigin) skipId(decoder);
  if (hasRightOrigin) skipId(decoder);
  if (!hasOrigin && !hasRightOrigin) {
    if (decoding.readVarUint(decoder) === 1)
      decoding.readVarUint8Array(decoder); // parent's name
    else skipId(decoder); // parent's id
    if ((info & 0b00100000) !== 0) decoding.readVarUint8Array(decoder); // key in a map
  }
  return skipContent(decoder, kind);
}

function skipId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
}

/** Moves past an item's content (Yjs's `contentRefs`); returns its length in clock ticks. */
function skipContent(decoder: decoding.Decoder, kind: number): number {
  switch (kind) {
    case 1: // deleted
      return decoding.readVarUint(decoder);
    case 2: {
      // JSON: a count, then each value as text
      const n = decoding.readVarUint(decoder);
      for (let i = 0; i < n; i++) decoding.readVarUint8Array(decoder);
      return n;
    }
    case 3: // binary
      decoding.readVarUint8Array(decoder);
      return 1;
    case 4: // string: its length in UTF-16 code units
      return decoding.readVarString(decoder).length;
    case 5: // embed
      decoding.readVarUint8Array(decoder);
      return 1;
    case 6: // format: key and value
      decoding.readVarUint8Array(decoder);
      decoding.readVarUint8Array(decoder);
      return 1;
    case 7: {
      // type: its kind, and a name for an XML element or hook
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef === 3 || typeRef === 5) decoding.readVarUint8Array(decoder);
      return 1;
    }
    case 8: {
      // any: a count, then each value
      const n = decoding.readVarUint(decoder);
      for (let i = 0; i < n; i++) decoding.readAny(decoder);
      return n;
    }
    case 9: // a sub-document: its guid and options
      decoding.readVarUint8Array(decoder);
      decoding.readAny(decoder);
      return 1;
    default:
      throw new Error(`unknown struct kind ${kind}`);
  }
}
