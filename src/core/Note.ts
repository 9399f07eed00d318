// A note on the shared notice board: the foundation's first record type. It is not signed
// yet; the signed network log (docs/protocol.md) replaces it with posts.
export interface Note {
  id: string;
  text: string;
  /** Milliseconds since 1970, as the writer's clock said. */
  time: number;
}

export const maxNoteLength = 500;

export type NoteProblem = 'empty' | 'too-long';

/** What is wrong with a note text a person typed, or null if it can be pinned up. */
export function noteTextProblem(text: string): NoteProblem | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.length > maxNoteLength) return 'too-long';
  return null;
}

/** A note as it arrived from another peer, or null when it is not a well-formed note. */
export function readNote(id: string, value: unknown): Note | null {
  if (!value || typeof value !== 'object') return null;
  const { text, time } = value as Record<string, unknown>;
  if (typeof text !== 'string' || noteTextProblem(text) !== null) return null;
  if (typeof time !== 'number' || !Number.isFinite(time)) return null;
  return { id, text: text.trim(), time };
}
