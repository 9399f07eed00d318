// One post on the members' board: what, by whom, until when, and its tags (new, mine,
// paused, via the coordinator, hidden and why, from a linked neighbourhood).
import { Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow, PostRow } from '../../data/store/index.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { dateText, hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { categoryLabel, pictogramOf } from './categories.ts';
import type { Unread } from './unread.ts';

export function PostCard(props: {
  post: PostRow;
  /** Still being checked (§3.5): shown, but not to be opened or answered until it is. */
  checking?: boolean;
  session: Pick<NetworkSession, 'memberKey'>;
  members: () => Map<string, MemberRow>;
  now: () => number;
  unread?: Unread | undefined;
}) {
  const author = () => props.members().get(props.post.author);
  const mine = () => props.post.author === props.session.memberKey;
  const fresh = () => props.unread?.isNew(props.post) === true || props.unread?.news(props.post.id) === true;
  // A helper who takes a break: their offers stay up, marked as paused.
  const paused = () => props.post.kind === 'offer' && author()?.paused === true;
  const expired = () => props.post.expires <= props.now();
  return (
    <li
      class="post"
      classList={{ mine: mine(), paused: paused(), checking: props.checking === true }}
      data-testid="post"
      data-post-id={props.post.id}
      data-checking={props.checking === true ? 'true' : undefined}
    >
      <span class="pictogram" aria-hidden="true">
        <Pictogram name={pictogramOf(props.post.category)} />
      </span>
      <div>
        <h3>
          <Show
            when={props.checking !== true}
            fallback={
              // No link: nothing may open, answer or name a post before it is checked.
              <span dir="auto">{props.post.title}</span>
            }
          >
            <a href={`#/post/${props.post.id}`} dir="auto">
              {props.post.title}
            </a>
          </Show>
          <Show when={props.checking !== true && fresh()}>
            {' '}
            <span class="unread" data-testid="unread">
              {t('appointments.new')}
            </span>
          </Show>
        </h3>
        <p class="meta">
          {categoryLabel(props.post.category)}
          {' · '}
          {t('board.by', {
            name: author()?.name || props.post.across?.name || t('common.someone'),
            area: props.post.area || author()?.area || '',
          })}
        </p>
        <p class="meta">
          <Show when={props.post.minutes > 0}>{t('board.about', { hours: hoursText(props.post.minutes) })} · </Show>
          {expired()
            ? t('board.expired', { date: dateText(props.post.expires) })
            : t('board.until', { date: dateText(props.post.expires) })}
        </p>
        <p class="tags">
          <Show when={props.checking === true}>
            <span class="tag checking" data-testid="being-checked">
              {t('board.beingChecked')}
            </span>
          </Show>
          <Show when={props.post.across}>
            {(across) => (
              <span class="tag across" data-testid="across">
                {t('across.tag', { place: across().place })}
              </span>
            )}
          </Show>
          <Show when={paused()}>
            <span class="tag paused" data-testid="paused">
              {t('profile.pausedTag')}
            </span>
          </Show>
          <Show when={mine()}>
            <span class="tag">{t('board.mine')}</span>
          </Show>
          <Show when={props.post.viaCoordinator}>
            <span class="tag">{t('board.viaCoordinator')}</span>
          </Show>
          <Show when={props.post.status === 'hidden'}>
            <span class="tag">{t('board.hidden', { reason: props.post.hiddenReason ?? '' })}</span>
          </Show>
        </p>
      </div>
    </li>
  );
}
