// The member's menu on a phone: five tabs fixed at the bottom, in reach of a thumb, each a
// pictogram over a word. Hidden on a wider screen, where the top menu shows (layout.css);
// both are the "Hoofdmenu", and only one of them is ever shown.
import { For } from 'solid-js';
import { t } from '../../i18n.ts';
import { Pictogram } from '../Pictogram.tsx';
import { NavCount } from './NavCount.tsx';
import type { NavLink } from './PageHeader.tsx';

export function TabBar(props: { tabs: NavLink[] }) {
  return (
    <nav aria-label={t('nav.label')} class="tab-bar" data-testid="tab-bar">
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
