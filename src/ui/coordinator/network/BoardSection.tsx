// The posts on the board, newest first, each with "hide" and a reason its author will read.
import { Show } from 'solid-js';
import { postLines } from '../../../data/coordinator/index.ts';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { dateText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import { ActWithText } from '../people/ActWithText.tsx';
import type { SectionProps } from '../Section.ts';

export function BoardSection(props: SectionProps) {
  // Read again whenever the view changes; a post that lapses meanwhile goes at the next change.
  const posts = props.live.select((view) => postLines(view, Date.now()));
  return (
    <Show when={posts().length > 0} fallback={<p>{t('board.empty')}</p>}>
      <ul class="list" data-testid="toolkit-posts">
        <KeyedFor each={posts()} by={(p) => p.id}>
          {(post) => (
            <li class="item" data-testid="toolkit-post">
              <h3>{post().title}</h3>
              <p class="meta">
                {post().kind === 'request' ? t('board.requests') : t('board.offers')} ·{' '}
                {post().author ?? t('common.someone')} · {dateText(post().created)}
              </p>
              <Show
                when={post().hiddenReason === null}
                fallback={<p class="tag">{t('board.hidden', { reason: post().hiddenReason ?? '' })}</p>}
              >
                <ActWithText
                  label={t('toolkit.hide')}
                  about={post().title}
                  field={t('toolkit.hideField')}
                  hint={t('toolkit.hideHint')}
                  required
                  confirm={t('toolkit.hideConfirm')}
                  done={t('toolkit.hidden')}
                  run={(reason) => props.session.coordinator.hidePost(post().id, reason)}
                />
              </Show>
            </li>
          )}
        </KeyedFor>
      </ul>
    </Show>
  );
}
