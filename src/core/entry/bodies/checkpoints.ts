// The bodies of checkpoints (docs/protocol.md §4.8): one signature on a summary of the
// state at a point of the log, and the notice that a summary does not match the log.
import { bytes, int, nullable, type Reader, record } from '../shape.ts';
import { id, seen } from './fields.ts';

/** A summary hash: SHA-256 of the summary's DAG-CBOR (full length, §1). */
export const summaryHashLength = 32;
const summaryHash = bytes(summaryHashLength);

export interface CheckpointBodies {
  /**
   * "The state at this point of the log is this summary": checkpoint `part` (1, 2, ...),
   * built on the counting checkpoint whose summary hash is `after` (null for the first).
   */
  checkpoint: { part: number; after: Uint8Array | null; summary: Uint8Array; seen: Uint8Array[] };
  /**
   * "This checkpoint's summary does not match the log": the index of the first page that
   * differs and the hash it should have. Changes no state; it tells devices that cannot
   * tell to check.
   */
  'false-checkpoint': { checkpoint: Uint8Array; page: number; correct: Uint8Array };
}

export const checkpointBodyReaders: { [T in keyof CheckpointBodies]: Reader<CheckpointBodies[T]> } = {
  checkpoint: record({ part: int(1, 1_000_000), after: nullable(summaryHash), summary: summaryHash, seen }),
  'false-checkpoint': record({ checkpoint: id, page: int(0, 1_000_000), correct: summaryHash }),
};
