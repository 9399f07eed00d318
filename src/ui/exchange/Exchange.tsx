// One exchange on a post, between its author and one responder: both say yes (or either
// says no, no reason needed), they talk privately, and afterwards record the hours.
import { Show } from 'solid-js';
import type { Post } from '../../data/exchange/index.ts';
import { matchWith } from '../../data/exchange/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MemberRow } from '../../data/store/index.ts';
import type { LiveSession } from '../app/session.ts';
import { t } from '../i18n.ts';
import { ProfileSummary } from '../profile/ProfileSummary.tsx';
import { TooMuch } from '../profile/TooMuch.tsx';
import { GroupHoursForm } from '../together/GroupHoursForm.tsx';
import { Conversation } from './Conversation.tsx';
import { ExchangeHours } from './ExchangeHours.tsx';
import { MatchAnswer } from './MatchAnswer.tsx';
import { RecurringHelp } from './RecurringHelp.tsx';

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
  const titleId = `exchange-${props.other.slice(0, 8)}`;

  return (
    <section class="card exchange" aria-labelledby={titleId} data-testid="exchange">
      <h3 id={titleId}>{t('exchange.with', { name: otherName() })}</h3>
      <Show when={iAmAuthor()}>
        <ProfileSummary member={props.members().get(props.other)} />
      </Show>
      <MatchAnswer
        party={props.session}
        post={props.post}
        other={props.other}
        otherName={otherName()}
        match={match()}
        look="page"
      />
      <Conversation
        session={props.session}
        post={props.post}
        other={props.other}
        otherName={otherName()}
        {...(props.readBefore === undefined ? {} : { readBefore: props.readBefore })}
      />
      <Show when={match()?.agreed}>
        <ExchangeHours
          session={props.session}
          live={props.live}
          post={props.post}
          other={props.other}
          otherName={otherName()}
        />
        <RecurringHelp session={props.session} live={props.live} postId={props.post.id} other={props.other} />
        <GroupHoursForm
          session={props.session}
          members={props.members}
          other={props.other}
          post={props.post.id}
          what={props.post.title}
        />
      </Show>
      <TooMuch session={props.session} postId={props.post.id} />
    </section>
  );
}
