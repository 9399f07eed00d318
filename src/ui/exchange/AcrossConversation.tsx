// A conversation with a member of a linked neighbourhood about a post (protocol-links.md
// §3): the messages both sent, sealed for the two of them and carried by the coordinators'
// devices, and a field to write the next. Marked with the other neighbourhood's name.
import { createSignal, For, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import { conversationRows } from '../../data/store/index.ts';
import { problemText } from '../app/problemText.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { timeText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function AcrossConversation(props: {
  session: NetworkSession;
  link: string;
  /** The other neighbourhood's name. */
  place: string;
  postId: string;
  other: string;
  /** Their display name; null when nobody told us (a message carries none, only a share does). */
  otherName: string | null;
  /** The heading's level: h3 under a post's h2, h2 right under its h1. */
  level?: 2 | 3;
}) {
  const me = props.session.memberKey;
  const messages = useLiveQuery(() => conversationRows(props.session.db, me, props.other, props.postId), []);
  const [text, setText] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const fieldId = `across-${props.other.slice(0, 8)}`;
  const titleId = `${fieldId}-title`;
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!text().trim() || busy()) return;
    setProblem(null);
    setBusy(true);
    try {
      const result = await props.session.across.send(props.link, props.other, props.postId, text());
      if (result.ok) setText('');
      else setProblem(problemText(result));
    } finally {
      setBusy(false);
    }
  };
  const read = (row: { link?: string; from: string; to: string; sealed: never }) =>
    row.link ? props.session.across.read({ ...row, link: row.link }) : null;
  const title = () =>
    props.otherName === null
      ? t('across.titleSomeone', { place: props.place })
      : t('across.title', { name: props.otherName, place: props.place });
  const label = () =>
    props.otherName === null
      ? t('across.fieldSomeone', { place: props.place })
      : t('across.field', { name: props.otherName, place: props.place });
  const theirName = () => props.otherName ?? t('across.someoneFrom', { place: props.place });
  return (
    <section class="card exchange across" aria-labelledby={titleId} data-testid="across-conversation">
      <Show when={(props.level ?? 3) === 2} fallback={<h3 id={titleId}>{title()}</h3>}>
        <h2 id={titleId}>{title()}</h2>
      </Show>
      <p class="hint">{t('across.private')}</p>
      <Show when={messages().length > 0}>
        <ol class="messages" data-testid="messages">
          <For each={messages()}>
            {(message) => (
              <li class="message" classList={{ own: message.from === me }}>
                <p class="meta">
                  {message.from === me ? t('common.you') : theirName()} · {timeText(message.time)}
                </p>
                <p data-testid="message-text" dir="auto">
                  {read(message as never) ?? t('messages.unreadable')}
                </p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <form class="form compact" onSubmit={(event) => void send(event)}>
        <label for={fieldId}>{label()}</label>
        <textarea id={fieldId} rows="2" value={text()} onInput={(event) => setText(event.currentTarget.value)} />
        <ProblemMessage text={problem()} />
        <button type="submit" class="button" disabled={busy()}>
          {t('across.send')}
        </button>
      </form>
    </section>
  );
}
