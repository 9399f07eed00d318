// The top of every page: the name, the menu, the language switch, the connection. A member's
// page also gets a tab bar (TabBar.tsx), which takes the menu's place on a phone; there this
// header is one slim line, the network's name and the connection (layout.css).
import { type Accessor, For, Show } from 'solid-js';
import type { SyncStatus } from '../../../sync/SyncStatus.ts';
import { t } from '../../i18n.ts';
import { Pictogram, type PictogramName } from '../Pictogram.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavCount } from './NavCount.tsx';
import { TabBar } from './TabBar.tsx';

export interface NavLink {
  href: string;
  label: string;
  current: boolean;
  /** Its pictogram, beside the label. */
  pictogram?: PictogramName;
  /** How many things behind this link are new (shown when more than 0). */
  count?: number;
}

export function PageHeader(props: {
  network?: string | undefined;
  links?: NavLink[] | undefined;
  /** Links beside the language (the coordinator's page): the top line has room, the menu's row not. */
  side?: NavLink[] | undefined;
  /** The phone's tab bar, at most five: shown instead of `links` on a narrow screen. */
  tabs?: NavLink[] | undefined;
  status?: Accessor<SyncStatus> | undefined;
}) {
  return (
    <header class="page-header" classList={{ 'has-tabs': Boolean(props.tabs?.length) }}>
      <div class="page-title">
        <p class="brand">
          <a href="/" class="brand-app">
            {t('app.name')}
          </a>
          <Show when={props.network}>
            <span class="network-name">
              <span class="brand-dot"> · </span>
              {props.network}
            </span>
          </Show>
        </p>
        <Show when={props.status && props.tabs?.length}>
          <ConnectionStatus status={props.status as Accessor<SyncStatus>} />
        </Show>
        <div class="header-side">
          <For each={props.side ?? []}>
            {(link) => (
              <a class="nav-link" href={link.href} aria-current={link.current ? 'page' : undefined}>
                <Show when={link.pictogram}>{(name) => <Pictogram name={name()} />}</Show>
                {link.label}
              </a>
            )}
          </For>
          <LanguageSwitch />
        </div>
      </div>
      <Show when={props.links?.length}>
        <nav aria-label={t('nav.label')} class="top-menu">
          <ul class="nav">
            <For each={props.links}>
              {(link) => (
                <li>
                  <a class="nav-link" href={link.href} aria-current={link.current ? 'page' : undefined}>
                    <Show when={link.pictogram}>{(name) => <Pictogram name={name()} />}</Show>
                    {link.label}
                    <NavCount count={link.count} />
                  </a>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </Show>
      <Show when={props.status && !props.tabs?.length}>
        <ConnectionStatus status={props.status as Accessor<SyncStatus>} />
      </Show>
      <Show when={props.tabs?.length}>
        <TabBar tabs={props.tabs as NavLink[]} />
      </Show>
    </header>
  );
}
