// What a card member does at the kiosk (or with the coordinator): their own board, asking
// or offering, answering a response, confirming hours, "Mijn uren". Large type, a few big
// buttons per screen, everything can be read aloud. Nothing is kept: no drafts, no cache;
// "Klaar" or 90 seconds without a touch, and it is all gone.
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { matchWith, proposalsWith } from '../../data/exchange/exchangeSelectors.ts';
import { respondersTo } from '../../data/exchange/postSelectors.ts';
import type { CardSession } from '../../data/kiosk/CardSession.ts';
import { helpTextOf } from '../../data/kiosk/kioskSelectors.ts';
import { categoriesOf } from '../../data/session/memberSelectors.ts';
import type { WriteResult } from '../../data/session/WriteResult.ts';
import { conversationRows } from '../../data/store/conversationRows.ts';
import type { PostRow } from '../../data/store/tableRows.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText, hoursText, signedHours } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { idleLogoutMs, whenIdle } from './idleTimer.ts';
import { HelpSlipButton, HoursSlipButton } from './PrintSheets.tsx';
import { ReadAloud } from './ReadAloud.tsx';

type Screen =
  | { view: 'home' }
  | { view: 'new'; kind: 'request' | 'offer' }
  | { view: 'post'; id: string }
  | { view: 'hours' };

export function CardMemberArea(props: {
  card: CardSession;
  live: LiveSession;
  onDone: () => void;
  /** "via de kiosk" or "met hulp van …": said on screen, so the person knows how it is signed. */
  via: string;
}) {
  whenIdle(idleLogoutMs, () => props.onDone());
  const [screen, setScreen] = createSignal<Screen>({ view: 'home' });
  const go = (next: Screen) => {
    setScreen(next);
    window.scrollTo(0, 0);
    document.getElementById('card-title')?.focus();
  };
  const me = useLiveQuery(() => props.card.db.members.get(props.card.me), undefined);
  const name = () => me()?.name || t('common.someone');
  return (
    <main id="main" class="kiosk-screen" data-testid="card-area">
      <div class="kiosk-bar">
        <p class="kiosk-who">
          {t('card.loggedIn', { name: name() })} · {props.via}
        </p>
        <button type="button" class="button kiosk-done" onClick={() => props.onDone()}>
          <Pictogram name="done" /> {t('card.done')}
        </button>
      </div>
      <Switch>
        <Match when={screen().view === 'home'}>
          <Home card={props.card} name={name()} go={go} />
        </Match>
        <Match
          when={(() => {
            const s = screen();
            return s.view === 'new' ? s.kind : undefined;
          })()}
        >
          {(kind) => <NewPost card={props.card} live={props.live} kind={kind()} area={me()?.area ?? ''} go={go} />}
        </Match>
        <Match
          when={(() => {
            const s = screen();
            return s.view === 'post' ? s.id : undefined;
          })()}
        >
          {(id) => <OwnPost card={props.card} live={props.live} postId={id()} go={go} />}
        </Match>
        <Match when={screen().view === 'hours'}>
          <Hours card={props.card} live={props.live} go={go} />
        </Match>
      </Switch>
    </main>
  );
}

function Home(props: { card: CardSession; name: string; go: (screen: Screen) => void }) {
  const posts = useLiveQuery(
    () => props.card.db.posts.where('author').equals(props.card.me).toArray(),
    [] as PostRow[],
  );
  const open = () =>
    posts()
      .filter((post) => post.status === 'open')
      .sort((a, b) => b.created - a.created);
  const greeting = () => t('card.hello', { name: props.name });
  return (
    <>
      <h1 id="card-title" tabindex="-1">
        {greeting()}
      </h1>
      <ReadAloud text={`${greeting()} ${t('card.homeHint')}`} />
      <p>{t('card.homeHint')}</p>
      <div class="kiosk-choices">
        <button type="button" class="button kiosk-big" onClick={() => props.go({ view: 'new', kind: 'request' })}>
          <Pictogram name="ask" /> {t('card.ask')}
        </button>
        <button type="button" class="button kiosk-big" onClick={() => props.go({ view: 'new', kind: 'offer' })}>
          <Pictogram name="offer" /> {t('card.offer')}
        </button>
        <button type="button" class="button kiosk-big" onClick={() => props.go({ view: 'hours' })}>
          <Pictogram name="hours" /> {t('nav.hours')}
        </button>
      </div>
      <h2>{t('card.mine')}</h2>
      <Show when={open().length > 0} fallback={<p>{t('card.noneYet')}</p>}>
        <ul class="kiosk-list" data-testid="card-posts">
          <For each={open()}>
            {(post) => (
              <li>
                <button
                  type="button"
                  class="button secondary kiosk-item"
                  onClick={() => props.go({ view: 'post', id: post.id })}
                >
                  <Pictogram name={pictogramOf(post.category)} /> {post.title}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}

function NewPost(props: {
  card: CardSession;
  live: LiveSession;
  kind: 'request' | 'offer';
  area: string;
  go: (screen: Screen) => void;
}) {
  const categories = props.live.select(() => categoriesOf(props.card));
  const [title, setTitle] = createSignal('');
  const [category, setCategory] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const heading = () => (props.kind === 'request' ? t('card.ask') : t('card.offer'));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!title().trim()) {
      setProblem(t('card.titleMissing'));
      return;
    }
    if (!category()) {
      setProblem(t('card.categoryMissing'));
      return;
    }
    const result = await props.card.post({
      kind: props.kind,
      title: title().trim(),
      text: '',
      category: category(),
      area: props.area,
      minutes: 60,
      expires: Date.now() + 30 * 24 * 3600_000,
      viaCoordinator: false,
    });
    if (result.ok) props.go({ view: 'post', id: result.id });
    else setProblem(problemText(result));
  };
  return (
    <>
      <h1 id="card-title" tabindex="-1">
        {heading()}
      </h1>
      <ReadAloud text={`${heading()}. ${t('card.newHint')}`} />
      <form class="kiosk-form" onSubmit={(event) => void submit(event)}>
        <fieldset class="kiosk-categories">
          <legend>{t('card.whatKind')}</legend>
          <For each={categories()}>
            {(value) => (
              <label class="choice kiosk-choice">
                <input
                  type="radio"
                  name="card-category"
                  value={value}
                  checked={category() === value}
                  onChange={() => setCategory(value)}
                />
                <Pictogram name={pictogramOf(value)} /> {categoryLabel(value)}
              </label>
            )}
          </For>
        </fieldset>
        <label for="card-post-title">{props.kind === 'request' ? t('card.askWhat') : t('card.offerWhat')}</label>
        <input
          id="card-post-title"
          class="kiosk-input"
          maxlength="120"
          autocomplete="off"
          value={title()}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
        <button type="submit" class="button kiosk-big">
          {t('post.submit')}
        </button>
      </form>
      <ProblemMessage text={problem()} />
      <button type="button" class="button secondary kiosk-back" onClick={() => props.go({ view: 'home' })}>
        {t('common.back')}
      </button>
    </>
  );
}

function OwnPost(props: { card: CardSession; live: LiveSession; postId: string; go: (screen: Screen) => void }) {
  const post = useLiveQuery(() => props.card.db.posts.get(props.postId), undefined);
  const responders = props.live.select(() => respondersTo(props.card, props.postId));
  const help = props.live.select(() => helpTextOf(props.card));
  const [problem, setProblem] = createSignal<string | null>(null);
  const close = async () => {
    const result = await props.card.closePost(props.postId, 'done');
    if (result.ok) props.go({ view: 'home' });
    else setProblem(problemText(result));
  };
  return (
    <Show when={post()} fallback={<p>{t('common.loading')}</p>}>
      {(row) => (
        <>
          <h1 id="card-title" tabindex="-1">
            <Pictogram name={pictogramOf(row().category)} /> {row().title}
          </h1>
          <ReadAloud text={row().title} />
          <p>{row().kind === 'request' ? t('card.yourRequest') : t('card.yourOffer')}</p>
          <h2>{t('exchange.responses')}</h2>
          <Show when={responders().length > 0} fallback={<p>{t('card.noResponses')}</p>}>
            <For each={responders()}>
              {(other) => <Response card={props.card} live={props.live} post={row()} other={other} />}
            </For>
          </Show>
          <div class="kiosk-choices">
            <HelpSlipButton post={row()} network={props.card.record.name} help={help()} />
            <button type="button" class="button secondary" onClick={() => void close()}>
              {t('post.closeDone')}
            </button>
          </div>
          <ProblemMessage text={problem()} />
          <button type="button" class="button secondary kiosk-back" onClick={() => props.go({ view: 'home' })}>
            {t('common.back')}
          </button>
        </>
      )}
    </Show>
  );
}

function Response(props: { card: CardSession; live: LiveSession; post: PostRow; other: string }) {
  const otherRow = useLiveQuery(() => props.card.db.members.get(props.other), undefined);
  const otherName = () => otherRow()?.name || t('common.someone');
  const statePost = props.live.select(() => props.card.memberState?.posts.get(props.post.id) ?? null);
  const match = props.live.select(() => {
    const post = statePost();
    return post ? matchWith(props.card, post, props.other) : null;
  });
  const proposals = props.live.select(() => proposalsWith(props.card, props.post.id, props.other));
  const messages = useLiveQuery(() => conversationRows(props.card.db, props.card.me, props.other, props.post.id), []);
  const [problem, setProblem] = createSignal<string | null>(null);
  const run = async (action: Promise<WriteResult>) => {
    setProblem(null);
    const result = await action;
    if (!result.ok) setProblem(problemText(result));
  };
  const said = createMemo(() =>
    messages()
      .filter((m) => m.from === props.other)
      .map((m) => props.card.exchange.readMessage(m) ?? t('messages.unreadable')),
  );
  const summary = () => [t('card.wantsToHelp', { name: otherName() }), ...said()].join('. ');
  return (
    <section
      class="card kiosk-response"
      data-testid="card-response"
      aria-label={t('exchange.with', { name: otherName() })}
    >
      <h3>{t('card.wantsToHelp', { name: otherName() })}</h3>
      <For each={said()}>{(text) => <p class="kiosk-said">“{text}”</p>}</For>
      <ReadAloud text={summary()} />
      <Switch>
        <Match when={match()?.agreed}>
          <p role="status" data-testid="card-match">
            {t('exchange.agreed')}
          </p>
        </Match>
        <Match when={match()?.declined}>
          <p role="status">{t('exchange.declined')}</p>
        </Match>
        <Match when={!match()?.authorAccepted}>
          <div class="kiosk-choices">
            <button
              type="button"
              class="button kiosk-big"
              onClick={() => void run(props.card.exchange.decide(props.post.id, props.other, true))}
            >
              {t('exchange.accept')}
            </button>
            <button
              type="button"
              class="button secondary kiosk-big"
              onClick={() => void run(props.card.exchange.decide(props.post.id, props.other, false))}
            >
              {t('exchange.decline')}
            </button>
          </div>
          <p class="hint">{t('exchange.declineHint')}</p>
        </Match>
      </Switch>
      <For each={proposals()}>
        {({ proposal, status }) => (
          <Switch>
            <Match when={status === 'paid'}>
              <p role="status" data-testid="card-hours">
                {t('hours.paid', { hours: hoursText(proposal.minutes) })}
              </p>
            </Match>
            <Match when={proposal.author === props.card.me}>
              <p data-testid="card-hours">
                {t('hours.waitingConfirm', { hours: hoursText(proposal.minutes), name: otherName() })}
              </p>
            </Match>
            <Match when={true}>
              <p data-testid="card-hours">
                {t('hours.proposal', { name: otherName(), hours: hoursText(proposal.minutes), what: proposal.what })}
              </p>
              <ReadAloud
                text={t('hours.proposal', {
                  name: otherName(),
                  hours: hoursText(proposal.minutes),
                  what: proposal.what,
                })}
              />
              <button
                type="button"
                class="button kiosk-big"
                onClick={() => void run(props.card.exchange.confirmHours(proposal.id, ''))}
              >
                {t('hours.confirm')}
              </button>
            </Match>
          </Switch>
        )}
      </For>
      <ProblemMessage text={problem()} />
    </section>
  );
}

function Hours(props: { card: CardSession; live: LiveSession; go: (screen: Screen) => void }) {
  const me = useLiveQuery(() => props.card.db.members.get(props.card.me), undefined);
  const history = useLiveQuery(
    () => props.card.db.transfers.where('parties').equals(props.card.me).reverse().sortBy('time'),
    [],
  );
  const names = useLiveQuery(() => props.card.db.members.toArray(), []);
  const nameOf = (key: string) => names().find((m) => m.key === key)?.name || t('common.someone');
  const help = props.live.select(() => helpTextOf(props.card));
  const balance = () => me()?.balance ?? 0;
  const said = () =>
    `${t('myhours.balance')}: ${signedHours(balance())}. ${
      balance() >= 0 ? t('myhours.zero') : t('myhours.negative', { hours: hoursText(balance()) })
    }`;
  return (
    <>
      <h1 id="card-title" tabindex="-1">
        {t('nav.hours')}
      </h1>
      <ReadAloud text={said()} />
      <p class="kiosk-balance">
        {t('myhours.balance')}: <strong data-testid="card-balance">{signedHours(balance())}</strong>
      </p>
      <p class="hint">{t('myhours.notMoney')}</p>
      <ul class="kiosk-list" data-testid="card-history">
        <For each={history()}>
          {(transfer) => {
            const incoming = transfer.to === props.card.me;
            return (
              <li>
                <strong>{signedHours(incoming ? transfer.minutes : -transfer.minutes)}</strong>{' '}
                {incoming
                  ? t('myhours.from', { name: nameOf(transfer.from) })
                  : t('myhours.to', { name: nameOf(transfer.to) })}
                {' · '}
                {transfer.what} · {dateText(transfer.time)}
              </li>
            );
          }}
        </For>
      </ul>
      <HoursSlipButton network={props.card.record.name} help={help()} />
      <PaperHours card={props.card} />
      <button type="button" class="button secondary kiosk-back" onClick={() => props.go({ view: 'home' })}>
        {t('common.back')}
      </button>
    </>
  );
}

/** Hours from a paper slip: the card member pays the neighbour who helped them. */
function PaperHours(props: { card: CardSession }) {
  const members = useLiveQuery(() => props.card.db.members.where('status').equals('admitted').toArray(), []);
  const others = () => members().filter((m) => m.key !== props.card.me && !m.roles.includes('kiosk'));
  const [open, setOpen] = createSignal(false);
  const [to, setTo] = createSignal('');
  const [hours, setHours] = createSignal('1');
  const [what, setWhat] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const minutes = Math.round(Number(hours().replace(',', '.')) * 60);
    if (!to()) {
      setProblem(t('slip.whoMissing'));
      return;
    }
    if (!(minutes > 0)) {
      setProblem(t('hours.tooLittle'));
      return;
    }
    if (minutes > 1440) {
      setProblem(t('hours.tooMuch'));
      return;
    }
    const result = await props.card.payFromSlip(to(), minutes, what());
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setDone(t('hours.paid', { hours: hoursText(minutes) }));
    setOpen(false);
  };
  return (
    <>
      <button type="button" class="button secondary" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {t('slip.enter')}
      </button>
      <Show when={done()}>
        <p role="status">{done()}</p>
      </Show>
      <Show when={open()}>
        <form class="kiosk-form" onSubmit={(event) => void submit(event)}>
          <label for="paper-to">{t('slip.hoursHelper')}</label>
          <select id="paper-to" class="kiosk-input" value={to()} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value="">—</option>
            <For each={others()}>{(m) => <option value={m.key}>{m.name || t('common.someone')}</option>}</For>
          </select>
          <label for="paper-hours">{t('hours.hours')}</label>
          <input
            id="paper-hours"
            class="kiosk-input"
            inputmode="decimal"
            value={hours()}
            onInput={(e) => setHours(e.currentTarget.value)}
          />
          <label for="paper-what">{t('hours.what')}</label>
          <input id="paper-what" class="kiosk-input" value={what()} onInput={(e) => setWhat(e.currentTarget.value)} />
          <button type="submit" class="button kiosk-big">
            {t('slip.enterConfirm')}
          </button>
          <ProblemMessage text={problem()} />
        </form>
      </Show>
    </>
  );
}
