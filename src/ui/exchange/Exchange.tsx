// One exchange on a post, between its author and one responder: both say yes (or either
// says no, no reason needed), they talk privately, and afterwards record the hours.
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { matchWith, proposalsWith, thanksFor } from '../../data/exchange/exchangeSelectors.ts';
import type { Post } from '../../data/exchange/postSelectors.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import type { WriteResult } from '../../data/session/WriteResult.ts';
import { conversationRows } from '../../data/store/conversationRows.ts';
import type { MemberRow } from '../../data/store/tableRows.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { hoursText, timeText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { ProfileSummary } from '../profile/ProfileSummary.tsx';
import { TooMuch } from '../profile/TooMuch.tsx';

export function Exchange(props: {
  session: NetworkSession;
  post: Post;
  other: string;
  members: () => Map<string, MemberRow>;
  live: LiveSession;
  /** Messages after this time are marked new. */
  readBefore?: number;
}) {
  const otherName = () => props.members().get(props.other)?.name || t('common.someone');
  const iAmAuthor = () => props.post.author === props.session.memberKey;
  const match = props.live.select((view) => matchWith(view, props.post, props.other));
  const myYes = () => (iAmAuthor() ? match()?.authorAccepted : match()?.responderAccepted);
  const [problem, setProblem] = createSignal<string | null>(null);
  const run = async (action: Promise<WriteResult>) => {
    setProblem(null);
    const result = await action;
    if (!result.ok) setProblem(problemText(result));
  };

  return (
    <section class="card exchange" aria-labelledby={`exchange-${props.other.slice(0, 8)}`} data-testid="exchange">
      <h3 id={`exchange-${props.other.slice(0, 8)}`}>{t('exchange.with', { name: otherName() })}</h3>
      <Show when={iAmAuthor()}>
        <ProfileSummary member={props.members().get(props.other)} />
      </Show>
      <Switch>
        <Match when={match()?.agreed}>
          <p class="notice" role="status" data-testid="match-status">
            {t('exchange.agreed')}
          </p>
        </Match>
        <Match when={match()?.declined}>
          <p class="notice" role="status" data-testid="match-status">
            {t('exchange.declined')}
          </p>
        </Match>
        <Match when={!myYes()}>
          <p>{t('exchange.waiting', { name: otherName() })}</p>
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={() => void run(props.session.exchange.decide(props.post.id, props.other, true))}
            >
              {t('exchange.accept')}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => void run(props.session.exchange.decide(props.post.id, props.other, false))}
              aria-describedby={`decline-hint-${props.other.slice(0, 8)}`}
            >
              {t('exchange.decline')}
            </button>
          </div>
          <p class="hint" id={`decline-hint-${props.other.slice(0, 8)}`}>
            {t('exchange.declineHint')}
          </p>
        </Match>
        <Match when={true}>
          <p role="status" data-testid="match-status">
            {t('exchange.responded', { name: otherName() })}
          </p>
        </Match>
      </Switch>
      <ProblemMessage text={problem()} />
      <Conversation {...props} otherName={otherName()} />
      <Show when={match()?.agreed}>
        <Hours {...props} otherName={otherName()} />
      </Show>
      <TooMuch session={props.session} postId={props.post.id} />
    </section>
  );
}

function Conversation(props: {
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
                <p data-testid="message-text">
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

function Hours(props: { session: NetworkSession; post: Post; other: string; otherName: string; live: LiveSession }) {
  const proposals = props.live.select((view) => proposalsWith(view, props.post.id, props.other));
  const open = () => proposals().filter((p) => p.status !== 'paid');
  const thanks = (proposal: string) => props.live.select((view) => thanksFor(view, proposal))();
  return (
    <div class="hours" data-testid="hours">
      <h4>{t('hours.title')}</h4>
      <For each={proposals()}>
        {({ proposal, status }) => (
          <div class="proposal" data-testid="proposal">
            <Switch>
              <Match when={status === 'paid'}>
                <p role="status" data-testid="proposal-status">
                  {t('hours.paid', { hours: hoursText(proposal.minutes) })}
                </p>
                <For each={thanks(proposal.id)}>
                  {(thanks) => (
                    <p>
                      {t('hours.thanked', {
                        name: thanks.from === props.session.memberKey ? t('common.you') : props.otherName,
                        text: thanks.text,
                      })}
                    </p>
                  )}
                </For>
              </Match>
              <Match when={status === 'confirmed'}>
                <p role="status" data-testid="proposal-status">
                  {t('hours.confirmedWaiting', {
                    name: proposal.payer === props.session.memberKey ? t('common.you') : props.otherName,
                  })}
                </p>
              </Match>
              <Match when={proposal.author === props.session.memberKey}>
                <p role="status" data-testid="proposal-status">
                  {t('hours.waitingConfirm', { hours: hoursText(proposal.minutes), name: props.otherName })}
                </p>
              </Match>
              <Match when={true}>
                <Confirm session={props.session} proposal={proposal} otherName={props.otherName} />
              </Match>
            </Switch>
          </div>
        )}
      </For>
      <Show when={open().length === 0}>
        <Propose {...props} />
      </Show>
    </div>
  );
}

function Confirm(props: {
  session: NetworkSession;
  proposal: { id: string; minutes: number; what: string };
  otherName: string;
}) {
  const [thanks, setThanks] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const id = `thanks-${props.proposal.id.slice(0, 8)}`;
  const confirm = async () => {
    setProblem(null);
    const result = await props.session.exchange.confirmHours(props.proposal.id, thanks());
    // Already paid from another screen: the status says so; nothing went wrong.
    if (!result.ok && result.problem !== 'not-needed') setProblem(problemText(result));
  };
  return (
    <>
      <p data-testid="proposal-status">
        {t('hours.proposal', {
          name: props.otherName,
          hours: hoursText(props.proposal.minutes),
          what: props.proposal.what,
        })}
      </p>
      <label for={id}>{t('hours.thanks')}</label>
      <textarea id={id} rows="2" value={thanks()} onInput={(event) => setThanks(event.currentTarget.value)} />
      <button type="button" class="button" onClick={() => void confirm()}>
        {t('hours.confirm')}
      </button>
      <ProblemMessage text={problem()} />
    </>
  );
}

function Propose(props: { session: NetworkSession; post: Post; other: string }) {
  const [hours, setHours] = createSignal('1');
  const [minutes, setMinutes] = createSignal('0');
  const [what, setWhat] = createSignal(props.post.title);
  const [problem, setProblem] = createSignal<string | null>(null);
  const prefix = `hours-${props.other.slice(0, 8)}`;
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const total = Math.round(Number(hours()) * 60 + Number(minutes()));
    if (!Number.isFinite(total) || total <= 0) {
      setProblem(t('hours.tooLittle'));
      return;
    }
    if (total > 24 * 60) {
      setProblem(t('hours.tooMuch'));
      return;
    }
    const result = await props.session.exchange.proposeHours(props.post.id, props.other, total, what());
    if (!result.ok) setProblem(problemText(result));
  };
  return (
    <form class="form compact" onSubmit={(event) => void send(event)} novalidate>
      <p class="hint">{t('hours.intro')}</p>
      <div class="inline-fields">
        <div class="field">
          <label for={`${prefix}-h`}>{t('hours.hours')}</label>
          <input
            id={`${prefix}-h`}
            type="number"
            min="0"
            max="24"
            inputmode="numeric"
            value={hours()}
            onInput={(event) => setHours(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${prefix}-m`}>{t('hours.minutes')}</label>
          <select id={`${prefix}-m`} value={minutes()} onChange={(event) => setMinutes(event.currentTarget.value)}>
            <For each={['0', '15', '30', '45']}>{(m) => <option value={m}>{m}</option>}</For>
          </select>
        </div>
      </div>
      <label for={`${prefix}-what`}>{t('hours.what')}</label>
      <input id={`${prefix}-what`} value={what()} onInput={(event) => setWhat(event.currentTarget.value)} />
      <ProblemMessage text={problem()} />
      <button type="submit" class="button">
        {t('hours.send')}
      </button>
    </form>
  );
}
