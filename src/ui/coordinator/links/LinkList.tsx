// This network's links, newest first: the other neighbourhood's name, whether the link
// works, waits or ended, what each neighbourhood has from or owes the other, and what was
// agreed; a link that we did not end yet can be ended here. Rows by link (KeyedFor), so an
// open question "Weet je het zeker?" stays open, and with its own link, while the state
// changes underneath (by place, a link whose own half came in moved, and the question with
// its reason then ended another).
import { Show } from 'solid-js';
import { linkAccounts, linksOf, type OurLink } from '../../../data/links/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import type { LiveSession } from '../../app/session.ts';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { hoursText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import { LinkAccount } from './LinkAccount.tsx';
import { LinkEnd } from './LinkEnd.tsx';
import { categoriesText, sinceText } from './LinkTermsTable.tsx';

function statusText(link: OurLink): string {
  if (link.endedBy === 'both') return t('links.endedByBoth');
  if (link.endedBy === 'us') return t('links.endedByUs');
  if (link.endedBy === 'them') return t('links.endedByThem', { name: link.name });
  return link.open ? t('links.statusOpen') : t('links.statusWaiting');
}

/** Our clearing account, said as who has hours to come from whom. */
function clearingText(link: OurLink): string {
  const hours = hoursText(link.clearing);
  if (link.clearing > 0) return t('links.clearingWeOwe', { name: link.name, hours });
  if (link.clearing < 0) return t('links.clearingTheyOwe', { name: link.name, hours });
  return t('links.clearingEven');
}

export function LinkList(props: { session: NetworkSession; live: LiveSession }) {
  const links = props.live.select(linksOf);
  const accounts = props.live.select(linkAccounts);
  return (
    <section aria-labelledby="links-list-title">
      <h3 id="links-list-title">{t('links.listTitle')}</h3>
      <Show when={links().length > 0} fallback={<p data-testid="links-none">{t('links.none')}</p>}>
        <ul class="list" data-testid="links-list">
          <KeyedFor each={links()} by={(link) => link.link}>
            {(link) => (
              <li class="item" data-testid="link-row" data-ended={link().ended ? 'yes' : 'no'}>
                <strong>{link().name}</strong>
                <p data-testid="link-status">{statusText(link())}</p>
                <Show when={link().endReason}>
                  <p data-testid="link-end-reason">{t('links.endedReason', { reason: link().endReason })}</p>
                </Show>
                <Show when={link().open}>
                  <p data-testid="link-clearing" data-minutes={link().clearing}>
                    {clearingText(link())}
                  </p>
                </Show>
                <dl>
                  <dt>{t('links.termCategories')}</dt>
                  <dd>{categoriesText(link().terms)}</dd>
                  <dt>{t('links.termLimit')}</dt>
                  <dd>{hoursText(link().terms.limit)}</dd>
                  <dt>{t('links.termSince')}</dt>
                  <dd>{sinceText(link().terms)}</dd>
                </dl>
                <Show when={accounts().find((account) => account.link === link().link)}>
                  {(account) => <LinkAccount account={account()} />}
                </Show>
                <Show when={link().endedBy !== 'us' && link().endedBy !== 'both'}>
                  <LinkEnd session={props.session} link={link()} />
                </Show>
              </li>
            )}
          </KeyedFor>
        </ul>
      </Show>
    </section>
  );
}
