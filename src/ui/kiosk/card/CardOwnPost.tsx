// One of the card member's own posts at the kiosk: who responded, and per responder the
// yes or no, what they said, and the hours to confirm (the same components as a member's
// page, in the kiosk's look). A help slip to print, and "done" to close it.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { matchWith, postById, respondersTo } from '../../../data/exchange/index.ts';
import type { CardSession } from '../../../data/kiosk/index.ts';
import { helpTextOf } from '../../../data/kiosk/index.ts';
import type { MemberRow, PostRow } from '../../../data/store/index.ts';
import { conversationRows } from '../../../data/store/index.ts';
import { problemText } from '../../app/problemText.ts';
import type { LiveSession } from '../../app/session.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { pictogramOf } from '../../board/categories.ts';
import { Pictogram } from '../../common/Pictogram.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { MatchAnswer } from '../../exchange/MatchAnswer.tsx';
import { ProposalList } from '../../exchange/ProposalList.tsx';
import { t } from '../../i18n.ts';
import { HelpSlipButton } from '../PrintSheets.tsx';
import type { GoTo } from './cardScreen.ts';

export function CardOwnPost(props: { card: CardSession; live: LiveSession; postId: string; go: GoTo }) {
  const post = useLiveQuery(() => props.card.db.posts.get(props.postId), undefined);
  const responders = props.live.select(() => respondersTo(props.card, props.postId));
  const help = props.live.select(() => helpTextOf(props.card));
  const [problem, setProblem] = createSignal<string | null>(null);
  const close = async () => {
    const result = await props.card.closePost(props.postId, 'done');
    if (result.ok) props.go({ view: 'home' });
    else setProblem(problemText(result));
  };
  return (
    <Show when={post()} fallback={<p>{t('common.loading')}</p>}>
      {(row) => (
        <>
          <h1 id="card-title" tabindex="-1">
            <Pictogram name={pictogramOf(row().category)} />
            {row().title}
          </h1>
          <p>{row().kind === 'request' ? t('card.yourRequest') : t('card.yourOffer')}</p>
          <h2>{t('exchange.responses')}</h2>
          <Show when={responders().length > 0} fallback={<p>{t('card.noResponses')}</p>}>
            <For each={responders()}>
              {(other) => <Response card={props.card} live={props.live} post={row()} other={other} />}
            </For>
          </Show>
          <div class="kiosk-choices">
            <HelpSlipButton post={row()} network={props.card.record.name} help={help()} />
            <button type="button" class="button secondary" onClick={() => void close()}>
              {t('post.closeDone')}
            </button>
          </div>
          <ProblemMessage text={problem()} />
          <button type="button" class="button secondary kiosk-back" onClick={() => props.go({ view: 'home' })}>
            {t('common.back')}
          </button>
        </>
      )}
    </Show>
  );
}

function Response(props: { card: CardSession; live: LiveSession; post: PostRow; other: string }) {
  // Shown once the neighbour and what they said are read: no "Een buur" or no words first.
  const otherRow = useLiveQuery<MemberRow | undefined | null>(() => props.card.db.members.get(props.other), null);
  const otherName = () => otherRow()?.name || t('common.someone');
  const statePost = props.live.select(() => postById(props.card, props.post.id));
  const match = props.live.select(() => {
    const post = statePost();
    return post ? matchWith(props.card, post, props.other) : null;
  });
  const messages = useLiveQuery<Awaited<ReturnType<typeof conversationRows>> | undefined>(
    () => conversationRows(props.card.db, props.card.me, props.other, props.post.id),
    undefined,
  );
  const said = createMemo(() =>
    (messages() ?? [])
      .filter((m) => m.from === props.other)
      .map((m) => props.card.exchange.readMessage(m) ?? t('messages.unreadable')),
  );
  return (
    <Show when={otherRow() !== null && messages() !== undefined}>
      <section
        class="card kiosk-response"
        data-testid="card-response"
        aria-label={t('exchange.with', { name: otherName() })}
      >
        <h3>{t('card.wantsToHelp', { name: otherName() })}</h3>
        <For each={said()}>{(text) => <p class="kiosk-said">“{text}”</p>}</For>
        <Show when={statePost()}>
          {(post) => (
            <MatchAnswer
              party={props.card}
              post={post()}
              other={props.other}
              otherName={otherName()}
              match={match()}
              look="kiosk"
            />
          )}
        </Show>
        <ProposalList
          party={props.card}
          live={props.live}
          postId={props.post.id}
          other={props.other}
          otherName={otherName()}
          look="kiosk"
        />
      </section>
    </Show>
  );
}
