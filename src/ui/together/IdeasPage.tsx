// "Ideeën": an idea for the neighbourhood, for the coordinators only (the default) or for
// everyone on the ideas board (docs/protocol-together.md §5); the board; and the private
// ideas this device can read. A coordinator can take a public idea off the board.
import { createSignal, For, type JSX, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { type IdeaLine, IdeasCommands, ideasBoard, privateIdeas } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { TextArea } from '../common/Field.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function IdeasPage(props: {
  session: NetworkSession;
  live: LiveSession;
  members: () => Map<string, MemberRow>;
  coordinator: boolean;
}) {
  const commands = new IdeasCommands(props.session);
  const board = props.live.select(ideasBoard);
  const mine = props.live.select(privateIdeas);
  const [text, setText] = createSignal('');
  const [forEveryone, setForEveryone] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal(false);
  const nameOf = (key: string) => props.members().get(key)?.name || t('common.someone');

  const share = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    setSent(false);
    if (!text().trim()) {
      setProblem(t('sharing.ideas.empty'));
      return;
    }
    const result = await commands.share(text(), forEveryone());
    if (!result.ok) setProblem(problemText(result));
    else {
      setText('');
      setSent(true);
    }
  };

  return (
    <>
      <h1>{t('sharing.ideas.title')}</h1>
      <p>{t('sharing.ideas.intro')}</p>
      <form class="form card" onSubmit={(event) => void share(event)} novalidate>
        <TextArea id="idea-text" label={t('sharing.ideas.field')} value={text()} onValue={setText} maxLength={1000} />
        <fieldset class="choices single">
          <legend>{t('sharing.ideas.who')}</legend>
          <label class="choice">
            <input type="radio" name="idea-who" checked={!forEveryone()} onChange={() => setForEveryone(false)} />
            {t('sharing.ideas.private')}
          </label>
          <label class="choice">
            <input type="radio" name="idea-who" checked={forEveryone()} onChange={() => setForEveryone(true)} />
            {t('sharing.ideas.public')}
          </label>
        </fieldset>
        <ProblemMessage text={problem()} />
        <Show when={sent()}>
          <p class="notice" role="status">
            {t('sharing.ideas.sent')}
          </p>
        </Show>
        <button type="submit" class="button">
          {t('sharing.ideas.send')}
        </button>
      </form>
      <h2>{t('sharing.ideas.board')}</h2>
      <Show when={board().length > 0} fallback={<p>{t('sharing.ideas.none')}</p>}>
        <ul class="list" data-testid="ideas-board">
          <For each={board()}>
            {(idea) => (
              <IdeaItem idea={idea} nameOf={nameOf}>
                <Show when={props.coordinator}>
                  <HideIdea commands={commands} id={idea.id} />
                </Show>
              </IdeaItem>
            )}
          </For>
        </ul>
      </Show>
      <Show when={mine().length > 0}>
        <h2>{t('sharing.ideas.privateTitle')}</h2>
        <p class="hint">{t('sharing.ideas.privateHint')}</p>
        <ul class="list" data-testid="private-ideas">
          <For each={mine()}>{(idea) => <IdeaItem idea={idea} nameOf={nameOf} />}</For>
        </ul>
      </Show>
    </>
  );
}

function IdeaItem(props: { idea: IdeaLine; nameOf: (key: string) => string; children?: JSX.Element }) {
  return (
    <li class="item" data-testid="idea">
      <p class="meta">
        {t('sharing.ideas.by', { name: props.nameOf(props.idea.author), date: dateText(props.idea.time) })}
      </p>
      <p class="post-text" dir="auto">
        {props.idea.text}
      </p>
      {props.children}
    </li>
  );
}

function HideIdea(props: { commands: IdeasCommands; id: string }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const hide = async () => {
    setProblem(null);
    const result = await props.commands.hide(props.id);
    if (!result.ok) setProblem(problemText(result));
  };
  return (
    <>
      <button type="button" class="button secondary" onClick={() => void hide()}>
        {t('sharing.ideas.hide')}
      </button>
      <ProblemMessage text={problem()} />
    </>
  );
}
