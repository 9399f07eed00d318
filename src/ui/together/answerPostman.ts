// Sends this device's waiting look back answers when their moment came (docs/protocol-
// together.md §6): whenever a survey arrives in the state, and then every minute while the page is
// open. The answers wait in IndexedDB, so a reload or a day offline loses none.
import { createEffect, onCleanup } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { LiveSession } from '../app/session.ts';

export function followDueAnswers(session: NetworkSession, live: LiveSession): void {
  // Tried again whenever a survey arrives: an answer waits for its survey to be in the state.
  const surveys = live.select((view) => view.memberState?.surveys.size ?? 0);
  const ready = () => surveys() > 0;
  let running = false;
  let again = false;
  const send = async (): Promise<void> => {
    if (!ready()) return;
    // One round at a time; a call during one asks for one more after it.
    if (running) {
      again = true;
      return;
    }
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
    if (again) {
      again = false;
      await send();
    }
  };
  createEffect(() => {
    if (ready()) void send();
  });
  const timer = setInterval(() => void send(), 60_000);
  onCleanup(() => clearInterval(timer));
}
