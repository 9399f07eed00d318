// On "Mijn afspraken": the member's conversations with neighbours of linked neighbourhoods
// (protocol-links.md §3), each marked with where the other one lives, newest first.
import { createMemo, For, Show } from 'solid-js';
import { type AcrossConversationLine, acrossConversationsOf } from '../../data/links/index.ts';
import type { LiveSession } from '../app/session.ts';
import { timeText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function AcrossConversationList(props: { live: LiveSession; member: string }) {
  // As text, so a sync that changes nothing here does not build the list anew.
  const text = props.live.select((view) => JSON.stringify(acrossConversationsOf(view.memberState, props.member)));
  const lines = createMemo(() => JSON.parse(text()) as AcrossConversationLine[]);
  return (
    <Show when={lines().length > 0}>
      <h2>{t('across.conversations')}</h2>
      <ul class="list" data-testid="across-conversations">
        <For each={lines()}>
          {(line) => (
            <li class="item appointment" data-testid="across-line">
              <div>
                <p class="appointment-title">
                  <a href={`#/post/${line.post}`} dir="auto">
                    {line.title}
                  </a>
                </p>
                <p class="meta">
                  {line.name === null
                    ? t('across.someoneFrom', { place: line.place })
                    : t('across.title', { name: line.name, place: line.place })}
                </p>
                <p class="tags">
                  <span class="tag across">{t('across.tag', { place: line.place })}</span>
                </p>
                <p class="meta">{t('appointments.changed', { time: timeText(line.time) })}</p>
              </div>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
