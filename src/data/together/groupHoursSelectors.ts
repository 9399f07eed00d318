// What a member sees of group records: the parts waiting for their answer, and where the
// parts of records they are in stand. Pure functions of a session's view.
import { answerKey, type PartStatus, partStatus } from '../../core/state/groupParts.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface PartLine {
  record: string;
  index: number;
  payer: string;
  receiver: string;
  minutes: number;
  what: string;
  /** Who wrote the record. */
  author: string;
  time: number;
  status: PartStatus;
}

/** Every part of every record this member is a party of, newest record first. */
export function myParts(view: SessionView): PartLine[] {
  const state = view.memberState;
  if (!state) return [];
  const me = view.memberKey;
  const lines: PartLine[] = [];
  for (const record of state.groupRecords.values()) {
    record.parts.forEach((part, index) => {
      if (part.payer !== me && part.receiver !== me) return;
      lines.push({
        record: record.id,
        index,
        ...part,
        what: record.what,
        author: record.author,
        time: record.time,
        status: partStatus(state, record, index),
      });
    });
  }
  return lines.sort((a, b) => b.time - a.time || (a.record < b.record ? 1 : -1) || a.index - b.index);
}

/** The parts this member is asked to confirm: a party, not the author, not answered yet. */
export function partsToAnswer(view: SessionView): PartLine[] {
  const state = view.memberState;
  if (!state) return [];
  const me = view.memberKey;
  return myParts(view).filter(
    (line) =>
      line.author !== me && line.status === 'waiting' && !state.partAnswers.has(answerKey(line.record, line.index, me)),
  );
}
