// A member's hours as the member's own "Mijn uren" and the card member's at the kiosk both
// show them: where the balance stands in one sentence, and every transfer with the welcome
// gift. One component, so the two screens cannot say different things about one balance.
import { For, Show } from 'solid-js';
import { balanceStanding } from '../../data/exchange/index.ts';
import type { TransferRow } from '../../data/store/index.ts';
import { dateText, hoursText, signedHours } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import type { Look } from './party.ts';

/** The sentence under a balance: ahead, behind (which is normal) or even. */
export function balanceSentence(balance: number): string {
  const standing = balanceStanding(balance);
  if (standing === 'ahead') return t('myhours.positive', { hours: hoursText(balance) });
  if (standing === 'behind') return t('myhours.negative', { hours: hoursText(balance) });
  return t('myhours.zero');
}

export function BalanceSentence(props: { balance: number; testId: string }) {
  return (
    <p class="notice" data-testid={props.testId}>
      {balanceSentence(props.balance)}
    </p>
  );
}

export function HoursHistory(props: {
  member: string;
  /** Newest first. */
  transfers: TransferRow[];
  welcome: number;
  nameOf: (key: string) => string;
  look: Look;
}) {
  const kiosk = () => props.look === 'kiosk';
  return (
    <Show when={props.transfers.length > 0 || props.welcome > 0} fallback={<p>{t('myhours.none')}</p>}>
      <ul classList={{ list: !kiosk(), 'kiosk-list': kiosk() }} data-testid={kiosk() ? 'card-history' : 'history'}>
        <For each={props.transfers}>
          {(transfer) => {
            const incoming = transfer.to === props.member;
            return (
              <li classList={{ item: !kiosk() }} data-testid="history-item">
                <strong>{signedHours(incoming ? transfer.minutes : -transfer.minutes)}</strong>{' '}
                {incoming
                  ? t('myhours.from', { name: props.nameOf(transfer.from) })
                  : t('myhours.to', { name: props.nameOf(transfer.to) })}
                {' · '}
                {transfer.what} · {dateText(transfer.time)}
                <Show when={transfer.reversed}> · {t('myhours.reversed')}</Show>
              </li>
            );
          }}
        </For>
        <Show when={props.welcome > 0}>
          <li classList={{ item: !kiosk() }}>
            <strong>{signedHours(props.welcome)}</strong> {t('myhours.welcome')}
          </li>
        </Show>
      </ul>
    </Show>
  );
}
