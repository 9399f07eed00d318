// The hours between this neighbourhood and a linked one, for its coordinators
// (protocol-links.md §4), beside the clearing account the link's row says: how many records
// count and wait, and whether the other side's last statement mirrors ours, with the
// records that may differ when it does not.
import { For, Match, Show, Switch } from 'solid-js';
import type { LinkAccount as Account } from '../../../data/links/index.ts';
import { t } from '../../i18n.ts';

export function LinkAccount(props: { account: Account }) {
  const buurt = () => props.account.buurt;
  const differs = () => {
    const mirror = props.account.mirror;
    return mirror.state === 'differs' ? mirror.records : null;
  };
  return (
    <div data-testid="link-account">
      <h4>{t('linkAccounts.title')}</h4>
      <p data-testid="link-records">{t('linkAccounts.records', { count: props.account.records })}</p>
      <Show when={props.account.waiting > 0}>
        <p data-testid="link-waiting">{t('linkAccounts.waiting', { count: props.account.waiting })}</p>
      </Show>
      <Switch>
        <Match when={props.account.mirror.state === 'none'}>
          <p class="hint" data-testid="link-mirror" data-mirror="none">
            {t('linkAccounts.mirrorNone', { buurt: buurt() })}
          </p>
        </Match>
        <Match when={props.account.mirror.state === 'mirrors'}>
          <p data-testid="link-mirror" data-mirror="mirrors">
            {t('linkAccounts.mirrors', { buurt: buurt() })}
          </p>
        </Match>
        <Match when={differs()}>
          {(records) => (
            <div class="notice" role="status" data-testid="link-mirror" data-mirror="differs">
              <p>{t('linkAccounts.differs', { buurt: buurt() })}</p>
              <ul>
                <For each={records()}>{(record) => <li data-testid="link-differs">{record}</li>}</For>
              </ul>
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
