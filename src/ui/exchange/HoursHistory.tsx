// A member's hours as the member's own "Mijn uren" and the card member's at the kiosk both
// show them: where the balance stands in one sentence, and every transfer with the welcome
// gift, and the member's pledges and payments of shared plans among them by time. One
// component, so the two screens cannot say different things about one balance.
import { For, Match, Show, Switch } from 'solid-js';
import { balanceStanding } from '../../data/exchange/index.ts';
import type { CrossHoursLine } from '../../data/links/index.ts';
import type { TransferRow } from '../../data/store/index.ts';
import type { PlanHoursLine } from '../../data/together/index.ts';
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
  /** Pledges, plan payments and what came back (planHours), newest first. */
  planLines?: PlanHoursLine[] | undefined;
  /** Hours across a link with another neighbourhood (crossHours), newest first: counted or waiting. */
  crossLines?: CrossHoursLine[] | undefined;
}) {
  const kiosk = () => props.look === 'kiosk';
  // Transfers and plan lines in one list, newest first (each list comes newest first).
  const lines = (): ({ transfer: TransferRow } | { plan: PlanHoursLine } | { cross: CrossHoursLine })[] =>
    [
      ...props.transfers.map((transfer) => ({ transfer, time: transfer.time })),
      ...(props.planLines ?? []).map((plan) => ({ plan, time: plan.time })),
      ...(props.crossLines ?? []).map((cross) => ({ cross, time: cross.time })),
    ].sort((a, b) => b.time - a.time);
  return (
    <Show when={lines().length > 0 || props.welcome > 0} fallback={<p>{t('myhours.none')}</p>}>
      <ul classList={{ list: !kiosk(), 'kiosk-list': kiosk() }} data-testid={kiosk() ? 'card-history' : 'history'}>
        <For each={lines()}>
          {(line) => (
            <Switch>
              <Match when={'transfer' in line && line.transfer}>
                {(transfer) => (
                  <TransferLine transfer={transfer()} member={props.member} nameOf={props.nameOf} kiosk={kiosk()} />
                )}
              </Match>
              <Match when={'plan' in line && line.plan}>{(plan) => <PlanLine line={plan()} kiosk={kiosk()} />}</Match>
              <Match when={'cross' in line && line.cross}>
                {(cross) => <CrossLine line={cross()} kiosk={kiosk()} />}
              </Match>
            </Switch>
          )}
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

function TransferLine(props: {
  transfer: TransferRow;
  member: string;
  nameOf: (key: string) => string;
  kiosk: boolean;
}) {
  const incoming = () => props.transfer.to === props.member;
  return (
    <li classList={{ item: !props.kiosk }} data-testid="history-item">
      <strong>{signedHours(incoming() ? props.transfer.minutes : -props.transfer.minutes)}</strong>{' '}
      {incoming()
        ? t('myhours.from', { name: props.nameOf(props.transfer.from) })
        : t('myhours.to', { name: props.nameOf(props.transfer.to) })}
      {' · '}
      {props.transfer.what} · {dateText(props.transfer.time)}
      <Show when={props.transfer.reversed}> · {t('myhours.reversed')}</Show>
    </li>
  );
}

/** A pledge (out), a payment from a plan (in) or what came back from one. */
function PlanLine(props: { line: PlanHoursLine; kiosk: boolean }) {
  const said = () => {
    const title = props.line.title;
    if (props.line.kind === 'pledge') return t('plans.hoursPledge', { title });
    if (props.line.kind === 'back') return t('plans.hoursBack', { title });
    return t('plans.hoursPaid', { title });
  };
  return (
    <li classList={{ item: !props.kiosk }} data-testid="history-item" data-kind={`plan-${props.line.kind}`}>
      <strong>{signedHours(props.line.minutes)}</strong> {said()}
      <Show when={props.line.what}> · {props.line.what}</Show> · {dateText(props.line.time)}
    </li>
  );
}

/** Hours across a link: paid (−) or received (+), marked with the other neighbourhood; or waiting for both. */
function CrossLine(props: { line: CrossHoursLine; kiosk: boolean }) {
  const paid = () => props.line.minutes < 0;
  const who = () => {
    const { name, buurt } = props.line;
    if (name) return paid() ? t('crossPay.to', { name, buurt }) : t('crossPay.from', { name, buurt });
    return paid() ? t('crossPay.toSomeone', { buurt }) : t('crossPay.fromSomeone', { buurt });
  };
  return (
    <li
      classList={{ item: !props.kiosk }}
      data-testid="history-item"
      data-kind={props.line.counted ? 'cross' : 'cross-waiting'}
    >
      <strong>{signedHours(props.line.minutes)}</strong> {who()} · {props.line.what} · {dateText(props.line.time)}
      <Show when={!props.line.counted}> · {t('crossPay.waiting')}</Show>
    </li>
  );
}
