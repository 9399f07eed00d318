// When one screen replaces another that looks the same (the first board, then the board
// itself), the element that had the keyboard's focus is gone and focus falls back to the
// page: a keyboard or screen-reader user would start again from the top. The same control
// on the new screen (same kind, link target and name) gets the focus back.

export interface FocusedControl {
  /** The element itself: until it leaves the page, nothing is to be done. */
  element: Element;
  tag: string;
  href: string | null;
  name: string;
}

function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

/** What has the focus in `within`, to find again after the swap; null when nothing there has it. */
export function focusedControl(within: Document = document): FocusedControl | null {
  const element = within.activeElement;
  if (!element || element === within.body || element === within.documentElement) return null;
  return { element, tag: element.tagName, href: element.getAttribute('href'), name: nameOf(element) };
}

/** How long the new screen may take to show the same control (its list may fill a frame later). */
const waitFrames = 60;

/**
 * Once the old screen is gone, gives the focus to the first element like `control` as soon as
 * the new screen shows it (within about a second), unless someone put the focus elsewhere.
 */
export function focusAgain(control: FocusedControl, within: Document = document, frames = waitFrames): void {
  const now = within.activeElement;
  const later = () => {
    if (frames > 0) requestAnimationFrame(() => focusAgain(control, within, frames - 1));
  };
  if (now === control.element && control.element.isConnected) {
    later();
    return;
  }
  if (now && now !== within.body && now !== within.documentElement) return;
  for (const element of within.getElementsByTagName(control.tag)) {
    if (element.getAttribute('href') !== control.href || nameOf(element) !== control.name) continue;
    if (element instanceof HTMLElement) element.focus();
    return;
  }
  later();
}
