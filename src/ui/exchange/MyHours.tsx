// "My hours": hours earned by helping, hours spent on help received, the balance and the
// history. In the words of help: "Geholpen" (others, by me) and "Hulp gekregen", so the
// numbers and the sentence under them say the same thing. A negative balance is normal.
import { Show } from 'solid-js';
import { hoursTotals, olderHoursElsewhere } from '../../data/exchange/index.ts';
import { crossHours } from '../../data/links/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { transferRows } from '../../data/store/index.ts';
import { planHours } from '../../data/together/index.ts';
import type { LiveSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { dateText, hoursText, signedHours } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { CrossPaySection } from './CrossPay.tsx';
import { BalanceSentence, HoursHistory } from './HoursHistory.tsx';

export function MyHours(props: { session: NetworkSession; live: LiveSession; members: () => Map<string, MemberRow> }) {
  const key = props.session.memberKey;
  const plans = props.live.select(planHours);
  const me = () => props.members().get(key);
  const history = useLiveQuery(() => transferRows(props.session.db, key), []);
  const cross = props.live.select(crossHours);
  const until = props.live.select((view) => view.memberState?.checkpoint?.until);
  const totals = () => {
    const own = hoursTotals(history(), key);
    // Hours across a link count as helping or being helped once both neighbourhoods counted them.
    for (const line of cross()) {
      if (!line.counted) continue;
      if (line.minutes > 0) own.helped += line.minutes;
      else own.gotHelp -= line.minutes;
    }
    return own;
  };
  const nameOf = (other: string) => props.members().get(other)?.name || t('common.someone');
  return (
    <>
      <h1>{t('myhours.title')}</h1>
      {/* Nothing until this member's row is read: a balance of 0 shown first would be untrue. */}
      <Show when={me()}>
        {(row) => (
          <>
            <dl class="totals">
              <div>
                <dt>{t('myhours.helped')}</dt>
                <dd data-testid="helped">{hoursText(totals().helped)}</dd>
              </div>
              <div>
                <dt>{t('myhours.gotHelp')}</dt>
                <dd data-testid="got-help">{hoursText(totals().gotHelp)}</dd>
              </div>
              <div>
                <dt>{t('myhours.balance')}</dt>
                <dd data-testid="balance">{signedHours(row().balance)}</dd>
              </div>
            </dl>
            <BalanceSentence balance={row().balance} testId="balance-text" />
          </>
        )}
      </Show>
      <p class="hint">{t('myhours.notMoney')}</p>
      <CrossPaySection session={props.session} live={props.live} />
      <h2>{t('myhours.history')}</h2>
      <HoursHistory
        member={key}
        transfers={history()}
        planLines={plans()}
        crossLines={cross()}
        welcome={me()?.welcome ?? 0}
        nameOf={nameOf}
        look="page"
      />
      <Show when={olderHoursElsewhere(until(), history(), me()?.admittedAt ?? null)}>
        {(date) => (
          <p class="hint" data-testid="older-hours-elsewhere">
            {t('myhours.olderElsewhere', { date: dateText(date()) })}
          </p>
        )}
      </Show>
    </>
  );
}
