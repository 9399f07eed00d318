// "With one click a kind message": a private message to a neighbour, already worded, for
// the coordinator to read over, change and send. It shows on the neighbour's board.
import type { NetworkSession } from '../../../data/session/index.ts';
import { t } from '../../i18n.ts';
import { ActWithText } from './ActWithText.tsx';

export function KindMessage(props: {
  session: NetworkSession;
  to: string;
  name: string | null;
  text: string;
  label?: string;
}) {
  return (
    <ActWithText
      label={props.label ?? t('toolkit.kindMessage')}
      about={props.name}
      field={t('toolkit.kindMessageField', { name: props.name ?? t('common.someone') })}
      initial={props.text}
      required
      confirm={t('toolkit.send')}
      done={t('toolkit.sent', { name: props.name ?? t('common.someone') })}
      run={(text) => props.session.exchange.sendMessage(props.to, null, text)}
    />
  );
}
