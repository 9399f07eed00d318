// Notes: written into the shared doc, projected into Dexie once they are read and checked.
import type * as Y from 'yjs';
import { type Note, noteTextProblem, readNote } from '../core/Note.ts';
import type { NetworkDatabase } from './NetworkDatabase.ts';

export type AddNoteResult = { ok: true; note: Note } | { ok: false; problem: 'empty' | 'too-long' | 'storage-full' };

export class NoteBoard {
  private readonly notes: Y.Map<unknown>;
  private readonly onChange: (event: Y.YMapEvent<unknown>) => void;
  private readonly db: NetworkDatabase;
  private readonly newId: () => string;

  constructor(doc: Y.Doc, db: NetworkDatabase, newId: () => string) {
    this.db = db;
    this.newId = newId;
    this.notes = doc.getMap('notes');
    this.onChange = (event) => {
      void this.project([...event.keysChanged]);
    };
    this.notes.observe(this.onChange);
  }

  /** Brings the Dexie view up to date with everything already in the doc. */
  projectAll(): Promise<void> {
    return this.project([...this.notes.keys()]);
  }

  async add(text: string, now: number): Promise<AddNoteResult> {
    const problem = noteTextProblem(text);
    if (problem) return { ok: false, problem };
    const note: Note = { id: this.newId(), text: text.trim(), time: now };
    try {
      // Dexie first: if the disk is full we learn it here, before the note is shared.
      await this.db.notes.put(note);
    } catch (error) {
      if (isQuotaError(error)) return { ok: false, problem: 'storage-full' };
      throw error;
    }
    this.notes.set(note.id, { text: note.text, time: note.time });
    return { ok: true, note };
  }

  destroy(): void {
    this.notes.unobserve(this.onChange);
  }

  private async project(ids: string[]): Promise<void> {
    // A note removed from the doc stays in the local view: nobody signed its removal.
    const notes = ids.map((id) => readNote(id, this.notes.get(id))).filter((note): note is Note => note !== null);
    if (notes.length > 0) await this.db.notes.bulkPut(notes);
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}
