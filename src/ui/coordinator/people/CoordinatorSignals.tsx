// "Berichten aan de coördinator": the private words members sent ("Dit wordt me te veel"),
// for the coordinator to pick up, newest first.
import { For, Show } from 'solid-js';
import { signalsToRead } from '../../../data/coordinator/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import type { LiveSession } from '../../app/session.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { timeText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';

export function CoordinatorSignals(props: { session: NetworkSession; live: LiveSession }) {
  const signals = props.live.select(signalsToRead);
  const members = useLiveQuery(() => props.session.db.members.toArray(), []);
  const posts = useLiveQuery(() => props.session.db.posts.toArray(), []);
  const nameOf = (key: string) => members().find((m) => m.key === key)?.name || t('common.someone');
  const titleOf = (id: string) => posts().find((p) => p.id === id)?.title ?? '';
  return (
    <div>
      <p class="hint">{t('me.signalsIntro')}</p>
      <Show when={signals().length > 0} fallback={<p>{t('me.signalsNone')}</p>}>
        <ul class="list">
          <For each={signals().slice(0, 50)}>
            {(signal) => (
              <li class="item" data-testid="signal">
                <p class="meta">{t('me.signalFrom', { name: nameOf(signal.from), time: timeText(signal.time) })}</p>
                <Show when={signal.post && titleOf(signal.post)}>
                  {(title) => <p class="meta">{t('me.signalAbout', { title: title() })}</p>}
                </Show>
                <p class="post-text">{signal.text}</p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
