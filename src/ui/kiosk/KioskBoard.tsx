// The kiosk's start screen on the big screen: the latest requests and offers in large type
// with pictograms (no names: it hangs in a public hall), the house rules, where to go for
// help, the invite for people with a phone, and the way in for members with a card. It
// turns the page by itself while nobody touches it.
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { inviteFragment } from '../../data/joining/foundNetwork.ts';
import { helpTextOf } from '../../data/kiosk/kioskSelectors.ts';
import { houseRulesOf } from '../../data/session/memberSelectors.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import type { PostRow } from '../../data/store/tableRows.ts';
import type { LiveSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { qrSvg } from '../format/qrSvg.ts';
import { t } from '../i18n.ts';
import { HelpSlipButton, HoursSlipButton } from './PrintSheets.tsx';
import { ReadAloud } from './ReadAloud.tsx';

const perPage = 6;
/** The board turns a page after this long without a touch. */
export const pageTurnMs = 20_000;

export function KioskBoard(props: { session: NetworkSession; live: LiveSession; onLogin: () => void }) {
  const rows = useLiveQuery(() => props.session.db.posts.where('status').equals('open').toArray(), [] as PostRow[]);
  const [now, setNow] = createSignal(Date.now());
  const posts = () =>
    rows()
      .filter((post) => post.expires > now())
      .sort((a, b) => b.created - a.created)
      .slice(0, perPage * 4);
  const pages = () => Math.max(1, Math.ceil(posts().length / perPage));
  const [page, setPage] = createSignal(0);
  const shown = () => posts().slice((page() % pages()) * perPage, (page() % pages()) * perPage + perPage);
  let turn = setInterval(() => {
    setNow(Date.now());
    setPage((p) => (p + 1) % pages());
  }, pageTurnMs);
  const touched = () => {
    clearInterval(turn);
    turn = setInterval(() => {
      setNow(Date.now());
      setPage((p) => (p + 1) % pages());
    }, pageTurnMs);
  };
  window.addEventListener('pointerdown', touched, { capture: true, passive: true });
  onCleanup(() => {
    clearInterval(turn);
    window.removeEventListener('pointerdown', touched, { capture: true });
  });

  const rules = props.live.select(houseRulesOf);
  const help = props.live.select(helpTextOf);
  const link = `${location.origin}/join/${inviteFragment(props.session.record)}`;
  const [qr] = createResource(() => qrSvg(link));
  const network = () => props.session.record.name;

  return (
    <main id="main" class="kiosk-screen kiosk-board" data-testid="kiosk-board">
      <h1>{t('kiosk.boardTitle', { name: network() })}</h1>
      <div class="kiosk-choices">
        <button type="button" class="button kiosk-big" onClick={() => props.onLogin()}>
          <Pictogram name="memberCard" /> {t('kiosk.login')}
        </button>
        <ReadAloud
          text={[t('kiosk.boardTitle', { name: network() }), ...shown().map((post) => spoken(post))].join('. ')}
        />
      </div>
      <section aria-labelledby="kiosk-posts-title">
        <h2 id="kiosk-posts-title">{t('kiosk.latest')}</h2>
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
      </section>
      <div class="kiosk-columns">
        <section aria-labelledby="kiosk-help-title" class="card">
          <h2 id="kiosk-help-title">{t('kiosk.help')}</h2>
          <p data-testid="kiosk-help">{help() || t('slip.noHelp')}</p>
          <HoursSlipButton network={network()} help={help()} />
        </section>
        <section aria-labelledby="kiosk-rules-title" class="card">
          <h2 id="kiosk-rules-title">{t('kiosk.rules')}</h2>
          <p class="kiosk-rules">{rules()}</p>
          <ReadAloud text={rules()} />
        </section>
        <section aria-labelledby="kiosk-invite-title" class="card">
          <h2 id="kiosk-invite-title">{t('kiosk.invite')}</h2>
          <p>{t('kiosk.inviteHint')}</p>
          <Show when={qr()}>
            <img
              class="qr"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr() ?? '')}`}
              alt={t('coord.qr', { name: network() })}
              width="220"
              height="220"
            />
          </Show>
        </section>
      </div>
    </main>
  );
}

function spoken(post: PostRow): string {
  return `${post.kind === 'request' ? t('slip.request') : t('slip.offer')}: ${post.title}`;
}
