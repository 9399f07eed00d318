// The hours of an agreed exchange on a member's page: the proposals and where they stand
// (shared with the kiosk), and a proposal of one's own while none is open.
import { createSignal, Show } from 'solid-js';
import type { Post } from '../../data/exchange/index.ts';
import { proposalsWith } from '../../data/exchange/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { createHoursInput, HoursFields, typedMinutes } from './HoursFields.tsx';
import { ProposalList } from './ProposalList.tsx';

export function ExchangeHours(props: {
  session: NetworkSession;
  live: LiveSession;
  post: Post;
  other: string;
  otherName: string;
}) {
  const proposals = props.live.select((view) => proposalsWith(view, props.post.id, props.other));
  const open = () => proposals().filter((p) => p.status !== 'paid');
  return (
    <div class="hours" data-testid="hours">
      <h4>{t('hours.title')}</h4>
      <ProposalList
        party={props.session}
        live={props.live}
        postId={props.post.id}
        other={props.other}
        otherName={props.otherName}
        look="page"
      />
      <Show when={open().length === 0}>
        <Propose session={props.session} post={props.post} other={props.other} />
      </Show>
    </div>
  );
}

function Propose(props: { session: NetworkSession; post: Post; other: string }) {
  const input = createHoursInput(props.post.title);
  const [problem, setProblem] = createSignal<string | null>(null);
  const prefix = `hours-${props.other.slice(0, 8)}`;
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const typed = typedMinutes(input);
    if ('problem' in typed) {
      setProblem(typed.problem);
      return;
    }
    const result = await props.session.exchange.proposeHours(props.post.id, props.other, typed.minutes, input.what());
    if (!result.ok) setProblem(problemText(result));
  };
  return (
    <form class="form compact" onSubmit={(event) => void send(event)} novalidate>
      <p class="hint">{t('hours.intro')}</p>
      <HoursFields input={input} prefix={prefix} />
      <ProblemMessage text={problem()} />
      <button type="submit" class="button">
        {t('hours.send')}
      </button>
    </form>
  );
}
