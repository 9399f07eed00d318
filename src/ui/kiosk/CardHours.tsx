// "Mijn uren" for a card member at the kiosk: the balance and the history as on a member's
// own page (the same components), read aloud on request, a slip to print, and hours from a
// paper slip. Nothing is shown until the balance is read: a "0 uur" first would be untrue.
import { Show } from 'solid-js';
import type { CardSession } from '../../data/kiosk/CardSession.ts';
import { helpTextOf } from '../../data/kiosk/kioskSelectors.ts';
import { transferRows } from '../../data/store/transferRows.ts';
import type { LiveSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { BalanceSentence, balanceSentence, HoursHistory } from '../exchange/HoursHistory.tsx';
import { signedHours } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import type { GoTo } from './cardScreen.ts';
import { PaperHours } from './PaperHours.tsx';
import { HoursSlipButton } from './PrintSheets.tsx';
import { ReadAloud } from './ReadAloud.tsx';

export function CardHours(props: { card: CardSession; live: LiveSession; go: GoTo }) {
  const me = useLiveQuery(() => props.card.db.members.get(props.card.me), undefined);
  const history = useLiveQuery(() => transferRows(props.card.db, props.card.me), []);
  const names = useLiveQuery(() => props.card.db.members.toArray(), []);
  const nameOf = (key: string) => names().find((m) => m.key === key)?.name || t('common.someone');
  const help = props.live.select(() => helpTextOf(props.card));
  return (
    <>
      <h1 id="card-title" tabindex="-1">
        {t('nav.hours')}
      </h1>
      <Show when={me()}>
        {(row) => (
          <>
            <ReadAloud
              text={`${t('myhours.balance')}: ${signedHours(row().balance)}. ${balanceSentence(row().balance)}`}
            />
            <p class="kiosk-balance">
              {t('myhours.balance')}: <strong data-testid="card-balance">{signedHours(row().balance)}</strong>
            </p>
            <BalanceSentence balance={row().balance} testId="card-balance-text" />
            <p class="hint">{t('myhours.notMoney')}</p>
            <HoursHistory
              member={props.card.me}
              transfers={history()}
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
