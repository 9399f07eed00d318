// "Verhalen uit de buurt" on the thank-you page (together §4): write a story about up to
// eight neighbours, read the others', and — the writer and the people in it — say whether it
// may go into the report for funders, with or without a name. A coordinator can hide a story
// (asking once first); its people still see it, marked hidden.
import { createSignal, Show } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { StoriesCommands, type StoryLine, storiesFor } from '../../data/together/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { TextArea, TextField } from '../common/Field.tsx';
import { KeyedFor } from '../common/KeyedFor.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { dateText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { ConfirmAct } from './ConfirmAct.tsx';

const maxPeople = 8;

export function StoriesSection(props: {
  session: NetworkSession;
  live: LiveSession;
  members: () => Map<string, MemberRow>;
  coordinator: boolean;
}) {
  const commands = new StoriesCommands(props.session);
  const stories = props.live.select(storiesFor);
  const nameOf = (key: string) => props.members().get(key)?.name || t('common.someone');
  return (
    <section aria-labelledby="stories-title" data-testid="stories">
      <h2 id="stories-title">{t('sharing.stories.title')}</h2>
      <p class="hint">{t('sharing.stories.intro')}</p>
      <StoryForm commands={commands} members={props.members} me={props.session.memberKey} />
      <Show when={stories().length > 0} fallback={<p>{t('sharing.stories.none')}</p>}>
        <ul class="list">
          {/* By id: every change makes each story anew, and an open "Weet je het zeker?" must stay. */}
          <KeyedFor each={stories()} by={(story) => story.id}>
            {(story) => (
              <StoryItem commands={commands} story={story()} nameOf={nameOf} coordinator={props.coordinator} />
            )}
          </KeyedFor>
        </ul>
      </Show>
    </section>
  );
}

function StoryForm(props: { commands: StoriesCommands; members: () => Map<string, MemberRow>; me: string }) {
  const [title, setTitle] = createSignal('');
  const [text, setText] = createSignal('');
  const [people, setPeople] = createSignal<string[]>([]);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal(false);
  const neighbours = () =>
    // People only: not this member, and not a kiosk (a device of the network, never in a story).
    [...props.members().values()].filter(
      (m) => m.key !== props.me && m.status === 'admitted' && m.name && !m.roles.includes('kiosk'),
    );
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    setSent(false);
    if (!title().trim()) {
      setProblem(t('sharing.stories.emptyTitle'));
      return;
    }
    if (people().length > maxPeople) {
      setProblem(t('sharing.stories.tooMany'));
      return;
    }
    const result = await props.commands.write(title(), text(), people());
    if (!result.ok) {
      setProblem(problemText(result));
      return;
    }
    setTitle('');
    setText('');
    setPeople([]);
    setSent(true);
  };
  return (
    <details class="card">
      <summary>{t('sharing.stories.write')}</summary>
      <form class="form" onSubmit={(event) => void send(event)} novalidate>
        <TextField
          id="story-title"
          label={t('sharing.stories.fieldTitle')}
          value={title()}
          onValue={setTitle}
          maxLength={120}
        />
        <TextArea
          id="story-text"
          label={t('sharing.stories.fieldText')}
          value={text()}
          onValue={setText}
          maxLength={2000}
        />
        <fieldset class="choices">
          <legend>{t('sharing.stories.people')}</legend>
          <p class="hint">{t('sharing.stories.peopleHint')}</p>
          {/* By key: the members' rows are read anew at every write, and the box in focus must stay. */}
          <KeyedFor each={neighbours()} by={(member) => member.key}>
            {(member) => (
              <label class="choice">
                <input
                  type="checkbox"
                  checked={people().includes(member().key)}
                  onChange={(event) =>
                    setPeople(
                      event.currentTarget.checked
                        ? [...people(), member().key]
                        : people().filter((key) => key !== member().key),
                    )
                  }
                />
                {member().name}
              </label>
            )}
          </KeyedFor>
        </fieldset>
        <ProblemMessage text={problem()} />
        <Show when={sent()}>
          <p class="notice" role="status">
            {t('sharing.stories.sent')}
          </p>
        </Show>
        <button type="submit" class="button">
          {t('sharing.stories.send')}
        </button>
      </form>
    </details>
  );
}

function StoryItem(props: {
  commands: StoriesCommands;
  story: StoryLine;
  nameOf: (key: string) => string;
  coordinator: boolean;
}) {
  const [problem, setProblem] = createSignal<string | null>(null);
  const say = async (report: boolean, named: boolean) => {
    setProblem(null);
    const result = await props.commands.consent(props.story.id, report, named);
    if (!result.ok) setProblem(problemText(result));
  };
  const said = () => {
    const s = props.story.said;
    if (!s) return t('sharing.stories.notSaid');
    if (!s.report) return t('sharing.stories.saidNo');
    return s.named ? t('sharing.stories.saidNamed') : t('sharing.stories.saidAnonymous');
  };
  return (
    <li class="item" data-testid="story">
      <h3 dir="auto">{props.story.title}</h3>
      <p class="meta">
        {t('sharing.stories.by', { name: props.nameOf(props.story.author), date: dateText(props.story.time) })}
      </p>
      <Show when={props.story.people.length > 0}>
        <p class="meta">{t('sharing.stories.about', { names: props.story.people.map(props.nameOf).join(', ') })}</p>
      </Show>
      <p class="post-text" dir="auto">
        {props.story.text}
      </p>
      <Show when={props.story.hidden}>
        <p class="tag" data-testid="story-hidden">
          {t('together.hiddenShown')}
        </p>
      </Show>
      <Show when={props.coordinator && !props.story.hidden}>
        <ConfirmAct
          label={t('together.hide')}
          name={t('together.hideStory', { title: props.story.title })}
          yes={t('together.hideYes')}
          testId="hide-story"
          run={() => props.commands.hide(props.story.id)}
        />
      </Show>
      <Show when={props.story.inReport}>
        <p class="tag" data-testid="story-in-report">
          {t('sharing.stories.inReport')}
        </p>
      </Show>
      <Show when={props.story.mine}>
        <fieldset class="choices single">
          <legend>{t('sharing.stories.say')}</legend>
          <p data-testid="story-said">{said()}</p>
          <div class="actions">
            <button type="button" class="button secondary" onClick={() => void say(true, false)}>
              {t('sharing.stories.yesAnonymous')}
            </button>
            <button type="button" class="button secondary" onClick={() => void say(true, true)}>
              {t('sharing.stories.yesNamed')}
            </button>
            <button type="button" class="button secondary" onClick={() => void say(false, false)}>
              {t('sharing.stories.no')}
            </button>
          </div>
        </fieldset>
        <ProblemMessage text={problem()} />
      </Show>
    </li>
  );
}
