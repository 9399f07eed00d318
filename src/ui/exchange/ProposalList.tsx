// The hours proposed on one exchange and where each stands (sent, confirmed, paid, with the
// thanks that came with it), and the confirm for the one who receives the help: on the
// member's page and, in large type with read-aloud, at the kiosk.
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { type Proposal, type ProposalStatus, proposalsWith, thanksFor } from '../../data/exchange/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { useDraft } from '../app/useDraft.ts';
import { KeyedFor } from '../common/KeyedFor.tsx';
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
  // Kept by id: a list of the objects made anew at every change would make each confirm anew,
  // losing a word of thanks being typed (and a click just after sent the hours without it).
  return (
    <KeyedFor each={proposals()} by={({ proposal }) => proposal.id}>
      {(item) => (
        <div class="proposal" data-testid="proposal">
          <ProposalState
            party={props.party}
            proposal={item().proposal}
            status={item().status}
            otherName={props.otherName}
            look={props.look}
            statusId={statusId()}
            thanked={() =>
              thanks(item().proposal.id).map((said) => t('hours.thanked', { name: nameOf(said.from), text: said.text }))
            }
            nameOf={nameOf}
          />
        </div>
      )}
    </KeyedFor>
  );
}

/** Where one proposal stands, or its confirm for the one who receives the help. */
function ProposalState(props: {
  party: ExchangeParty;
  proposal: Proposal;
  status: ProposalStatus;
  otherName: string;
  look: Look;
  statusId: string;
  thanked: () => string[];
  nameOf: (key: string) => string;
}) {
  return (
    <Switch>
      <Match when={props.status === 'paid'}>
        <p role="status" data-testid={props.statusId}>
          {t('hours.paid', { hours: hoursText(props.proposal.minutes) })}
        </p>
        <For each={props.thanked()}>{(line) => <p>{line}</p>}</For>
      </Match>
      <Match when={props.status === 'confirmed'}>
        <p role="status" data-testid={props.statusId}>
          {t('hours.confirmedWaiting', { name: props.nameOf(props.proposal.payer) })}
        </p>
      </Match>
      <Match when={props.proposal.author === props.party.memberKey}>
        <p role="status" data-testid={props.statusId}>
          {t('hours.waitingConfirm', { hours: hoursText(props.proposal.minutes), name: props.otherName })}
        </p>
      </Match>
      <Match when={true}>
        <ConfirmHours
          party={props.party}
          proposal={props.proposal}
          otherName={props.otherName}
          look={props.look}
          statusId={props.statusId}
        />
      </Match>
    </Switch>
  );
}

/**
 * Confirming hours someone proposed: with a word of thanks on a page (kept as a draft, so a
 * reload loses nothing), one big button at the kiosk (which keeps nothing of a card member).
 */
function ConfirmHours(props: {
  party: ExchangeParty;
  proposal: Proposal;
  otherName: string;
  look: Look;
  statusId: string;
}) {
  const draft = useDraft(`thanks-${props.proposal.id}`, { thanks: '' });
  const [problem, setProblem] = createSignal<string | null>(null);
  const id = `thanks-${props.proposal.id.slice(0, 8)}`;
  const said = () =>
    t('hours.proposal', { name: props.otherName, hours: hoursText(props.proposal.minutes), what: props.proposal.what });
  const confirm = async () => {
    setProblem(null);
    const thanks = props.look === 'page' ? draft.value().thanks : '';
    const result = await props.party.exchange.confirmHours(props.proposal.id, thanks);
    if (result.ok) void draft.clear();
    // Already paid from another screen: the status says so; nothing went wrong.
    else if (result.problem !== 'not-needed') setProblem(problemText(result));
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
        <textarea
          id={id}
          rows="2"
          value={draft.value().thanks}
          onInput={(event) => draft.update({ thanks: event.currentTarget.value })}
        />
        <button type="button" class="button" onClick={() => void confirm()}>
          {t('hours.confirm')}
        </button>
      </Show>
      <ProblemMessage text={problem()} />
    </>
  );
}
