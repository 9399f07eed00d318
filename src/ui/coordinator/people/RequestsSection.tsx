// Join requests waiting in the lobby: read them, welcome or kindly decline. The newest
// arrival comes first; search by name or street looks through every request, so a flood
// never hides a real newcomer; a flood can be set aside in one act.
import { createEffect, createSignal, createUniqueId, Show } from 'solid-js';
import {
  type JoinDetails,
  openRequestsInSlices,
  requestPage,
  requestsShown,
  type WaitingRequest,
} from '../../../data/coordinator/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import { problemText } from '../../app/problemText.ts';
import { categoryLabel } from '../../board/categories.ts';
import { Guarded } from '../../common/Guarded.tsx';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';
import { InPersonJoin } from './InPersonJoin.tsx';
import { SetAsideRequests } from './SetAsideRequests.tsx';

export function RequestsSection(props: SectionProps) {
  const id = createUniqueId();
  const [query, setQuery] = createSignal('');
  const [limit, setLimit] = createSignal(requestsShown);
  const waiting = props.live.select((view) => view.lobbyView?.pending.length ?? 0);
  // Search opens every request's details in slices; each slice shows what it found so far.
  const [slices, setSlices] = createSignal(0);
  const page = props.live.select((view) => {
    slices();
    return requestPage(view, query(), limit());
  });
  let opening = false;
  createEffect(() => {
    // Read first, so the effect follows the page even while a run is under way.
    const unopened = page().unopened;
    if (opening || unopened === 0) return;
    opening = true;
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    void openRequestsInSlices(props.session, pause, () => setSlices((n) => n + 1)).finally(() => {
      opening = false;
      setSlices((n) => n + 1);
    });
  });
  const more = () => page().matching - page().shown.length;
  return (
    <>
      <InPersonJoin session={props.session} live={props.live} />
      <Show when={waiting() > 0} fallback={<p>{t('coord.noRequests')}</p>}>
        <p class="hint">{t('coord.requestsCount', { count: waiting() })}</p>
        <div class="field">
          <label for={`${id}-search`}>{t('coord.requestsSearch')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query()}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setLimit(requestsShown);
            }}
          />
        </div>
        <Show when={page().unopened > 0}>
          <p role="status">{t('coord.requestsSearching', { count: page().unopened })}</p>
        </Show>
        <Show
          when={page().shown.length > 0}
          fallback={
            <Show when={page().unopened === 0}>
              <p role="status">{t('coord.requestsNoMatch')}</p>
            </Show>
          }
        >
          <ul class="list" data-testid="join-requests">
            <KeyedFor each={page().shown} by={(r) => r.join.id}>
              {(request) => (
                <Guarded>
                  <Request session={props.session} {...request()} />
                </Guarded>
              )}
            </KeyedFor>
          </ul>
        </Show>
        <Show when={more() > 0}>
          <p class="hint" data-testid="more-requests">
            {t('coord.moreRequests', { count: more() })}
          </p>
          <button type="button" class="button secondary" onClick={() => setLimit(limit() + requestsShown)}>
            {t('coord.showMoreRequests')}
          </button>
        </Show>
        <SetAsideRequests session={props.session} live={props.live} />
      </Show>
    </>
  );
}

export function Request(props: {
  session: NetworkSession;
  join: WaitingRequest['join'];
  details: JoinDetails | null;
  met?: WaitingRequest['met'];
}) {
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
      <Show when={props.met}>
        {(met) => (
          <p class="tags">
            <span class="tag" data-testid="request-met">
              {met() === 'kiosk' ? t('coord.requestMetKiosk') : t('coord.requestMetInPerson')}
            </span>
          </p>
        )}
      </Show>
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
