// One post: what it says, and the exchanges around it. The author sees every responder;
// anyone else can respond, and then sees their own exchange.
import { createSignal, For, Show } from 'solid-js';
import { idFromText } from '../../core/encoding/base64url.ts';
import { postById, respondersTo } from '../../data/exchange/index.ts';
import { peerPostOf } from '../../data/links/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { Guarded } from '../common/Guarded.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { Exchange } from '../exchange/Exchange.tsx';
import { dateText, hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { PostMadeVia } from '../kiosk/PostMadeVia.tsx';
import { ProfileSummary } from '../profile/ProfileSummary.tsx';
import { AcrossResponses } from './AcrossResponses.tsx';
import { PeerPostDetail } from './PeerPostDetail.tsx';
import { PostHeading } from './PostHeading.tsx';

export function PostDetail(props: {
  session: NetworkSession;
  live: LiveSession;
  postId: string;
  members: () => Map<string, MemberRow>;
  /** When this device last opened the post before now: what came after is marked new. */
  readBefore?: number;
}) {
  const post = props.live.select((view) => postById(view, props.postId));
  // Not ours: a post a linked neighbourhood shared with us, perhaps.
  const peer = props.live.select((view) => (post() ? null : peerPostOf(view.memberState, props.postId)));
  // The state changes a post in place: its status is read on its own, or a close would not show.
  const status = props.live.select((view) => postById(view, props.postId)?.status ?? 'open');
  const mine = () => post()?.author === props.session.memberKey;
  const responders = props.live.select((view) => respondersTo(view, props.postId));
  const iResponded = () => responders().includes(props.session.memberKey);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal('');

  const respond = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await props.session.exchange.respond(props.postId, message());
    if (result.ok) setMessage('');
    else setProblem(problemText(result));
  };
  // Taking a post down asks first (a finger slips easily on a phone), and says what happened after.
  const [removing, setRemoving] = createSignal<'done' | 'withdrawn' | null>(null);
  const [removed, setRemoved] = createSignal(false);
  const close = async (reason: 'done' | 'withdrawn') => {
    const result = await props.session.write('post-close', { post: idFromText(props.postId), reason });
    setRemoving(null);
    if (result.ok) setRemoved(true);
    else setProblem(problemText(result));
  };

  return (
    <Show
      when={post()}
      fallback={
        <Show when={peer()} fallback={<p role="status">{t('post.notFound')}</p>}>
          {(found) => <PeerPostDetail session={props.session} post={found().post} link={found().link} />}
        </Show>
      }
    >
      {(p) => (
        <article aria-labelledby="post-title" data-testid="post-detail">
          <PostHeading kind={p().kind} category={p().category} title={p().title} />
          <Show when={p().text}>
            <p class="post-text" dir="auto">
              {p().text}
            </p>
          </Show>
          <p class="meta">
            {t('board.by', {
              name: props.members().get(p().author)?.name || t('common.someone'),
              area: p().area || props.members().get(p().author)?.area || '',
            })}
          </p>
          <p class="meta">
            <Show when={p().minutes > 0}>{t('board.about', { hours: hoursText(p().minutes) })} · </Show>
            {t('board.until', { date: dateText(p().expires) })}
            <Show when={p().viaCoordinator}> · {t('board.viaCoordinator')}</Show>
          </p>
          <PostMadeVia live={props.live} post={p()} network={props.session.record.name} />
          <Show when={!mine()}>
            <ProfileSummary member={props.members().get(p().author)} />
          </Show>
          <p role="status" class={status() !== 'open' ? 'notice' : undefined} data-testid="post-closed">
            <Show when={status() !== 'open'}>{removed() ? t('post.removed') : t('board.closed')}</Show>
          </p>
          <Show when={mine() && status() === 'open'}>
            <div class="actions">
              <a class="button secondary" href={`#/bewerk/${p().id}`}>
                {t('post.edit')}
              </a>
            </div>
            {/* Apart from "Aanpassen": taking down is another kind of step. */}
            <div class="actions remove-actions" data-testid="remove-post">
              <Show
                when={removing()}
                fallback={
                  <>
                    <button type="button" class="button secondary" onClick={() => setRemoving('done')}>
                      {t('post.closeDone')}
                    </button>
                    <button type="button" class="button secondary" onClick={() => setRemoving('withdrawn')}>
                      {t('post.closeWithdrawn')}
                    </button>
                  </>
                }
              >
                {(reason) => (
                  <fieldset class="remove-ask">
                    <legend>{t('post.removeAsk')}</legend>
                    <div class="actions remove-answer">
                      <button type="button" class="button" onClick={() => void close(reason())}>
                        {t('post.removeYes')}
                      </button>
                      <button type="button" class="button secondary" onClick={() => setRemoving(null)}>
                        {t('post.removeNo')}
                      </button>
                    </div>
                  </fieldset>
                )}
              </Show>
            </div>
          </Show>
          <Show when={!mine() && !iResponded() && status() === 'open'}>
            <form class="form card" onSubmit={(event) => void respond(event)}>
              <label for="first-message">
                {t('exchange.firstMessage', { name: props.members().get(p().author)?.name || t('common.someone') })}
              </label>
              <textarea
                id="first-message"
                rows="3"
                value={message()}
                onInput={(event) => setMessage(event.currentTarget.value)}
              />
              <button type="submit" class="button">
                {p().kind === 'request' ? t('exchange.helpRequest') : t('exchange.wantOffer')}
              </button>
            </form>
          </Show>
          <ProblemMessage text={problem()} />
          <Show when={mine()}>
            <h2>{t('exchange.responses')}</h2>
            <Show when={responders().length > 0} fallback={<p>{t('exchange.noResponses')}</p>}>
              <For each={responders()}>
                {(other) => (
                  <Guarded>
                    <Exchange
                      session={props.session}
                      post={p()}
                      other={other}
                      members={props.members}
                      live={props.live}
                      readBefore={props.readBefore ?? 0}
                    />
                  </Guarded>
                )}
              </For>
            </Show>
          </Show>
          <Show when={mine()}>
            <AcrossResponses session={props.session} live={props.live} postId={props.postId} />
          </Show>
          <Show when={!mine() && iResponded()}>
            {/* As "Reacties" for the one who asked: the exchange's h3 under an h2, not under the h1. */}
            <h2>{t('exchange.yourResponse')}</h2>
            <Guarded>
              <Exchange
                session={props.session}
                post={p()}
                other={p().author}
                members={props.members}
                live={props.live}
                readBefore={props.readBefore ?? 0}
              />
            </Guarded>
          </Show>
        </article>
      )}
    </Show>
  );
}
