// The hours proposed on one exchange and where each stands (sent, confirmed, paid, with the
// thanks that came with it), and the confirm for the one who receives the help: on the
// member's page and, in large type with read-aloud, at the kiosk.
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { type Proposal, proposalsWith, thanksFor } from '../../data/exchange/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { ReadAloud } from '../kiosk/ReadAloud.tsx';
import type { ExchangeParty, Look } from './party.ts';

export function ProposalList(props: {
  party: ExchangeParty;
  live: LiveSession;
  postId: string;
  other: string;
  otherName: string;
  look: Look;
}) {
  const proposals = props.live.select(() => proposalsWith(props.party, props.postId, props.other));
  const thanks = (proposal: string) => props.live.select(() => thanksFor(props.party, proposal))();
  const me = () => props.party.memberKey;
  const statusId = () => (props.look === 'kiosk' ? 'card-hours' : 'proposal-status');
  const nameOf = (key: string) => (key === me() ? t('common.you') : props.otherName);
  return (
    <For each={proposals()}>
      {({ proposal, status }) => (
        <div class="proposal" data-testid="proposal">
          <Switch>
            <Match when={status === 'paid'}>
              <p role="status" data-testid={statusId()}>
                {t('hours.paid', { hours: hoursText(proposal.minutes) })}
              </p>
              <For each={thanks(proposal.id)}>
                {(said) => <p>{t('hours.thanked', { name: nameOf(said.from), text: said.text })}</p>}
              </For>
            </Match>
            <Match when={status === 'confirmed'}>
              <p role="status" data-testid={statusId()}>
                {t('hours.confirmedWaiting', { name: nameOf(proposal.payer) })}
              </p>
            </Match>
            <Match when={proposal.author === me()}>
              <p role="status" data-testid={statusId()}>
                {t('hours.waitingConfirm', { hours: hoursText(proposal.minutes), name: props.otherName })}
              </p>
            </Match>
            <Match when={true}>
              <ConfirmHours
                party={props.party}
                proposal={proposal}
                otherName={props.otherName}
                look={props.look}
                statusId={statusId()}
              />
            </Match>
          </Switch>
        </div>
      )}
    </For>
  );
}

/** Confirming hours someone proposed: with a word of thanks on a page, one big button at the kiosk. */
function ConfirmHours(props: {
  party: ExchangeParty;
  proposal: Proposal;
  otherName: string;
  look: Look;
  statusId: string;
}) {
  const [thanks, setThanks] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const id = `thanks-${props.proposal.id.slice(0, 8)}`;
  const said = () =>
    t('hours.proposal', { name: props.otherName, hours: hoursText(props.proposal.minutes), what: props.proposal.what });
  const confirm = async () => {
    setProblem(null);
    const result = await props.party.exchange.confirmHours(props.proposal.id, thanks());
    // Already paid from another screen: the status says so; nothing went wrong.
    if (!result.ok && result.problem !== 'not-needed') setProblem(problemText(result));
  };
  return (
    <>
      <p data-testid={props.statusId}>{said()}</p>
      <Show
        when={props.look === 'page'}
        fallback={
          <>
            <ReadAloud text={said()} />
            <button type="button" class="button kiosk-big" onClick={() => void confirm()}>
              {t('hours.confirm')}
            </button>
          </>
        }
      >
        <label for={id}>{t('hours.thanks')}</label>
        <textarea id={id} rows="2" value={thanks()} onInput={(event) => setThanks(event.currentTarget.value)} />
        <button type="button" class="button" onClick={() => void confirm()}>
          {t('hours.confirm')}
        </button>
      </Show>
      <ProblemMessage text={problem()} />
    </>
  );
}
