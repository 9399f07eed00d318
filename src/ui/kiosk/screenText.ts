// What the one "Lees voor" button of a kiosk screen says: the screen's own text in the order
// it stands (heading, hint, items, the big choices), read from the page as it is shown, so
// it can never drift from what is on the screen. Keys, side buttons (print, next page),
// hidden parts and a part marked data-no-read (the keypad, the bar with "Klaar") are left out.
const readable = 'h1, h2, h3, p, li, dt, dd, legend, label, .kiosk-big';
const unread = '[data-no-read], [aria-hidden="true"], .visually-hidden, .button:not(.kiosk-big, .kiosk-item)';

export function screenText(root: Element): string {
  const parts: string[] = [];
  for (const el of root.querySelectorAll(readable)) {
    // A part inside another readable part is read with it, once.
    const outer = el.parentElement?.closest(readable);
    if (outer && root.contains(outer)) continue;
    if (el.closest(unread) || el.getClientRects().length === 0) continue;
    const copy = el.cloneNode(true) as Element;
    for (const skipped of copy.querySelectorAll(unread)) skipped.remove();
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  }
  // Each part is a sentence: a full stop after it unless it ends in one of its own.
  return parts.map((part) => (/[.!?:…]$/.test(part) ? part : `${part}.`)).join(' ');
}
