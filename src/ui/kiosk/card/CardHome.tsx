// The card member's first screen at the kiosk: a greeting, ask or offer, "Mijn uren", parts of
// group records waiting for their answer, their part in this week's activities, and their own
// open posts to open one (shown once they are read: no "none yet" first).
import { For, Show } from 'solid-js';
import { openPostsBy } from '../../../data/exchange/index.ts';
import type { CardSession } from '../../../data/kiosk/index.ts';
import type { PostRow } from '../../../data/store/index.ts';
import type { LiveSession } from '../../app/session.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { pictogramOf } from '../../board/categories.ts';
import { Pictogram } from '../../common/Pictogram.tsx';
import { t } from '../../i18n.ts';
import { CardActivities } from './CardActivities.tsx';
import { CardParts } from './CardParts.tsx';
import type { GoTo } from './cardScreen.ts';

export function CardHome(props: { card: CardSession; live: LiveSession; name: string; go: GoTo }) {
  const posts = useLiveQuery<PostRow[] | undefined>(
    () => props.card.db.posts.where('author').equals(props.card.me).toArray(),
    undefined,
  );
  const open = () => openPostsBy(posts() ?? [], props.card.me, Date.now());
  const greeting = () => t('card.hello', { name: props.name });
  return (
    <>
      <h1 id="card-title" tabindex="-1">
        {greeting()}
      </h1>
      <p>{t('card.homeHint')}</p>
      <div class="kiosk-choices">
        <button type="button" class="button kiosk-big" onClick={() => props.go({ view: 'new', kind: 'request' })}>
          <Pictogram name="ask" />
          {t('card.ask')}
        </button>
        <button type="button" class="button kiosk-big" onClick={() => props.go({ view: 'new', kind: 'offer' })}>
          <Pictogram name="offer" />
          {t('card.offer')}
        </button>
        <button type="button" class="button kiosk-big" onClick={() => props.go({ view: 'hours' })}>
          <Pictogram name="hours" />
          {t('nav.hours')}
        </button>
      </div>
      <CardParts card={props.card} live={props.live} />
      <CardActivities card={props.card} live={props.live} />
      <h2>{t('card.mine')}</h2>
      <Show when={posts() !== undefined}>
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
                    <Pictogram name={pictogramOf(post.category)} />
                    {post.title}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </>
  );
}
