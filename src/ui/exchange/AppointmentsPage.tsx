// "Mijn afspraken": my requests, offers and the exchanges I am in, each with where it
// stands, newest change first, and what is new since I last looked.
import { For, type JSX, Show } from 'solid-js';
import { type AppointmentStatus, myAppointments } from '../../data/exchange/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { LiveSession } from '../app/session.ts';
import { pictogramOf } from '../board/categories.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { timeText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

const statusText: Record<AppointmentStatus, MessageKey> = {
  waiting: 'appointments.waiting',
  agreed: 'appointments.agreed',
  'hours-to-confirm': 'appointments.hours',
  done: 'appointments.done',
  stopped: 'appointments.stopped',
};

// When it is this member's turn, the status says that one thing ("Wacht op jouw antwoord"),
// not "wacht op antwoord" and "jij bent aan de beurt" side by side, which read as opposites.
const yourTurnText: Partial<Record<AppointmentStatus, MessageKey>> = {
  waiting: 'appointments.waitingForYou',
  'hours-to-confirm': 'appointments.hoursForYou',
};

function statusOf(line: { status: AppointmentStatus; yourTurn: boolean }): MessageKey {
  return (line.yourTurn ? yourTurnText[line.status] : undefined) ?? statusText[line.status];
}

export function AppointmentsPage(props: {
  live: LiveSession;
  members: () => Map<string, MemberRow>;
  unread: (post: string) => boolean;
  /** What waits for this member's answer besides (parts of group records): above the list, in view first. */
  children?: JSX.Element;
}) {
  const appointments = props.live.select(myAppointments);
  const nameOf = (key: string) => props.members().get(key)?.name || t('common.someone');
  return (
    <>
      <h1>{t('appointments.title')}</h1>
      <p>{t('appointments.intro')}</p>
      {props.children}
      <Show when={appointments().length > 0} fallback={<p>{t('appointments.none')}</p>}>
        <ul class="list" data-testid="appointments">
          <For each={appointments()}>
            {(line) => (
              <li class="item appointment" data-testid="appointment" data-status={line.status}>
                <span class="pictogram" aria-hidden="true">
                  <Pictogram name={pictogramOf(line.post.category)} />
                </span>
                <div>
                  <p class="appointment-title">
                    <a href={`#/post/${line.post.id}`}>{line.post.title}</a>
                    <Show when={props.unread(line.post.id)}>
                      {' '}
                      <span class="unread" data-testid="unread">
                        {t('appointments.new')}
                      </span>
                    </Show>
                  </p>
                  <p class="meta">
                    {line.post.kind === 'request' ? t('appointments.request') : t('appointments.offer')}
                    <Show when={line.other}>
                      {(other) => <> · {t('appointments.with', { name: nameOf(other()) })}</>}
                    </Show>
                  </p>
                  <p data-testid="appointment-status">
                    <strong>{t(statusOf(line))}</strong>
                  </p>
                  <p class="meta">{t('appointments.changed', { time: timeText(line.changed) })}</p>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
