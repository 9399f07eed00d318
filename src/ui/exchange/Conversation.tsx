// The private conversation of one exchange: the messages both sent (sealed for the two of
// them), the new ones marked, and a field to write the next.
import { createSignal, For, Show } from 'solid-js';
import type { Post } from '../../data/exchange/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { conversationRows } from '../../data/store/index.ts';
import { problemText } from '../app/problemText.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { timeText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function Conversation(props: {
  session: NetworkSession;
  post: Post;
  other: string;
  otherName: string;
  readBefore?: number;
}) {
  const me = props.session.memberKey;
  const messages = useLiveQuery(() => conversationRows(props.session.db, me, props.other, props.post.id), []);
  const [text, setText] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const fieldId = `message-${props.other.slice(0, 8)}`;
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!text().trim()) return;
    setProblem(null);
    const result = await props.session.exchange.sendMessage(props.other, props.post.id, text());
    if (result.ok) setText('');
    else setProblem(problemText(result));
  };
  return (
    <div class="conversation">
      <h4>{t('messages.title', { name: props.otherName })}</h4>
      <p class="hint">{t('messages.private')}</p>
      <Show when={messages().length > 0} fallback={<p>{t('messages.empty')}</p>}>
        <ol class="messages" data-testid="messages">
          <For each={messages()}>
            {(message) => (
              <li class="message" classList={{ own: message.from === me }}>
                <p class="meta">
                  {message.from === me ? t('common.you') : props.otherName} · {timeText(message.time)}
                  <Show when={message.from !== me && message.time > (props.readBefore ?? Number.MAX_SAFE_INTEGER)}>
                    {' '}
                    <span class="unread" data-testid="unread">
                      {t('appointments.new')}
                    </span>
                  </Show>
                </p>
                <p data-testid="message-text" dir="auto">
                  {props.session.exchange.readMessage(message) ?? t('messages.unreadable')}
                </p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <form class="form compact" onSubmit={(event) => void send(event)}>
        <label for={fieldId}>{t('messages.field', { name: props.otherName })}</label>
        <textarea id={fieldId} rows="2" value={text()} onInput={(event) => setText(event.currentTarget.value)} />
        <ProblemMessage text={problem()} />
        <button type="submit" class="button">
          {t('messages.send')}
        </button>
      </form>
    </div>
  );
}
