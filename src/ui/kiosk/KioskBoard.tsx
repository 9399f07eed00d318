// The kiosk's start screen on the big screen: the latest requests and offers in large type
// with pictograms (no names: it hangs in a public hall), the house rules, where to go for
// help, the invite for people with a phone, signing up for people without one, and the way
// in for members with a card. It turns the page by itself while nobody touches it. Nothing
// of the posts is shown until they are read: an empty board first would be untrue.
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { inviteFragment } from '../../data/joining/index.ts';
import { helpTextOf, kioskBoardPosts } from '../../data/kiosk/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { houseRulesOf } from '../../data/session/index.ts';
import type { MemberRow, PostRow } from '../../data/store/index.ts';
import type { LiveSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { QrImage } from '../common/QrImage.tsx';
import { t } from '../i18n.ts';
import { KioskAgenda } from '../together/KioskAgenda.tsx';
import { KioskThanks } from '../together/KioskThanks.tsx';
import { HelpSlipButton, HoursSlipButton } from './PrintSheets.tsx';
import { ScreenReadAloud } from './ReadAloud.tsx';

const perPage = 6;
/** The board turns a page after this long without a touch. */
export const pageTurnMs = 20_000;

export function KioskBoard(props: {
  session: NetworkSession;
  live: LiveSession;
  onLogin: () => void;
  onSignUp: () => void;
}) {
  const rows = useLiveQuery<PostRow[] | undefined>(
    () => props.session.db.posts.where('status').equals('open').toArray(),
    undefined,
  );
  const memberRows = useLiveQuery<MemberRow[] | undefined>(() => props.session.db.members.toArray(), undefined);
  const loaded = () => rows() !== undefined && memberRows() !== undefined;
  const members = createMemo(() => new Map((memberRows() ?? []).map((m) => [m.key, m])));
  const [now, setNow] = createSignal(Date.now());
  // The members' board's rule: a paused neighbour's posts wait off the board here too; a
  // linked neighbourhood's shared posts are not listed (nobody here can answer them).
  const posts = () => kioskBoardPosts(rows() ?? [], members(), props.session.memberKey, now()).slice(0, perPage * 4);
  const pages = () => Math.max(1, Math.ceil(posts().length / perPage));
  const [page, setPage] = createSignal(0);
  const shown = () => posts().slice((page() % pages()) * perPage, (page() % pages()) * perPage + perPage);
  const turning = () =>
    setInterval(() => {
      setNow(Date.now());
      setPage((p) => (p + 1) % pages());
    }, pageTurnMs);
  let turn = turning();
  const touched = () => {
    clearInterval(turn);
    turn = turning();
  };
  window.addEventListener('pointerdown', touched, { capture: true, passive: true });
  onCleanup(() => {
    clearInterval(turn);
    window.removeEventListener('pointerdown', touched, { capture: true });
  });

  const rules = props.live.select(houseRulesOf);
  const help = props.live.select(helpTextOf);
  const link = `${location.origin}/join/${inviteFragment(props.session.record)}`;
  const network = () => props.session.record.name;

  return (
    <main id="main" class="kiosk-screen kiosk-board" data-testid="kiosk-board">
      <h1>{t('kiosk.boardTitle', { name: network() })}</h1>
      <ScreenReadAloud />
      <div class="kiosk-choices">
        <button type="button" class="button kiosk-big" onClick={() => props.onLogin()}>
          <Pictogram name="memberCard" /> {t('kiosk.login')}
        </button>
        <button type="button" class="button kiosk-big secondary" onClick={() => props.onSignUp()}>
          <Pictogram name="profile" /> {t('kiosk.signUp')}
        </button>
      </div>
      <section aria-labelledby="kiosk-posts-title" aria-busy={!loaded()}>
        <h2 id="kiosk-posts-title">{t('kiosk.latest')}</h2>
        <Show when={loaded()}>
          <Show when={shown().length > 0} fallback={<p>{t('board.empty')}</p>}>
            <ul class="kiosk-posts" data-testid="kiosk-posts">
              <For each={shown()}>
                {(post) => (
                  <li class="kiosk-post" data-testid="kiosk-post">
                    <p class="kiosk-picto" aria-hidden="true">
                      <Pictogram name={pictogramOf(post.category)} />
                    </p>
                    <div>
                      <p class="kiosk-kind">
                        {post.kind === 'request' ? t('slip.request') : t('slip.offer')} · {categoryLabel(post.category)}
                      </p>
                      <h3>{post.title}</h3>
                      <Show when={post.area}>
                        <p>{post.area}</p>
                      </Show>
                      <HelpSlipButton post={post} network={network()} help={help()} />
                    </div>
                  </li>
                )}
              </For>
            </ul>
            <Show when={pages() > 1}>
              <p class="hint" data-testid="kiosk-page">
                {t('kiosk.page', { page: (page() % pages()) + 1, pages: pages() })}
              </p>
              <button type="button" class="button secondary" onClick={() => setPage((p) => (p + 1) % pages())}>
                {t('kiosk.nextPage')}
              </button>
            </Show>
          </Show>
        </Show>
      </section>
      <KioskThanks live={props.live} />
      <KioskAgenda live={props.live} now={now} />
      <div class="kiosk-columns">
        <section aria-labelledby="kiosk-help-title" class="card">
          <h2 id="kiosk-help-title">{t('kiosk.help')}</h2>
          <p data-testid="kiosk-help">{help() || t('slip.noHelp')}</p>
          <HoursSlipButton network={network()} help={help()} />
        </section>
        <section aria-labelledby="kiosk-rules-title" class="card">
          <h2 id="kiosk-rules-title">{t('kiosk.rules')}</h2>
          <p class="kiosk-rules">{rules()}</p>
        </section>
        <section aria-labelledby="kiosk-invite-title" class="card">
          <h2 id="kiosk-invite-title">{t('kiosk.invite')}</h2>
          <p>{t('kiosk.inviteHint')}</p>
          <QrImage text={link} alt={t('coord.qr', { name: network() })} size={220} />
        </section>
      </div>
    </main>
  );
}
