// This network's links, newest first: the other neighbourhood's name and what was agreed.
import { For, Show } from 'solid-js';
import { linkAccounts, linksOf } from '../../../data/links/index.ts';
import type { LiveSession } from '../../app/session.ts';
import { hoursText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import { LinkAccount } from './LinkAccount.tsx';
import { categoriesText, sinceText } from './LinkTermsTable.tsx';

export function LinkList(props: { live: LiveSession }) {
  const links = props.live.select(linksOf);
  const accounts = props.live.select(linkAccounts);
  return (
    <section aria-labelledby="links-list-title">
      <h3 id="links-list-title">{t('links.listTitle')}</h3>
      <Show when={links().length > 0} fallback={<p data-testid="links-none">{t('links.none')}</p>}>
        <ul class="list" data-testid="links-list">
          <For each={links()}>
            {(link) => (
              <li class="item" data-testid="link-row">
                <strong>{link.name}</strong>
                <p data-testid="link-status">{link.open ? t('links.statusOpen') : t('links.statusWaiting')}</p>
                <dl>
                  <dt>{t('links.termCategories')}</dt>
                  <dd>{categoriesText(link.terms)}</dd>
                  <dt>{t('links.termLimit')}</dt>
                  <dd>{hoursText(link.terms.limit)}</dd>
                  <dt>{t('links.termSince')}</dt>
                  <dd>{sinceText(link.terms)}</dd>
                </dl>
                <Show when={accounts().find((account) => account.link === link.link)}>
                  {(account) => <LinkAccount account={account()} />}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
