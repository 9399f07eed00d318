// A post a linked neighbourhood shared with us (protocol-links.md §3): what it says, marked
// with that neighbourhood's name, and a conversation with its author across the link.
import { Show } from 'solid-js';
import type { Link, PeerPost } from '../../core/links/LinkState.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { Guarded } from '../common/Guarded.tsx';
import { AcrossConversation } from '../exchange/AcrossConversation.tsx';
import { dateText, hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { PostHeading } from './PostHeading.tsx';

export function PeerPostDetail(props: { session: NetworkSession; post: PeerPost; link: Link }) {
  const p = () => props.post;
  const place = () => props.link.name;
  return (
    <article aria-labelledby="post-title" data-testid="post-detail">
      <PostHeading kind={p().kind} category={p().category} title={p().title} />
      <p class="tags">
        <span class="tag across" data-testid="across">
          {t('across.tag', { place: place() })}
        </span>
      </p>
      <Show when={p().text}>
        <p class="post-text" dir="auto">
          {p().text}
        </p>
      </Show>
      <p class="meta">{t('board.by', { name: p().name, area: p().area })}</p>
      <p class="meta">
        <Show when={p().minutes > 0}>{t('board.about', { hours: hoursText(p().minutes) })} · </Show>
        {t('board.until', { date: dateText(p().expires) })}
      </p>
      <p class="hint">{t('across.from', { place: place() })}</p>
      <p role="status" class={p().status !== 'open' ? 'notice' : undefined} data-testid="post-closed">
        <Show when={p().status !== 'open'}>{t('board.closed')}</Show>
      </p>
      <Guarded>
        <AcrossConversation
          session={props.session}
          link={props.link.id}
          place={place()}
          postId={p().id}
          other={p().author}
          otherName={p().name}
          level={2}
        />
      </Guarded>
    </article>
  );
}
