// The coordinator's laptop: invite people, answer join requests, see everyone's hours and
// what is worth a look. Reads the network; the rules stay in core.
import QRCode from 'qrcode';
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import {
  flagLines,
  type JoinDetails,
  moreRequests,
  type WaitingRequest,
  waitingRequests,
} from '../data/coordinatorSelectors.ts';
import { deviceDatabase } from '../data/DeviceDatabase.ts';
import { inviteFragment } from '../data/foundNetwork.ts';
import { houseRulesOf, isCoordinator } from '../data/memberSelectors.ts';
import type { NetworkSession } from '../data/NetworkSession.ts';
import { memberRoomOpen } from '../data/SessionPhase.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { BrowserSupport } from './BrowserSupport.tsx';
import { CoordinatorSignals } from './CoordinatorSignals.tsx';
import { categoryLabel } from './categories.ts';
import { CardMembers } from './coordinator/CardMembers.tsx';
import { KioskSetup } from './coordinator/KioskSetup.tsx';
import { hoursText, signedHours } from './formatHours.ts';
import { Guarded } from './Guarded.tsx';
import { t } from './i18n.ts';
import { MoveMember } from './MoveMember.tsx';
import { memberLinks } from './memberLinks.ts';
import { PageHeader } from './PageHeader.tsx';
import { ProblemMessage } from './ProblemMessage.tsx';
import { problemText } from './problemText.ts';
import { followSession, type LiveSession, openSession } from './session.ts';
import { useLiveQuery } from './useLiveQuery.ts';

export function CoordinatorApp() {
  return (
    <BrowserSupport>
      <CoordinatorPage />
    </BrowserSupport>
  );
}

function CoordinatorPage() {
  const [session] = createResource(async () => {
    const record = await deviceDatabase.currentNetwork();
    return record && record.role !== 'newcomer' ? openSession(record) : null;
  });
  return (
    <Guarded page>
      <Switch fallback={<Message text={t('common.loading')} />}>
        <Match when={session()}>{(open) => <Coordinator session={open()} />}</Match>
        <Match when={session.state === 'ready'}>
          <Message text={t('coord.notCoordinator')} />
        </Match>
      </Switch>
    </Guarded>
  );
}

function Message(props: { text: string }) {
  return (
    <>
      <PageHeader />
      <main id="main" class="page">
        <h1>{t('coord.title')}</h1>
        <p>{props.text}</p>
      </main>
    </>
  );
}

function Coordinator(props: { session: NetworkSession }) {
  const live = followSession(props.session);
  const coordinator = live.select(isCoordinator);
  return (
    <>
      <PageHeader network={props.session.record.name} links={memberLinks('coordinator', true)} status={live.status} />
      <main id="main" class="page wide">
        <h1>{t('coord.title')}</h1>
        <Show when={memberRoomOpen(live.phase())} fallback={<p>{t('common.loading')}</p>}>
          <Show when={coordinator()} fallback={<p>{t('coord.notCoordinator')}</p>}>
            <Invite session={props.session} live={live} />
            <Requests session={props.session} live={live} />
            <Flags live={live} />
            <CoordinatorSignals session={props.session} live={live} />
            <Members session={props.session} />
            <MoveMember session={props.session} />
            <KioskSetup session={props.session} live={live} />
            <CardMembers session={props.session} live={live} />
          </Show>
        </Show>
      </main>
    </>
  );
}

function Invite(props: { session: NetworkSession; live: LiveSession }) {
  const rules = props.live.select(houseRulesOf);
  const link = `${location.origin}/join/${inviteFragment(props.session.record)}`;
  const [qr] = createResource(() => QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }));
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  };
  const name = props.session.record.name;
  const qrImage = () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr() ?? '')}`;
  return (
    <section aria-labelledby="invite-title" class="card">
      <h2 id="invite-title">{t('coord.invite')}</h2>
      <p>{t('coord.inviteHint')}</p>
      <label for="invite-link">{t('coord.inviteLink')}</label>
      <input id="invite-link" class="invite-link" readOnly value={link} data-testid="invite-link" />
      <div class="actions">
        <button type="button" class="button secondary" onClick={() => void copy()}>
          {t('coord.copy')}
        </button>
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('coord.print')}
        </button>
      </div>
      <Show when={copied()}>
        <p role="status">{t('coord.copied')}</p>
      </Show>
      <Show when={qr()}>
        <img class="qr" src={qrImage()} alt={t('coord.qr', { name })} width="220" height="220" />
        <div class="poster" aria-hidden="true">
          <h1>{t('poster.title', { name })}</h1>
          <p>{t('poster.body')}</p>
          <img src={qrImage()} alt="" width="420" height="420" />
          <p class="poster-rules">{rules()}</p>
        </div>
      </Show>
    </section>
  );
}

function Requests(props: { session: NetworkSession; live: LiveSession }) {
  const requests = props.live.select(waitingRequests);
  const more = props.live.select(moreRequests);
  return (
    <section aria-labelledby="requests-title" class="card">
      <h2 id="requests-title">{t('coord.requests')}</h2>
      <Show when={requests().length > 0} fallback={<p>{t('coord.noRequests')}</p>}>
        <ul class="list" data-testid="join-requests">
          <For each={requests()}>
            {(request) => (
              <Guarded>
                <Request session={props.session} {...request} />
              </Guarded>
            )}
          </For>
        </ul>
        <Show when={more() > 0}>
          <p class="hint" data-testid="more-requests">
            {t('coord.moreRequests', { count: more() })}
          </p>
        </Show>
      </Show>
    </section>
  );
}

function Request(props: { session: NetworkSession; join: WaitingRequest['join']; details: JoinDetails | null }) {
  const [declining, setDeclining] = createSignal(false);
  const [note, setNote] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const name = () => props.details?.name ?? t('common.someone');
  const admit = async () => {
    const result = await props.session.admission.admit(props.join.id);
    if (!result.ok) setProblem(problemText(result));
  };
  const decline = async () => {
    const result = await props.session.admission.decline(props.join.id, note());
    if (!result.ok) setProblem(problemText(result));
  };
  const noteId = `decline-note-${props.join.id.slice(0, 8)}`;
  return (
    <li class="item" data-testid="join-request">
      <Show when={props.details} fallback={<p>{t('coord.unreadable')}</p>}>
        {(details) => (
          <>
            <h3>{t('coord.request', { name: details().name, area: details().area || '—' })}</h3>
            <Show when={details().offers.length}>
              <p>{t('coord.requestOffers', { offers: details().offers.map(categoryLabel).join(', ') })}</p>
            </Show>
            <Show when={details().words}>
              <p>{t('coord.requestWords', { words: details().words })}</p>
            </Show>
            <Show when={details().contact}>
              <p>{t('coord.requestContact', { contact: details().contact })}</p>
            </Show>
          </>
        )}
      </Show>
      <div class="actions">
        <button type="button" class="button" onClick={() => void admit()}>
          {t('coord.admit')}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-expanded={declining()}
          onClick={() => setDeclining(!declining())}
        >
          {t('coord.decline')}
        </button>
      </div>
      <Show when={declining()}>
        <div class="field">
          <label for={noteId}>{t('coord.declineNote', { name: name() })}</label>
          <textarea id={noteId} rows="2" value={note()} onInput={(event) => setNote(event.currentTarget.value)} />
          <button type="button" class="button" onClick={() => void decline()}>
            {t('coord.declineSend')}
          </button>
        </div>
      </Show>
      <ProblemMessage text={problem()} />
    </li>
  );
}

function Flags(props: { live: LiveSession }) {
  const lines = props.live.select(flagLines);
  const flags = () =>
    lines().map((flag) => {
      const name = flag.name ?? t('common.someone');
      const key: MessageKey = flag.kind === 'over-limit' ? 'coord.flag.over-limit' : 'coord.flag.fork';
      return t(key, { name, hours: flag.kind === 'over-limit' ? hoursText(flag.balance) : '' });
    });
  return (
    <section aria-labelledby="flags-title" class="card">
      <h2 id="flags-title">{t('coord.flags')}</h2>
      <Show when={flags().length > 0} fallback={<p>{t('coord.noFlags')}</p>}>
        <ul class="list" data-testid="flags">
          <For each={flags()}>{(text) => <li class="item">{text}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}

function Members(props: { session: NetworkSession }) {
  const members = useLiveQuery(() => props.session.db.members.orderBy('name').toArray(), []);
  return (
    <section aria-labelledby="members-title" class="card">
      <h2 id="members-title">{t('coord.members')}</h2>
      <table class="table" data-testid="members">
        <thead>
          <tr>
            <th scope="col">{t('coord.memberName')}</th>
            <th scope="col">{t('coord.memberArea')}</th>
            <th scope="col">{t('coord.memberStatus')}</th>
            <th scope="col">{t('coord.memberBalance')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={members().filter((m) => m.status !== 'pending' && m.status !== 'declined')}>
            {(member) => (
              <tr data-testid="member-row">
                <th scope="row">{member.name || t('common.someone')}</th>
                <td>{member.area}</td>
                <td>
                  {t(`coord.status.${member.status}` as MessageKey)}
                  {member.roles.includes('coordinator') ? `, ${t('coord.role.coordinator')}` : ''}
                </td>
                <td data-testid="member-balance">{signedHours(member.balance)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
