// Calls `idle` once nobody has touched, clicked or typed for `ms`: the kiosk forgets the
// person who walked away. A plain timer, so a test can move the page's clock on.
import { onCleanup } from 'solid-js';

/** How long a card member's session lasts without a touch. */
export const idleLogoutMs = 90_000;

const touches = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel'] as const;

export function whenIdle(ms: number, idle: () => void): void {
  let timer = setTimeout(idle, ms);
  const touched = () => {
    clearTimeout(timer);
    timer = setTimeout(idle, ms);
  };
  for (const type of touches) window.addEventListener(type, touched, { capture: true, passive: true });
  onCleanup(() => {
    clearTimeout(timer);
    for (const type of touches) window.removeEventListener(type, touched, { capture: true });
  });
}
