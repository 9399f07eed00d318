// The member's menu on a phone: five tabs fixed at the bottom, in reach of a thumb, each a
// pictogram over a word. Hidden on a wider screen, where the top menu shows (layout.css);
// both are the "Hoofdmenu", and only one of them is ever shown.
import { createEffect, For, onCleanup, onMount } from 'solid-js';
import { t } from '../../i18n.ts';
import { Pictogram } from '../Pictogram.tsx';
import { NavCount } from './NavCount.tsx';
import type { NavLink } from './PageHeader.tsx';

// The tabs' text sizes, largest first (rem). A word is never broken: the whole bar's text
// shrinks until every word fits its tab, on at most two lines, and stops at 10 px.
const textSizes = [0.75, 0.7, 0.65, 0.625];

/** Every label's words fit its tab (no word wider than it, at most two lines, which the label's height holds). */
function labelsFit(bar: HTMLElement): boolean {
  return [...bar.querySelectorAll<HTMLElement>('.tab-label')].every(
    (label) => label.scrollWidth <= label.clientWidth && label.scrollHeight <= label.clientHeight,
  );
}

/**
 * Chooses the largest text size at which every tab's words fit. Measured with every label in
 * bold, as the current tab is shown: the size, and so the bar, stay the same on every page.
 */
function fitText(bar: HTMLElement): void {
  if (bar.offsetParent === null) return;
  bar.classList.add('tab-measuring');
  let chosen = textSizes[textSizes.length - 1] ?? 0.625;
  for (const size of textSizes) {
    bar.style.setProperty('--tab-text', `${size}rem`);
    if (labelsFit(bar)) {
      chosen = size;
      break;
    }
  }
  bar.style.setProperty('--tab-text', `${chosen}rem`);
  bar.classList.remove('tab-measuring');
}

export function TabBar(props: { tabs: NavLink[] }) {
  let bar!: HTMLElement;
  onMount(() => {
    // A turned phone, a larger text setting, the bar appearing as the window narrows.
    const resized = new ResizeObserver(() => fitText(bar));
    resized.observe(bar);
    onCleanup(() => resized.disconnect());
  });
  // Other words (another language) need another size.
  createEffect(() => {
    for (const tab of props.tabs) void tab.label;
    fitText(bar);
  });
  return (
    <nav aria-label={t('nav.label')} class="tab-bar" data-testid="tab-bar" ref={bar}>
      <ul>
        <For each={props.tabs}>
          {(tab) => (
            <li>
              <a class="tab" href={tab.href} aria-current={tab.current ? 'page' : undefined}>
                <span class="tab-picto">
                  {tab.pictogram ? <Pictogram name={tab.pictogram} /> : null}
                  <NavCount count={tab.count} testId="tab-unread" />
                </span>
                <span class="tab-label">{tab.label}</span>
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
