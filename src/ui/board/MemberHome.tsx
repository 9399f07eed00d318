// The member's side of the start page: the board and all that hangs off it, chosen by the
// URL fragment (#/...). Its own module, loaded by HomeApp only once this device turns out
// to be a member: a first visit (the welcome) never downloads the sync stack.
import {
  createEffect,
  createMemo,
  createResource,
  createSignal,
  Match,
  on,
  onCleanup,
  onMount,
  Show,
  Switch,
} from 'solid-js';
import { myMove } from '../../data/links/moveSelectors.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { categoriesOf, isCoordinator, ownMemberStatus } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { surveysToAnswer } from '../../data/together/index.ts';
import { followSession, openSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { IntegrityNotice } from '../common/IntegrityNotice.tsx';
import {
  coordinatorLink,
  type MemberPage,
  memberLinks,
  memberTabs,
  moreLinks,
  togetherLinks,
} from '../format/memberLinks.ts';
import { t } from '../i18n.ts';
import { followDueAnswers } from '../together/answerPostman.ts';
import { SurveyInvitation } from '../together/SurveyInvitation.tsx';
import { Board } from './Board.tsx';
import type { FirstScreen } from './FirstBoard.tsx';
import { followPosts } from './followPosts.ts';
import { Notices } from './Notices.tsx';
import {
  AcrossConversationList,
  AgendaPage,
  AppointmentsPage,
  IdeasPage,
  MorePage,
  MovedNotice,
  MyHours,
  MyParts,
  PartsToAnswer,
  PlansPage,
  PostDetail,
  PostEditor,
  ProfilePage,
  SettingsPage,
  SurveyPage,
  ThanksPage,
  TogetherPage,
} from './offBoardPages.ts';
import { followUnread } from './unread.ts';
import { VouchNotice } from './VouchNotice.tsx';

export function Member(props: {
  record: Parameters<typeof openSession>[0];
  /** The board's first screen, read from this device's view while this code loaded (HomeApp). */
  first?: FirstScreen | undefined;
  /** Called as the member's pages show; until then the start page shows the first board or "loading". */
  onShown?: () => void;
}) {
  // The board shows the view kept on this device first; the member room opens after.
  const [session] = createResource(() => openSession(props.record, { afterFirstView: true }));
  return (
    <Show when={session()}>
      {(open) => {
        onMount(() => props.onShown?.());
        return <MemberArea session={open()} first={props.first} />;
      }}
    </Show>
  );
}

type Route =
  | { view: 'board' }
  | { view: 'new' }
  | { view: 'post'; id: string }
  | { view: 'edit'; id: string }
  | { view: 'hours' }
  | { view: 'appointments' }
  | { view: 'agenda' }
  | { view: 'profile' }
  | { view: 'more' }
  | { view: 'together' }
  | { view: 'thanks' }
  | { view: 'ideas' }
  | { view: 'plans' }
  | { view: 'survey' }
  | { view: 'settings'; code?: string };

function routeOf(hash: string): Route {
  const [, view, id] = hash.replace(/^#/, '').split('/');
  if (view === 'nieuw') return { view: 'new' };
  if (view === 'uren') return { view: 'hours' };
  if (view === 'afspraken') return { view: 'appointments' };
  if (view === 'agenda') return { view: 'agenda' };
  if (view === 'profiel') return { view: 'profile' };
  if (view === 'meer') return { view: 'more' };
  if (view === 'samen') return { view: 'together' };
  if (view === 'bedankjes') return { view: 'thanks' };
  if (view === 'ideeen') return { view: 'ideas' };
  if (view === 'plannen') return { view: 'plans' };
  if (view === 'terugblik') return { view: 'survey' };
  if (view === 'instellingen') return { view: 'settings' };
  // A pairing code from the QR code another device shows: straight to adding it.
  if (view === 'koppel') return id ? { view: 'settings', code: id } : { view: 'settings' };
  if (view === 'post' && id) return { view: 'post', id };
  if (view === 'bewerk' && id) return { view: 'edit', id };
  return { view: 'board' };
}

function MemberArea(props: { session: NetworkSession; first?: FirstScreen | undefined }) {
  const live = followSession(props.session);
  const [route, setRoute] = createSignal(routeOf(location.hash));
  const onHash = () => {
    setRoute(routeOf(location.hash));
    window.scrollTo(0, 0);
  };
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));
  // Expiry is shown against the clock; once a minute is plenty.
  const [now, setNow] = createSignal(Date.now());
  const clock = setInterval(() => setNow(Date.now()), 60_000);
  onCleanup(() => clearInterval(clock));

  const { posts, allRead, checking } = followPosts(props.session, props.first?.posts);
  // Once the posts are on screen (after the browser painted them), the member room may
  // take the main thread to verify what it holds.
  createEffect(
    on(
      allRead,
      (read) => {
        if (read) requestAnimationFrame(() => setTimeout(() => props.session.viewShown(), 0));
      },
      { defer: true },
    ),
  );
  const memberRows = useLiveQuery(() => props.session.db.members.toArray(), props.first?.members ?? []);
  const members = createMemo(() => new Map<string, MemberRow>(memberRows().map((m) => [m.key, m])));
  const categories = live.select(categoriesOf);
  const coordinator = live.select(isCoordinator);
  // Right after admission the member room may not have arrived yet: say so, plainly.
  const myStatus = live.select(ownMemberStatus);
  const moved = live.select((view) =>
    view.memberState ? myMove(view.memberState, view.memberKey).kind === 'moved' : false,
  );
  const unread = followUnread(props.session, live);
  const current = (): MemberPage => {
    const view = route().view;
    return view === 'post' || view === 'edit' ? 'board' : view;
  };
  const me = () => members().get(props.session.memberKey);
  // The look back: its link under "Meer" while one is open; waiting answers go out in time.
  const lookBack = live.select((view) => surveysToAnswer(view, now()).length > 0);
  followDueAnswers(props.session, live);
  // An open post is read, and stays read while news arrives on screen.
  const openPost = () => {
    const r = route();
    return r.view === 'post' ? r.id : null;
  };
  const readBefore = createMemo(on(openPost, (post) => (post ? unread.lastRead(post) : 0)));
  createEffect(() => {
    const post = openPost();
    if (post) unread.markRead(post);
  });

  return (
    <>
      <PageHeader
        network={props.session.record.name}
        links={memberLinks(current(), unread.count())}
        side={coordinatorLink(current(), coordinator())}
        tabs={memberTabs(current(), unread.count())}
        status={live.status}
      />
      <main id="main" class="page wide" data-member-status={myStatus()}>
        <IntegrityNotice live={live} />
        <Show when={moved()}>
          <MovedNotice session={props.session} live={live} />
        </Show>
        <Show when={myStatus() === 'unknown' || myStatus() === 'pending'}>
          <p class="notice" role="status">
            {t('board.syncing')}
          </p>
        </Show>
        <Switch>
          <Match when={route().view === 'new'}>
            <PostEditor session={props.session} live={live} categories={categories()} myArea={me()?.area ?? ''} />
          </Match>
          <Match when={route().view === 'hours'}>
            <MyHours session={props.session} live={live} members={members} />
          </Match>
          <Match when={route().view === 'appointments'}>
            <AppointmentsPage live={live} members={members} unread={unread.news}>
              <PartsToAnswer session={props.session} live={live} members={members} />
            </AppointmentsPage>
            <AcrossConversationList live={live} member={props.session.memberKey} />
            <MyParts session={props.session} live={live} members={members} />
          </Match>
          <Match when={route().view === 'thanks'}>
            <ThanksPage session={props.session} live={live} members={members} coordinator={coordinator()} />
          </Match>
          <Match when={route().view === 'ideas'}>
            <IdeasPage session={props.session} live={live} members={members} coordinator={coordinator()} />
          </Match>
          <Match when={route().view === 'survey'}>
            <SurveyPage session={props.session} live={live} now={now} />
          </Match>
          <Match when={route().view === 'plans'}>
            <PlansPage session={props.session} live={live} members={members} />
          </Match>
          <Match when={route().view === 'agenda'}>
            <AgendaPage session={props.session} live={live} members={members} categories={categories()} now={now} />
          </Match>
          <Match when={route().view === 'more'}>
            <MorePage links={moreLinks(current(), coordinator(), lookBack())} />
          </Match>
          <Match when={route().view === 'together'}>
            <TogetherPage links={togetherLinks(current(), lookBack() || current() === 'survey')} />
          </Match>
          <Match when={route().view === 'profile'}>
            <ProfilePage session={props.session} live={live} categories={categories} />
          </Match>
          <Match
            when={(() => {
              const r = route();
              return r.view === 'settings' ? r : undefined;
            })()}
          >
            {(r) => (
              <SettingsPage
                session={props.session}
                live={live}
                name={me()?.name ?? ''}
                {...(r().code ? { code: r().code } : {})}
              />
            )}
          </Match>
          <Match
            when={(() => {
              const r = route();
              return r.view === 'post' ? r.id : undefined;
            })()}
          >
            {(id) => (
              <PostDetail
                session={props.session}
                live={live}
                postId={id()}
                members={members}
                readBefore={readBefore()}
              />
            )}
          </Match>
          <Match
            when={(() => {
              const r = route();
              return r.view === 'edit' ? posts().find((p) => p.id === r.id) : undefined;
            })()}
          >
            {(post) => (
              <PostEditor session={props.session} live={live} categories={categories()} myArea="" editing={post()} />
            )}
          </Match>
          <Match when={true}>
            <Board
              session={props.session}
              posts={posts}
              allRead={allRead}
              checking={checking}
              members={members}
              categories={categories}
              now={now}
              unread={unread}
            >
              <Notices live={live} networkId={props.session.networkId} />
              <VouchNotice session={props.session} live={live} />
              <SurveyInvitation live={live} now={now} />
            </Board>
          </Match>
        </Switch>
      </main>
    </>
  );
}
