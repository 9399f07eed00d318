// "Mijn uren" for a card member at the kiosk: the balance and the history as on a member's
// own page (the same components), read aloud on request, a slip to print, and hours from a
// paper slip. Nothing is shown until the balance, the history and the names are read: a
// "0 uur", an empty history or "Een buur" first would be untrue.
import { Show } from 'solid-js';
import type { CardSession } from '../../../data/kiosk/index.ts';
import { helpTextOf } from '../../../data/kiosk/index.ts';
import type { MemberRow } from '../../../data/store/index.ts';
import { transferRows } from '../../../data/store/index.ts';
import type { LiveSession } from '../../app/session.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { BalanceSentence, HoursHistory } from '../../exchange/HoursHistory.tsx';
import { signedHours } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import { HoursSlipButton } from '../PrintSheets.tsx';
import type { GoTo } from './cardScreen.ts';
import { PaperHours } from './PaperHours.tsx';

export function CardHours(props: { card: CardSession; live: LiveSession; go: GoTo }) {
  const me = useLiveQuery(() => props.card.db.members.get(props.card.me), undefined);
  const history = useLiveQuery<Awaited<ReturnType<typeof transferRows>> | undefined>(
    () => transferRows(props.card.db, props.card.me),
    undefined,
  );
  const names = useLiveQuery<MemberRow[] | undefined>(() => props.card.db.members.toArray(), undefined);
  const nameOf = (key: string) => names()?.find((m) => m.key === key)?.name || t('common.someone');
  const ready = () => (history() !== undefined && names() !== undefined ? me() : undefined);
  const help = props.live.select(() => helpTextOf(props.card));
  return (
    <>
      <h1 id="card-title" tabindex="-1">
        {t('nav.hours')}
      </h1>
      <Show when={ready()}>
        {(row) => (
          <>
            <p class="kiosk-balance">
              {t('myhours.balance')}: <strong data-testid="card-balance">{signedHours(row().balance)}</strong>
            </p>
            <BalanceSentence balance={row().balance} testId="card-balance-text" />
            <p class="hint">{t('myhours.notMoney')}</p>
            <HoursHistory
              member={props.card.me}
              transfers={history() ?? []}
              welcome={row().welcome}
              nameOf={nameOf}
              look="kiosk"
            />
          </>
        )}
      </Show>
      <HoursSlipButton network={props.card.record.name} help={help()} />
      <PaperHours card={props.card} />
      <button type="button" class="button secondary kiosk-back" onClick={() => props.go({ view: 'home' })}>
        {t('common.back')}
      </button>
    </>
  );
}
