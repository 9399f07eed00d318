// Answers to a look back that wait on this device for their moment (docs/protocol-together.md
// §6): the member's `answered` goes out at once, the anonymous answer at a random moment in
// the next day, so their arrival does not tie them together. Kept in IndexedDB, so a reload
// or a closed tab does not lose one; with the one-time key it will be signed with, so that
// sending it twice writes the same entry, never a second answer.
import { Dexie, type EntityTable } from 'dexie';

export interface PendingAnswer {
  /** The survey's id. */
  survey: string;
  answers: number[];
  /** The moment it is due, and the time it will claim. */
  due: number;
  /** The one-time key's two secrets (Identity.ts). */
  signingSecret: Uint8Array;
  boxSecret: Uint8Array;
}

class PendingAnswerDatabase extends Dexie {
  answers!: EntityTable<PendingAnswer, 'survey'>;

  constructor(networkId: string) {
    super(`buurtruil-answers-${networkId}`);
    this.version(1).stores({ answers: 'survey' });
  }
}

const opened = new Map<string, PendingAnswerDatabase>();

/** This network's waiting answers (one database per network, opened once). */
export function pendingAnswers(networkId: string): EntityTable<PendingAnswer, 'survey'> {
  let db = opened.get(networkId);
  if (!db) {
    db = new PendingAnswerDatabase(networkId);
    opened.set(networkId, db);
  }
  return db.answers;
}
