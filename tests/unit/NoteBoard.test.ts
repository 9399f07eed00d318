// Notes from the doc reach the Dexie view only when well formed, and stay when removed.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { maxNoteLength, noteTextProblem, readNote } from '../../src/core/Note.ts';
import { NetworkDatabase } from '../../src/data/NetworkDatabase.ts';
import { NoteBoard } from '../../src/data/NoteBoard.ts';

const open: NetworkDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function setup() {
  const doc = new Y.Doc();
  const db = new NetworkDatabase(`test-${crypto.randomUUID()}`);
  open.push(db);
  let n = 0;
  const board = new NoteBoard(doc, db, () => `note-${++n}`);
  return { doc, db, board };
}

describe('note rules', () => {
  it('refuses empty and overlong text', () => {
    expect(noteTextProblem('   ')).toBe('empty');
    expect(noteTextProblem('x'.repeat(maxNoteLength + 1))).toBe('too-long');
    expect(noteTextProblem(' hallo ')).toBeNull();
  });

  it('reads only well-formed notes from peers', () => {
    expect(readNote('a', { text: 'hoi', time: 1 })).toEqual({ id: 'a', text: 'hoi', time: 1 });
    for (const bad of [
      null,
      'hoi',
      { text: 5, time: 1 },
      { text: 'hoi' },
      { text: '', time: 1 },
      { text: 'x'.repeat(501), time: 1 },
      { text: 'hoi', time: Number.NaN },
    ]) {
      expect(readNote('a', bad)).toBeNull();
    }
  });
});

describe('NoteBoard', () => {
  it('adds a note to the doc and the view', async () => {
    const { doc, db, board } = setup();
    const result = await board.add('  Soep over, wie wil?  ', 1000);
    expect(result).toEqual({ ok: true, note: { id: 'note-1', text: 'Soep over, wie wil?', time: 1000 } });
    expect(doc.getMap('notes').get('note-1')).toEqual({ text: 'Soep over, wie wil?', time: 1000 });
    expect(await db.notes.toArray()).toHaveLength(1);
  });

  it('refuses bad text and writes nothing', async () => {
    const { doc, db, board } = setup();
    expect(await board.add('', 1)).toEqual({ ok: false, problem: 'empty' });
    expect(await board.add('x'.repeat(600), 1)).toEqual({ ok: false, problem: 'too-long' });
    expect(doc.getMap('notes').size).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });

  it('projects notes arriving from a peer, and leaves malformed ones out', async () => {
    const { doc, db, board } = setup();
    const peer = new Y.Doc();
    peer.getMap('notes').set('p1', { text: 'Van de buren', time: 5 });
    peer.getMap('notes').set('p2', { text: 7, time: 5 });
    Y.applyUpdateV2(doc, Y.encodeStateAsUpdateV2(peer));
    await board.projectAll();
    await expect.poll(() => db.notes.toArray()).toEqual([{ id: 'p1', text: 'Van de buren', time: 5 }]);
  });

  it('keeps a note in the view when a peer removes it from the doc', async () => {
    const { doc, db, board } = setup();
    await board.add('Blijft staan', 1);
    doc.getMap('notes').delete('note-1');
    await board.projectAll();
    expect(await db.notes.get('note-1')).toMatchObject({ text: 'Blijft staan' });
  });
});
