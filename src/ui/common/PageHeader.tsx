// The top of every page: the name, the menu, the language switch, the connection.
import { type Accessor, For, Show } from 'solid-js';
import type { SyncStatus } from '../../sync/SyncStatus.ts';
import { t } from '../i18n.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Pictogram, type PictogramName } from './Pictogram.tsx';

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
  status?: Accessor<SyncStatus> | undefined;
}) {
  return (
    <header class="page-header">
      <div class="page-title">
        <p class="brand">
          <a href="/">{t('app.name')}</a>
          <Show when={props.network}>
            <span class="network-name"> · {props.network}</span>
          </Show>
        </p>
        <LanguageSwitch />
      </div>
      <Show when={props.links?.length}>
        <nav aria-label={t('nav.label')}>
          <ul class="nav">
            <For each={props.links}>
              {(link) => (
                <li>
                  <a class="nav-link" href={link.href} aria-current={link.current ? 'page' : undefined}>
                    <Show when={link.pictogram}>{(name) => <Pictogram name={name()} />}</Show>
                    {link.label}
                    <Show when={(link.count ?? 0) > 0}>
                      <span class="nav-count" data-testid="nav-unread">
                        {link.count}
                        <span class="visually-hidden"> {t('me.newCount')}</span>
                      </span>
                    </Show>
                  </a>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </Show>
      <Show when={props.status}>{(status) => <ConnectionStatus status={status()} />}</Show>
    </header>
  );
}
