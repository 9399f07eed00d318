// Recent transfers of hours; a mistake is undone by a compensating entry with a reason,
// never by deleting anything.
import { Show } from 'solid-js';
import { transferLines } from '../../../data/coordinator/index.ts';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { hoursText, timeText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import { ActWithText } from '../people/ActWithText.tsx';
import type { SectionProps } from '../Section.ts';

export function TransfersSection(props: SectionProps) {
  const transfers = props.live.select((view) => transferLines(view));
  return (
    <Show when={transfers().length > 0} fallback={<p>{t('toolkit.noTransfers')}</p>}>
      <ul class="list" data-testid="toolkit-transfers">
        <KeyedFor each={transfers()} by={(x) => x.id}>
          {(transfer) => {
            const summary = () =>
              t('toolkit.transfer', {
                from: transfer().from ?? t('common.someone'),
                to: transfer().to ?? t('common.someone'),
                hours: hoursText(transfer().minutes),
              });
            return (
              <li class="item" data-testid="toolkit-transfer">
                <p>
                  <strong>{summary()}</strong>
                  <Show when={transfer().what}> · {transfer().what}</Show>
                </p>
                <p class="meta">{timeText(transfer().time)}</p>
                <Show
                  when={transfer().reversedBecause === null}
                  fallback={<p class="tag">{t('toolkit.reversed', { reason: transfer().reversedBecause ?? '' })}</p>}
                >
                  <ActWithText
                    label={t('toolkit.reverse')}
                    about={summary()}
                    field={t('toolkit.reverseField')}
                    hint={t('toolkit.reverseHint')}
                    required
                    confirm={t('toolkit.reverseConfirm')}
                    done={t('toolkit.reverseDone')}
                    run={(reason) => props.session.coordinator.reverseTransfer(transfer().id, reason)}
                  />
                </Show>
              </li>
            );
          }}
        </KeyedFor>
      </ul>
    </Show>
  );
}
