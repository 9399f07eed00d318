// "Bedankjes": the thank-you board (docs/protocol-together.md §4), and the member's own
// thanks with their say on showing each. A thank-you shows only while both sides say so; a
// coordinator can take one off the board (asking once first).
import { createSignal, For, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { boardThanks, type MyThanks, myThanks, ThanksCommands } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { ConfirmAct } from './ConfirmAct.tsx';
import { StoriesSection } from './StoriesSection.tsx';

export function ThanksPage(props: {
  session: NetworkSession;
  live: LiveSession;
  members: () => Map<string, MemberRow>;
  coordinator: boolean;
}) {
  const commands = new ThanksCommands(props.session);
  const board = props.live.select(boardThanks);
  const mine = props.live.select(myThanks);
  const nameOf = (key: string) => props.members().get(key)?.name || t('common.someone');
  return (
    <>
      <h1>{t('sharing.thanks.title')}</h1>
      <p>{t('sharing.thanks.intro')}</p>
      <Show when={board().length > 0} fallback={<p data-testid="thanks-board-empty">{t('sharing.thanks.none')}</p>}>
        <ul class="list" data-testid="thanks-board">
          <For each={board()}>
            {(thanks) => (
              <li class="item" data-testid="board-thanks">
                <p class="meta">{t('sharing.thanks.fromTo', { from: nameOf(thanks.from), to: nameOf(thanks.to) })}</p>
                <blockquote dir="auto">{thanks.text}</blockquote>
                <p class="meta">{dateText(thanks.time)}</p>
                <Show when={props.coordinator}>
                  <ConfirmAct
                    label={t('together.hide')}
                    name={t('together.hideThanks', { from: nameOf(thanks.from), to: nameOf(thanks.to) })}
                    yes={t('together.hideYes')}
                    testId="hide-thanks"
                    run={() => commands.hide(thanks.id)}
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h2>{t('sharing.thanks.mineTitle')}</h2>
      <p class="hint">{t('sharing.thanks.mineIntro')}</p>
      <Show when={mine().length > 0} fallback={<p>{t('sharing.thanks.mineNone')}</p>}>
        <ul class="list" data-testid="my-thanks">
          <For each={mine()}>
            {(thanks) => <MineLine commands={commands} thanks={thanks} me={props.session.memberKey} nameOf={nameOf} />}
          </For>
        </ul>
      </Show>
      <StoriesSection
        session={props.session}
        live={props.live}
        members={props.members}
        coordinator={props.coordinator}
      />
    </>
  );
}

function MineLine(props: { commands: ThanksCommands; thanks: MyThanks; me: string; nameOf: (key: string) => string }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const other = () => (props.thanks.from === props.me ? props.thanks.to : props.thanks.from);
  const say = async (show: boolean) => {
    setProblem(null);
    const result = await props.commands.show(props.thanks.id, show);
    if (!result.ok) setProblem(problemText(result));
  };
  const where = () => {
    if (props.thanks.hidden) return t('sharing.thanks.hidden');
    if (props.thanks.mine && props.thanks.theirs) return t('sharing.thanks.onBoard');
    if (props.thanks.mine && props.thanks.theirs === undefined) {
      return t('sharing.thanks.waitOther', { name: props.nameOf(other()) });
    }
    return t('sharing.thanks.notShown');
  };
  return (
    <li class="item" data-testid="my-thanks-item">
      <p class="meta">
        {t('sharing.thanks.fromTo', { from: props.nameOf(props.thanks.from), to: props.nameOf(props.thanks.to) })}
      </p>
      <blockquote dir="auto">{props.thanks.text}</blockquote>
      <p data-testid="thanks-where">
        <strong>{where()}</strong>
      </p>
      <div class="actions">
        <Show when={props.thanks.mine !== true}>
          <button type="button" class="button" onClick={() => void say(true)}>
            {t('sharing.thanks.show')}
          </button>
        </Show>
        <Show when={props.thanks.mine !== false}>
          <button type="button" class="button secondary" onClick={() => void say(false)}>
            {t('sharing.thanks.hide')}
          </button>
        </Show>
      </div>
      <ProblemMessage text={problem()} />
    </li>
  );
}
