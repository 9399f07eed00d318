// Sends this device's waiting look back answers when their moment came (docs/protocol-
// together.md §6): once the member room is there, and then every minute while the page is
// open. The answers wait in IndexedDB, so a reload or a day offline loses none.
import { createEffect, onCleanup } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { LiveSession } from '../app/session.ts';

export function followDueAnswers(session: NetworkSession, live: LiveSession): void {
  const ready = live.select((view) => view.memberState !== null);
  let running = false;
  const send = async () => {
    if (running || !ready()) return;
    running = true;
    try {
      // Loaded only here: the board itself does not need the proof of work.
      const { SurveyCommands } = await import('../../data/together/surveyCommands.ts');
      await new SurveyCommands(session).sendDue();
    } catch (error) {
      console.warn('sending a look back answer failed; it waits for the next try', error);
    } finally {
      running = false;
    }
  };
  createEffect(() => {
    if (ready()) void send();
  });
  const timer = setInterval(() => void send(), 60_000);
  onCleanup(() => clearInterval(timer));
}
