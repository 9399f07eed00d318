// "My hours": hours earned by helping, hours spent on help received, the balance and the
// history. In the words of help: "Geholpen" (others, by me) and "Hulp gekregen", so the
// numbers and the sentence under them say the same thing. A negative balance is normal.
import { For, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import type { MemberRow } from '../../data/store/tableRows.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { dateText, hoursText, signedHours } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function MyHours(props: { session: NetworkSession; members: () => Map<string, MemberRow> }) {
  const key = props.session.memberKey;
  const me = () => props.members().get(key);
  const history = useLiveQuery(
    () => props.session.db.transfers.where('parties').equals(key).reverse().sortBy('time'),
    [],
  );
  // From the exchanges themselves: welcome hours and the pot are neither helping nor being helped.
  const counted = () => history().filter((transfer) => !transfer.reversed);
  const helped = () => counted().reduce((sum, x) => sum + (x.to === key ? x.minutes : 0), 0);
  const gotHelp = () => counted().reduce((sum, x) => sum + (x.from === key ? x.minutes : 0), 0);
  const balance = () => me()?.balance ?? 0;
  const nameOf = (key: string) => props.members().get(key)?.name || t('common.someone');
  return (
    <>
      <h1>{t('myhours.title')}</h1>
      <dl class="totals">
        <div>
          <dt>{t('myhours.helped')}</dt>
          <dd data-testid="helped">{hoursText(helped())}</dd>
        </div>
        <div>
          <dt>{t('myhours.gotHelp')}</dt>
          <dd data-testid="got-help">{hoursText(gotHelp())}</dd>
        </div>
        <div>
          <dt>{t('myhours.balance')}</dt>
          <dd data-testid="balance">{signedHours(balance())}</dd>
        </div>
      </dl>
      <p class="notice" data-testid="balance-text">
        {balance() > 0
          ? t('myhours.positive', { hours: hoursText(balance()) })
          : balance() < 0
            ? t('myhours.negative', { hours: hoursText(balance()) })
            : t('myhours.zero')}
      </p>
      <p class="hint">{t('myhours.notMoney')}</p>
      <h2>{t('myhours.history')}</h2>
      <Show when={history().length > 0 || (me()?.welcome ?? 0) > 0} fallback={<p>{t('myhours.none')}</p>}>
        <ul class="list" data-testid="history">
          <For each={history()}>
            {(transfer) => {
              const incoming = transfer.to === key;
              return (
                <li class="item" data-testid="history-item">
                  <strong>{signedHours(incoming ? transfer.minutes : -transfer.minutes)}</strong>{' '}
                  {incoming
                    ? t('myhours.from', { name: nameOf(transfer.from) })
                    : t('myhours.to', { name: nameOf(transfer.to) })}
                  {' · '}
                  {transfer.what} · {dateText(transfer.time)}
                  <Show when={transfer.reversed}> · {t('myhours.reversed')}</Show>
                </li>
              );
            }}
          </For>
          <Show when={(me()?.welcome ?? 0) > 0}>
            <li class="item">
              <strong>{signedHours(me()?.welcome ?? 0)}</strong> {t('myhours.welcome')}
            </li>
          </Show>
        </ul>
      </Show>
    </>
  );
}
