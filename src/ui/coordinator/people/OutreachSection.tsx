// Who might be left out (PRODUCT.md: see who is left out): never posted, never responded,
// quiet for six weeks, only ever helped. Never shown to anyone but coordinators; each with
// a kind message one click away.
import { For, Show } from 'solid-js';
import { type OutreachReason, outreachLines } from '../../../data/coordinator/index.ts';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { dateText, hoursText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';
import { KindMessage } from './KindMessage.tsx';

function reasonText(reason: OutreachReason): string {
  switch (reason.kind) {
    case 'inactive':
      return t('outreach.inactive', { date: dateText(reason.since) });
    case 'only-received':
      return t('outreach.only-received', { hours: hoursText(reason.minutes) });
    default:
      return t(`outreach.${reason.kind}`);
  }
}

/** The first words of the kind message: an invitation to offer something small, or a hello. */
function messageFor(name: string, reasons: OutreachReason[]): string {
  if (reasons.some((reason) => reason.kind === 'only-received')) return t('outreach.text.offer', { name });
  if (reasons.some((reason) => reason.kind === 'inactive')) return t('outreach.text.inactive', { name });
  return t('outreach.text.hello', { name });
}

export function OutreachSection(props: SectionProps) {
  const lines = props.live.select((view) => outreachLines(view));
  return (
    <>
      <p class="hint">{t('outreach.intro')}</p>
      <Show when={lines().length > 0} fallback={<p>{t('outreach.none')}</p>}>
        <ul class="list" data-testid="outreach">
          <KeyedFor each={lines()} by={(x) => x.member}>
            {(line) => {
              const name = () => line().name ?? t('common.someone');
              return (
                <li class="item" data-testid="outreach-line">
                  <h3>{name()}</h3>
                  <ul class="reasons">
                    <For each={line().reasons}>
                      {(reason) => <li data-testid="outreach-reason">{reasonText(reason)}</li>}
                    </For>
                  </ul>
                  <KindMessage
                    session={props.session}
                    to={line().member}
                    name={line().name}
                    text={messageFor(name(), line().reasons)}
                  />
                </li>
              );
            }}
          </KeyedFor>
        </ul>
      </Show>
    </>
  );
}
