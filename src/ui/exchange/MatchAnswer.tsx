// Where the yes and no stand between this member and the other on a post, and their own
// yes or no while it is still theirs to give (no reason needed): on the member's page and,
// in large type, at the kiosk.
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { MatchState, Post } from '../../data/exchange/index.ts';
import { problemText } from '../app/problemText.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import type { ExchangeParty, Look } from './party.ts';

export function MatchAnswer(props: {
  party: ExchangeParty;
  post: Post;
  other: string;
  otherName: string;
  match: MatchState | null;
  look: Look;
}) {
  const kiosk = () => props.look === 'kiosk';
  const myYes = () =>
    props.post.author === props.party.memberKey ? props.match?.authorAccepted : props.match?.responderAccepted;
  const statusId = () => (kiosk() ? 'card-match' : 'match-status');
  const hintId = `decline-hint-${props.other.slice(0, 8)}`;
  const [problem, setProblem] = createSignal<string | null>(null);
  const decide = async (yes: boolean) => {
    setProblem(null);
    const result = await props.party.exchange.decide(props.post.id, props.other, yes);
    if (!result.ok) setProblem(problemText(result));
  };
  return (
    <>
      <Switch>
        <Match when={props.match?.agreed}>
          <p classList={{ notice: !kiosk() }} role="status" data-testid={statusId()}>
            {t('exchange.agreed')}
          </p>
        </Match>
        <Match when={props.match?.declined}>
          <p classList={{ notice: !kiosk() }} role="status" data-testid={statusId()}>
            {t('exchange.declined')}
          </p>
        </Match>
        <Match when={!myYes()}>
          {/* At the kiosk the heading already says who responded. */}
          <Show when={!kiosk()}>
            <p>{t('exchange.waiting', { name: props.otherName })}</p>
          </Show>
          <div classList={{ actions: !kiosk(), 'kiosk-choices': kiosk() }}>
            <button type="button" class="button" classList={{ 'kiosk-big': kiosk() }} onClick={() => void decide(true)}>
              {t('exchange.accept')}
            </button>
            <button
              type="button"
              class="button secondary"
              classList={{ 'kiosk-big': kiosk() }}
              onClick={() => void decide(false)}
              aria-describedby={hintId}
            >
              {t('exchange.decline')}
            </button>
          </div>
          <p class="hint" id={hintId}>
            {t('exchange.declineHint')}
          </p>
        </Match>
        <Match when={true}>
          <p role="status" data-testid={statusId()}>
            {t('exchange.responded', { name: props.otherName })}
          </p>
        </Match>
      </Switch>
      <ProblemMessage text={problem()} />
    </>
  );
}
