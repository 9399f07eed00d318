// Join requests waiting in the lobby: read them, welcome or kindly decline.
import { createSignal, Show } from 'solid-js';
import {
  type JoinDetails,
  moreRequests,
  type WaitingRequest,
  waitingRequests,
} from '../../data/coordinator/coordinatorSelectors.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import { problemText } from '../app/problemText.ts';
import { categoryLabel } from '../board/categories.ts';
import { Guarded } from '../common/Guarded.tsx';
import { KeyedFor } from '../common/KeyedFor.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import type { SectionProps } from './Section.ts';

export function RequestsSection(props: SectionProps) {
  const requests = props.live.select(waitingRequests);
  const more = props.live.select(moreRequests);
  return (
    <Show when={requests().length > 0} fallback={<p>{t('coord.noRequests')}</p>}>
      <ul class="list" data-testid="join-requests">
        <KeyedFor each={requests()} by={(r) => r.join.id}>
          {(request) => (
            <Guarded>
              <Request session={props.session} {...request()} />
            </Guarded>
          )}
        </KeyedFor>
      </ul>
      <Show when={more() > 0}>
        <p class="hint" data-testid="more-requests">
          {t('coord.moreRequests', { count: more() })}
        </p>
      </Show>
    </Show>
  );
}

function Request(props: { session: NetworkSession; join: WaitingRequest['join']; details: JoinDetails | null }) {
  const [declining, setDeclining] = createSignal(false);
  const [note, setNote] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const name = () => props.details?.name ?? t('common.someone');
  const admit = async () => {
    const result = await props.session.admission.admit(props.join.id);
    if (!result.ok) setProblem(problemText(result));
  };
  const decline = async () => {
    const result = await props.session.admission.decline(props.join.id, note());
    if (!result.ok) setProblem(problemText(result));
  };
  const noteId = `decline-note-${props.join.id.slice(0, 8)}`;
  return (
    <li class="item" data-testid="join-request">
      <Show when={props.details} fallback={<p>{t('coord.unreadable')}</p>}>
        {(details) => (
          <>
            <h3>{t('coord.request', { name: details().name, area: details().area || '—' })}</h3>
            <Show when={details().offers.length}>
              <p>{t('coord.requestOffers', { offers: details().offers.map(categoryLabel).join(', ') })}</p>
            </Show>
            <Show when={details().words}>
              <p>{t('coord.requestWords', { words: details().words })}</p>
            </Show>
            <Show when={details().contact}>
              <p>{t('coord.requestContact', { contact: details().contact })}</p>
            </Show>
          </>
        )}
      </Show>
      <div class="actions">
        <button type="button" class="button" onClick={() => void admit()}>
          {t('coord.admit')}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-expanded={declining()}
          onClick={() => setDeclining(!declining())}
        >
          {t('coord.decline')}
        </button>
      </div>
      <Show when={declining()}>
        <div class="field">
          <label for={noteId}>{t('coord.declineNote', { name: name() })}</label>
          <textarea id={noteId} rows="2" value={note()} onInput={(event) => setNote(event.currentTarget.value)} />
          <button type="button" class="button" onClick={() => void decline()}>
            {t('coord.declineSend')}
          </button>
        </div>
      </Show>
      <ProblemMessage text={problem()} />
    </li>
  );
}
