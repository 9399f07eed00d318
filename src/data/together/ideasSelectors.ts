// What the ideas page shows: the ideas board (public ideas no coordinator took off), and the
// private ideas this device can open — a coordinator's all of them, a member's own.
import { idFromText } from '../../core/encoding/base64url.ts';
import { openIdea } from '../../core/sealing.ts';
import type { Idea } from '../../core/state/togetherRecords.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface IdeaLine {
  id: string;
  author: string;
  text: string;
  time: number;
  /** Sealed to the coordinators, not on the board. */
  private: boolean;
}

/** Public ideas still on the board, newest first. */
export function ideasBoard(view: SessionView): IdeaLine[] {
  const state = view.memberState;
  if (!state) return [];
  return [...state.ideas.values()]
    .filter((idea): idea is Idea & { text: string } => idea.text !== null && !state.hiddenPosts.has(idea.id))
    .map((idea) => ({ id: idea.id, author: idea.author, text: idea.text, time: idea.time, private: false }))
    .sort((a, b) => b.time - a.time);
}

/** Private ideas this device can open, newest first. */
export function privateIdeas(view: SessionView): IdeaLine[] {
  const state = view.memberState;
  if (!state) return [];
  const lines: IdeaLine[] = [];
  for (const idea of state.ideas.values()) {
    if (!idea.sealed) continue;
    const text = openIdea(idea.sealed, view.identity, view.net, idFromText(idea.author));
    if (text !== null) lines.push({ id: idea.id, author: idea.author, text, time: idea.time, private: true });
  }
  return lines.sort((a, b) => b.time - a.time);
}
