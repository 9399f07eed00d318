// The notice board: requests and offers side by side, filters, instant search, and
// examples for people who have never asked. On a phone the examples and filters fold away
// behind one button, so the first screen shows posts (board.css).
import { createEffect, createMemo, createSignal, For, type JSX, onCleanup, Show, untrack } from 'solid-js';
import { deviceDatabase } from '../../data/devices/index.ts';
import { visiblePosts } from '../../data/exchange/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow, PostRow } from '../../data/store/index.ts';
import { PostSearchIndex } from '../../data/store/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { whenIdle } from '../app/whenIdle.ts';
import { Guarded } from '../common/Guarded.tsx';
import { prepareCardFormats } from '../format/formatHours.ts';
import { language, t } from '../i18n.ts';
import { categoryLabel } from './categories.ts';
import { PostCard } from './PostCard.tsx';
import type { Unread } from './unread.ts';

const examples: MessageKey[] = [
  'board.example.1',
  'board.example.2',
  'board.example.3',
  'board.example.4',
  'board.example.5',
];

interface Column {
  id: 'requests' | 'offers';
  kind: 'request' | 'offer';
  title: MessageKey;
}

const columns: Column[] = [
  { id: 'requests', kind: 'request', title: 'board.requests' },
  { id: 'offers', kind: 'offer', title: 'board.offers' },
];

/** What the board needs of the session: whose posts are "mine", and where drafts go. */
type BoardSession = Pick<NetworkSession, 'memberKey' | 'networkId'>;

export function Board(props: {
  session: BoardSession;
  posts: () => PostRow[];
  /** False while only the newest posts are read: counts and "nothing here" wait for the rest. */
  allRead: () => boolean;
  /** Posts still being checked (a new device's first sync, §3.5): shown marked, until their rows come. */
  checking?: () => readonly PostRow[];
  /** Shown before the session is open (FirstBoard.tsx): the filters wait for the real board. */
  waiting?: boolean;
  members: () => Map<string, MemberRow>;
  categories: () => string[];
  now: () => number;
  unread?: Unread;
  /** What is said to this neighbour (Notices.tsx): under the board's h1, so headings keep their order. */
  children?: JSX.Element;
}) {
  const [query, setQuery] = createSignal('');
  const [kind, setKind] = createSignal<'all' | 'request' | 'offer'>('all');
  const [category, setCategory] = createSignal('');
  const me = props.session.memberKey;

  // Posts still being checked that have no row yet: shown beside the rows, marked.
  const checking = createMemo(() => {
    const rows = props.checking?.() ?? [];
    if (rows.length === 0) return { rows, ids: new Set<string>() };
    const known = new Set(props.posts().map((post) => post.id));
    const early = rows.filter((row) => !known.has(row.id));
    return { rows: early, ids: new Set(early.map((row) => row.id)) };
  });
  // Which posts the board shows, newest first: again when the posts or the clock change.
  const onBoard = createMemo(() => {
    const early = checking().rows;
    const posts = early.length === 0 ? props.posts() : [...props.posts(), ...early];
    return visiblePosts(posts, props.members(), me, props.now());
  });
  // Their searchable text, folded once (again when a name or the language changes), when
  // someone searches or the page is idle: folding 4,000 posts is not what opening it is for.
  let kept: { posts: PostRow[]; members: Map<string, MemberRow>; language: string; index: PostSearchIndex } | null =
    null;
  const indexOf = (posts: PostRow[], members: Map<string, MemberRow>, lang: string): PostSearchIndex => {
    if (kept?.posts !== posts || kept.members !== members || kept.language !== lang) {
      const wordsOf = (post: PostRow) =>
        `${categoryLabel(post.category)} ${members.get(post.author)?.name ?? post.across?.name ?? ''} ${post.across?.place ?? ''}`;
      kept = { posts, members, language: lang, index: new PostSearchIndex(posts, wordsOf) };
    }
    return kept.index;
  };
  createEffect(() => {
    const [posts, members, lang] = [onBoard(), props.members(), language()];
    const idle = whenIdle(() => indexOf(posts, members, lang));
    onCleanup(idle.cancel);
  });
  const visible = createMemo(() => {
    const filter = { query: query(), kind: kind(), category: category() };
    const [posts, members, lang] = [onBoard(), props.members(), language()];
    if (filter.query.trim() === '' && filter.category === '' && filter.kind === 'all') return posts;
    return untrack(() => indexOf(posts, members, lang)).find(filter);
  });
  const requests = createMemo(() => visible().filter((post) => post.kind === 'request'));
  const offers = createMemo(() => visible().filter((post) => post.kind === 'offer'));
  // Requests and offers side by side; "show" keeps one of the two. The same column objects
  // each time, so a column keeps how far it was paged while posts come and go.
  const shownColumns = createMemo(() => columns.filter((column) => kind() === 'all' || kind() === column.kind));
  const postsOf = (column: Column) => (column.kind === 'request' ? requests() : offers());
  // The columns' first turn draws a page's worth together: 20 cards, the first screen.
  const firstTurn = (column: Column) => {
    if (shownColumns().length === 1) return pageSize;
    return pageSize - Math.min(cardsPerTurn, (column.kind === 'request' ? offers() : requests()).length);
  };
  const neverAsked = () =>
    props.allRead() && !props.posts().some((post) => post.author === me && post.kind === 'request');
  const filtering = () => query().trim() !== '' || category() !== '';
  const [toolsOpen, setToolsOpen] = createSignal(false);
  // The cards' number and date formats are made while the page is idle, not by the first cards.
  onCleanup(whenIdle(prepareCardFormats).cancel);

  const useExample = async (key: MessageKey) => {
    await deviceDatabase.drafts.put({
      key: `post-new-${props.session.networkId}`,
      value: { kind: 'request', title: t(key) },
      updated: Date.now(),
    });
    location.hash = '#/nieuw';
  };

  return (
    <>
      <div class="board-heading">
        <h1>{t('board.title')}</h1>
        <button
          type="button"
          class="button secondary filter-toggle"
          aria-expanded={toolsOpen()}
          aria-controls="board-tools"
          disabled={props.waiting}
          onClick={() => setToolsOpen(!toolsOpen())}
        >
          {t('board.filterToggle')}
        </button>
      </div>
      {props.children}
      <Show when={props.allRead() && onBoard().length === 0}>
        <div class="card first-step" data-testid="first-step">
          <p>{t('board.firstStep')}</p>
          <a class="button" href="#/nieuw">
            {t('board.firstStepButton')}
          </a>
        </div>
      </Show>
      <div id="board-tools" class="board-tools" classList={{ open: toolsOpen() }}>
        <Show when={neverAsked()}>
          <section class="card examples" aria-labelledby="examples-title">
            <h2 id="examples-title">{t('board.examplesTitle')}</h2>
            <p>{t('board.examplesIntro')}</p>
            <ul class="example-list">
              <For each={examples}>
                {(key) => (
                  <li>
                    <button type="button" class="button secondary" onClick={() => void useExample(key)}>
                      {t(key)}
                    </button>
                  </li>
                )}
              </For>
            </ul>
            <p class="hint">{t('board.viaCoordinatorHint')}</p>
          </section>
        </Show>
        <search>
          <form class="filters" aria-label={t('board.filters')} onSubmit={(event) => event.preventDefault()}>
            <div class="field">
              <label for="board-search">{t('board.search')}</label>
              <input
                id="board-search"
                type="search"
                disabled={props.waiting}
                value={query()}
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for="board-kind">{t('board.show')}</label>
              <select
                id="board-kind"
                disabled={props.waiting}
                value={kind()}
                onChange={(event) => setKind(event.currentTarget.value as 'all')}
              >
                <option value="all">{t('board.showAll')}</option>
                <option value="request">{t('board.showRequests')}</option>
                <option value="offer">{t('board.showOffers')}</option>
              </select>
            </div>
            <div class="field">
              <label for="board-category">{t('board.category')}</label>
              <select
                id="board-category"
                disabled={props.waiting}
                value={category()}
                onChange={(event) => setCategory(event.currentTarget.value)}
              >
                <option value="">{t('board.allCategories')}</option>
                <For each={props.categories()}>{(c) => <option value={c}>{categoryLabel(c)}</option>}</For>
              </select>
            </div>
          </form>
        </search>
      </div>
      <div class="columns">
        <For each={shownColumns()}>
          {(column) => (
            <PostColumn
              title={t(column.title)}
              id={column.id}
              posts={postsOf(column)}
              firstTurn={firstTurn(column)}
              filtering={filtering()}
              allRead={props.allRead()}
              checking={checking().ids}
              session={props.session}
              members={props.members}
              now={props.now}
              unread={props.unread}
            />
          )}
        </For>
      </div>
    </>
  );
}

/** A long board is shown a page at a time: a list of thousands helps nobody. */
const pageSize = 20;
/**
 * Cards a column draws in one turn of the page after its first; more follow a turn later.
 * On a phone, a new device's first page of posts in two columns (40 cards) was one task of
 * 30–40 ms of CPU, over 50 ms of wall time beside the verifying workers.
 */
const cardsPerTurn = 10;

function PostColumn(props: {
  title: string;
  id: string;
  posts: PostRow[];
  /** How many cards the first turn draws (the two columns share a page's worth). */
  firstTurn: number;
  filtering: boolean;
  allRead: boolean;
  checking: ReadonlySet<string>;
  session: BoardSession;
  members: () => Map<string, MemberRow>;
  now: () => number;
  unread?: Unread | undefined;
}) {
  const [shown, setShown] = createSignal(pageSize);
  const [drawn, setDrawn] = createSignal(0);
  const limit = () => Math.min(shown(), Math.max(drawn(), props.firstTurn));
  createEffect(() => {
    const now = limit();
    if (now >= Math.min(shown(), props.posts.length)) return;
    const next = setTimeout(() => setDrawn(now + cardsPerTurn), 0);
    onCleanup(() => clearTimeout(next));
  });
  const visible = () => props.posts.slice(0, limit());
  return (
    <section aria-labelledby={`${props.id}-title`} class="column">
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <Show
        when={props.posts.length > 0}
        fallback={
          <p>{!props.allRead ? t('common.loading') : props.filtering ? t('board.noResults') : t('board.empty')}</p>
        }
      >
        <ul class="posts" data-testid={`${props.id}-list`}>
          <For each={visible()}>
            {(post) => (
              <Guarded>
                <PostCard
                  post={post}
                  checking={props.checking.has(post.id)}
                  session={props.session}
                  members={props.members}
                  now={props.now}
                  unread={props.unread}
                />
              </Guarded>
            )}
          </For>
        </ul>
        <Show when={props.allRead && props.posts.length > shown()}>
          <button type="button" class="button secondary" onClick={() => setShown(shown() + pageSize)}>
            {t('board.more', { count: props.posts.length - shown() })}
          </button>
        </Show>
      </Show>
    </section>
  );
}
