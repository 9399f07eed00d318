// The lobby a newcomer's invite opens: the network's welcome and rules, the request to
// join, and its answer. Its own module, which JoinApp loads only when there is a lobby to
// open (an invite in the link, or an earlier request), so the page without one never
// downloads the sync stack.
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { toldByJoinStatus } from '../../data/joining/Admission.ts';
import { declineNote, joinProgress, lobbyCategories, lobbyNetwork } from '../../data/joining/lobbySelectors.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import { problemText } from '../app/problemText.ts';
import { followSession, type LiveSession } from '../app/session.ts';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { TextArea, TextField } from '../common/Field.tsx';
import { PageHeader } from '../common/PageHeader.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';

export { takeInvite } from '../../data/joining/foundNetwork.ts';
export { openSession } from '../app/session.ts';

export function Lobby(props: { session: NetworkSession }) {
  const live = followSession(props.session);
  const genesis = live.select(lobbyNetwork);
  const progress = live.select(joinProgress);

  return (
    <>
      <PageHeader network={genesis()?.name} status={live.status} />
      <main id="main" class="page">
        <Show when={genesis()} fallback={<p role="status">{t('join.looking')}</p>}>
          {(g) => (
            <section aria-labelledby="welcome-title">
              <h1 id="welcome-title">{t('join.welcome', { name: g().name })}</h1>
              <Show when={g().area}>
                <p>{t('join.area', { area: g().area })}</p>
              </Show>
              <h2>{t('join.rules')}</h2>
              <p class="rules">{g().rules}</p>
            </section>
          )}
        </Show>
        <Switch>
          <Match when={progress() === 'member'}>
            <p class="notice" role="status" data-testid="join-status">
              {t('join.admitted', { name: genesis()?.name ?? '' })}
            </p>
            <a class="button" href="/">
              {t('join.toBoard')}
            </a>
          </Match>
          <Match when={progress() === 'sent'}>
            <p class="notice" role="status" data-testid="join-status">
              {t('join.sent')}
            </p>
          </Match>
          <Match when={progress() === 'queued'}>
            <p class="notice" role="status" data-testid="join-status">
              {t('join.queued')}
            </p>
          </Match>
          <Match when={progress() === 'declined'}>
            <Declined live={live} />
            <JoinForm session={props.session} live={live} />
          </Match>
          <Match when={true}>
            <JoinForm session={props.session} live={live} />
          </Match>
        </Switch>
      </main>
    </>
  );
}

function Declined(props: { live: LiveSession }) {
  const note = props.live.select(declineNote);
  return (
    <div class="notice" role="status" data-testid="join-status">
      <p>{t('join.declined')}</p>
      <Show when={note()}>{(text) => <p>{t('join.declinedNote', { note: text() })}</p>}</Show>
    </div>
  );
}

function JoinForm(props: { session: NetworkSession; live: LiveSession }) {
  const [name, setName] = createSignal('');
  const [area, setArea] = createSignal('');
  const [offers, setOffers] = createSignal<string[]>([]);
  const [words, setWords] = createSignal('');
  const [contact, setContact] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const categories = props.live.select(lobbyCategories);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!name().trim()) {
      setProblem(t('problem.field.too-short', { field: t('field.name') }));
      return;
    }
    if ([...name().trim()].length > 60) {
      setProblem(t('problem.field.too-long', { field: t('field.name'), max: 60 }));
      return;
    }
    if ([...area().trim()].length > 80) {
      setProblem(t('problem.field.too-long', { field: t('field.area'), max: 80 }));
      return;
    }
    if ([...words().trim()].length > 500) {
      setProblem(t('problem.field.too-long', { field: t('field.words'), max: 500 }));
      return;
    }
    if ([...contact().trim()].length > 200) {
      setProblem(t('problem.field.too-long', { field: t('join.contact'), max: 200 }));
      return;
    }
    setBusy(true);
    try {
      const result = await props.session.admission.requestToJoin({
        name: name().trim(),
        area: area().trim(),
        offers: offers(),
        words: words().trim(),
        languages: [],
        note: '',
        contact: contact().trim(),
      });
      // Waiting for the lobby or for an answer is what the status line says already.
      if (!result.ok && !toldByJoinStatus.has(result.problem)) setProblem(problemText(result));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" onSubmit={(event) => void submit(event)} novalidate aria-labelledby="join-intro">
      <p id="join-intro">{t('join.intro')}</p>
      <TextField
        id="join-name"
        label={t('join.name')}
        hint={t('join.nameHint')}
        value={name()}
        onValue={setName}
        autocomplete="given-name"
      />
      <TextField
        id="join-area"
        label={t('join.areaField')}
        hint={t('join.areaHint')}
        value={area()}
        onValue={setArea}
      />
      <fieldset class="choices">
        <legend>{t('join.offers')}</legend>
        <p class="hint">{t('join.offersHint')}</p>
        <For each={categories()}>
          {(category) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={offers().includes(category)}
                onChange={(event) =>
                  setOffers((list) =>
                    event.currentTarget.checked ? [...list, category] : list.filter((c) => c !== category),
                  )
                }
              />
              <Pictogram name={pictogramOf(category)} /> {categoryLabel(category)}
            </label>
          )}
        </For>
      </fieldset>
      <TextArea id="join-words" label={t('join.words')} value={words()} onValue={setWords} />
      <TextField
        id="join-contact"
        label={t('join.contact')}
        hint={t('join.contactHint')}
        value={contact()}
        onValue={setContact}
      />
      <ProblemMessage text={problem()} />
      <button type="submit" class="button" disabled={busy()}>
        {t('join.submit')}
      </button>
    </form>
  );
}
