// What the coordinators told this neighbour, on their own board: that the house rules
// changed (until read), a paused account and why, kind words and warnings meant for them;
// and, when the date two neighbours agreed has come, to look together at help that comes back.
import { createSignal, For, Show } from 'solid-js';
import { mySuspension, noticesForMe, reviewsDue, rulesChange } from '../../data/exchange/index.ts';
import type { LiveSession } from '../app/session.ts';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

const readKey = (networkId: string) => `buurtruil-rules-read-${networkId}`;

function readRules(networkId: string): string | null {
  try {
    return localStorage.getItem(readKey(networkId));
  } catch (error) {
    // Private mode or storage switched off: the rules change shows as unread.
    console.warn('reading what was read failed:', error);
    return null;
  }
}

export function Notices(props: { live: LiveSession; networkId: string }) {
  const notices = props.live.select(noticesForMe);
  const change = props.live.select(rulesChange);
  const suspension = props.live.select(mySuspension);
  const reviews = props.live.select((view) => reviewsDue(view, Date.now()));
  const [read, setRead] = createSignal(readRules(props.networkId));
  const markRead = (id: string) => {
    try {
      localStorage.setItem(readKey(props.networkId), id);
    } catch (error) {
      // Private mode: read for this visit only.
      console.warn('keeping what was read failed:', error);
    }
    setRead(id);
  };
  return (
    <>
      <Show when={suspension()}>
        {(paused) => (
          <section class="card notice-card paused" aria-labelledby="paused-title" data-testid="suspended-notice">
            <h2 id="paused-title">{t('toolkit.notice.paused')}</h2>
            <Show when={paused().reason}>
              <p>{t('toolkit.notice.pausedReason', { reason: paused().reason })}</p>
            </Show>
            <p>{t('toolkit.notice.pausedTalk')}</p>
          </section>
        )}
      </Show>
      <Show when={change() && change()?.id !== read() ? change() : null}>
        {(shown) => (
          <section class="card notice-card" aria-labelledby="rules-changed-title" data-testid="rules-changed">
            <h2 id="rules-changed-title">{t('toolkit.notice.rulesChanged')}</h2>
            <p class="hint">{t('toolkit.notice.rulesChangedOn', { date: dateText(shown().time) })}</p>
            <p class="rules">{shown().rules}</p>
            <Show when={shown().help}>
              <p>{t('toolkit.notice.help', { help: shown().help })}</p>
            </Show>
            <button type="button" class="button secondary" onClick={() => markRead(shown().id)}>
              {t('toolkit.notice.read')}
            </button>
          </section>
        )}
      </Show>
      <Show when={reviews().length > 0}>
        <section class="card notice-card" aria-labelledby="reviews-title" data-testid="reviews-due">
          <h2 id="reviews-title">{t('recurring.dueTitle')}</h2>
          <ul class="list">
            <For each={reviews()}>
              {(due) => (
                <li class="item">
                  <p>{t('recurring.due', { title: due.title, name: due.name ?? t('common.someone') })}</p>
                  <a class="button secondary" href={`#/post/${due.post}`}>
                    {due.title}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={notices().length > 0}>
        <section class="card notice-card" aria-labelledby="notices-title" data-testid="notices">
          <h2 id="notices-title">{t('toolkit.notice.fromCoordinator')}</h2>
          <ul class="list">
            <For each={notices()}>
              {(notice) => (
                <li class="item" data-testid="notice" data-kind={notice.kind}>
                  <p class="meta">
                    {t(notice.kind === 'warning' ? 'toolkit.notice.warning' : 'toolkit.notice.message', {
                      name: notice.from ?? t('common.someone'),
                      date: dateText(notice.time),
                    })}
                  </p>
                  <p class="post-text">{notice.text}</p>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}
