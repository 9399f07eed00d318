// The lobby a newcomer's invite opens: the network's welcome and rules, the request to
// join, and its answer. Its own module, which JoinApp loads only when there is a lobby to
// open (an invite in the link, or an earlier request), so the page without one never
// downloads the sync stack.
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import {
  declineNote,
  joinProgress,
  joinSetAside,
  lobbyCategories,
  lobbyNetwork,
  type NetworkSettings,
  toldByJoinStatus,
} from '../../data/joining/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import { followSession, type LiveSession } from '../app/session.ts';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { TextArea } from '../common/Field.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { createJoinDetails, JoinDetailsFields, joinDetailsProblem } from './JoinDetails.tsx';
import { StandingHere } from './StandingHere.tsx';

export { takeInvite } from '../../data/joining/foundNetwork.ts';
export { openSession } from '../app/session.ts';

export function Lobby(props: { session: NetworkSession }) {
  const live = followSession(props.session);
  // Once shown, the welcome stays: admitted, the device leaves the lobby before the member
  // room may hold the genesis, and the page jumping then would move the link under a tap.
  const shown = live.select(lobbyNetwork);
  const genesis = createMemo<NetworkSettings | null>((before) => shown() ?? before, null);
  const networkName = live.select((view) => view.record.name);
  const progress = live.select(joinProgress);
  // Set aside with a flood, and the details kept: asking again is one tap (else the form).
  const setAside = live.select((view) => joinSetAside(view) && view.record.details !== null);
  // The form's own "ask", for "Ik sta bij de coördinator" when no request is written yet.
  let askFromForm: (() => Promise<string | null>) | null = null;
  const prepare = async () => (progress() === 'sent' ? null : (askFromForm?.() ?? t('join.intro')));

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
              <Show when={progress() !== 'member'}>
                <HouseRules rules={g().rules} />
              </Show>
            </section>
          )}
        </Show>
        <Switch>
          <Match when={progress() === 'member'}>
            <p class="notice" role="status" data-testid="join-status">
              {t('join.admitted', { name: genesis()?.name ?? networkName() })}
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
          <Match when={progress() === 'declined' && setAside()}>
            <SetAside session={props.session} />
          </Match>
          <Match when={progress() === 'declined'}>
            <Declined live={live} />
            <JoinForm session={props.session} live={live} onAsk={(ask) => (askFromForm = ask)} />
          </Match>
          <Match when={true}>
            <JoinForm session={props.session} live={live} onAsk={(ask) => (askFromForm = ask)} />
          </Match>
        </Switch>
        <Show when={genesis() && progress() !== 'member' && !(progress() === 'declined' && setAside())}>
          <StandingHere session={props.session} prepare={prepare} />
        </Show>
        {/* Admitted, the welcome and the way to the board come first (on a phone's first
            screen); the rules they agreed to stay, under them. */}
        <Show when={progress() === 'member' && genesis()}>{(g) => <HouseRules rules={g().rules} />}</Show>
      </main>
    </>
  );
}

/** The network's house rules, under their heading. */
function HouseRules(props: { rules: string }) {
  return (
    <>
      <h2>{t('join.rules')}</h2>
      <p class="rules">{props.rules}</p>
    </>
  );
}

/** Set aside with a flood: the details are kept, so asking again is one button. */
function SetAside(props: { session: NetworkSession }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const again = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await props.session.admission.askAgain();
      if (!result.ok && !toldByJoinStatus.has(result.problem)) setProblem(problemText(result));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="notice" role="status" data-testid="join-status">
      <p>{t('join.setAside')}</p>
      <Show when={busy()}>
        <p>{t('join.working')}</p>
      </Show>
      <button type="button" class="button" disabled={busy()} onClick={() => void again()}>
        {t('join.askAgain')}
      </button>
      <ProblemMessage text={problem()} />
    </div>
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

function JoinForm(props: {
  session: NetworkSession;
  live: LiveSession;
  /** Hands the page this form's "ask": validates and writes the request, or says what is wrong. */
  onAsk: (ask: () => Promise<string | null>) => void;
}) {
  const details = createJoinDetails();
  const [offers, setOffers] = createSignal<string[]>([]);
  const [words, setWords] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const categories = props.live.select(lobbyCategories);
  // A function: the words follow a change of language.
  const texts = () => ({
    name: t('join.name'),
    nameHint: t('join.nameHint'),
    area: t('join.areaField'),
    areaHint: t('join.areaHint'),
    contact: t('join.contact'),
    contactHint: t('join.contactHint'),
  });

  /** Writes the request; a problem the join status line does not tell already, or null. */
  const ask = async (): Promise<string | null> => {
    const wrong = joinDetailsProblem(details, texts(), words());
    if (wrong) return wrong;
    setBusy(true);
    try {
      const result = await props.session.admission.requestToJoin({
        name: details.name().trim(),
        area: details.area().trim(),
        offers: offers(),
        words: words().trim(),
        languages: [],
        note: '',
        contact: details.contact().trim(),
      });
      // Waiting for the lobby or for an answer is what the status line says already.
      return !result.ok && !toldByJoinStatus.has(result.problem) ? problemText(result) : null;
    } finally {
      setBusy(false);
    }
  };
  props.onAsk(async () => {
    const problem = await ask();
    setProblem(problem);
    return problem;
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    setProblem(await ask());
  };

  return (
    <form class="form" onSubmit={(event) => void submit(event)} novalidate aria-labelledby="join-intro">
      <p id="join-intro">{t('join.intro')}</p>
      <JoinDetailsFields id="join" details={details} texts={texts()}>
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
      </JoinDetailsFields>
      <ProblemMessage text={problem()} />
      <Show when={busy()}>
        <p role="status" data-testid="join-working">
          {t('join.working')}
        </p>
      </Show>
      <button type="submit" class="button" disabled={busy()}>
        {t('join.submit')}
      </button>
    </form>
  );
}
