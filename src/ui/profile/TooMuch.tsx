// "Dit wordt me te veel": in an exchange, a private word to the coordinators. Nobody else
// reads it; the coordinator can point to professional help or find someone to share it.
import { createSignal, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';

export function TooMuch(props: { session: NetworkSession; postId: string }) {
  const [open, setOpen] = createSignal(false);
  const [text, setText] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const id = `too-much-${props.postId.slice(0, 8)}`;
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await props.session.profile.tooMuch(props.postId, text().trim() || t('me.tooMuchDefault'));
    if (result.ok) {
      setSent(true);
      setOpen(false);
    } else setProblem(problemText(result));
  };
  return (
    <div class="too-much">
      <Show when={sent()}>
        <p class="notice" role="status" data-testid="too-much-sent">
          {t('me.tooMuchSent')}
        </p>
      </Show>
      <Show
        when={open()}
        fallback={
          <button type="button" class="button secondary" onClick={() => setOpen(true)}>
            {t('me.tooMuch')}
          </button>
        }
      >
        <form class="form compact" onSubmit={(event) => void send(event)}>
          <p class="hint">{t('me.tooMuchIntro')}</p>
          <label for={id}>{t('me.tooMuchField')}</label>
          <textarea id={id} rows="3" maxLength={500} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
          <ProblemMessage text={problem()} />
          <div class="actions">
            <button type="submit" class="button">
              {t('me.tooMuchSend')}
            </button>
            <button type="button" class="button secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
