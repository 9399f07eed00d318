// The kiosk in the community centre: always on, big and plain. Until it is set up, it
// shows a pairing code for the coordinator's laptop; then the board, the way in for a
// member with a card, and signing up for a newcomer without a phone. It asks the browser to keep its storage, and reopens by itself after
// a reload or a power cut (the network is in its record, the relay reconnects by itself).
import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import { deviceDatabase, type NetworkRecord } from '../../data/devices/index.ts';
import type { CardSession } from '../../data/kiosk/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { logFailure } from '../app/logFailure.ts';
import { followSession, type LiveSession, openSession } from '../app/session.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { t, wantOfficeTexts } from '../i18n.ts';
import { CardLoginFlow } from './card/CardLoginFlow.tsx';
import { CardMemberArea } from './card/CardMemberArea.tsx';
import { idleLogoutMs, whenIdle } from './idleTimer.ts';
import { KioskBoard } from './KioskBoard.tsx';
import { KioskPairing } from './KioskPairing.tsx';
import { KioskSignUp } from './KioskSignUp.tsx';

// This page shows the office's texts (ui/i18n.ts): here before it starts, so it never shows a key.
await wantOfficeTexts();

export function KioskApp() {
  return (
    <BrowserSupport>
      <KioskPage />
    </BrowserSupport>
  );
}

function KioskPage() {
  const [record, { mutate }] = createResource(async () => {
    const current = await deviceDatabase.currentNetwork();
    return current?.role === 'kiosk' ? current : null;
  });
  return (
    <Guarded page>
      <div class="kiosk kiosk-wall">
        <Switch fallback={<p class="page">{t('common.loading')}</p>}>
          <Match when={record()}>{(open) => <KioskOpen record={open()} />}</Match>
          <Match when={record.state === 'ready'}>
            <PageHeader />
            <KioskPairing onReady={(ready) => mutate(ready)} />
          </Match>
        </Switch>
      </div>
    </Guarded>
  );
}

function KioskOpen(props: { record: NetworkRecord }) {
  // An always-on device: ask the browser not to clear its storage when space runs low.
  void navigator.storage?.persist?.().catch(logFailure('asking to keep storage failed', false));
  const [session] = createResource(() => openSession(props.record));
  return (
    <Show when={session()} fallback={<p class="page">{t('common.loading')}</p>}>
      {(open) => <Kiosk session={open()} />}
    </Show>
  );
}

function Kiosk(props: { session: NetworkSession }) {
  const live = followSession(props.session);
  const [card, setCard] = createSignal<CardSession | null>(null);
  const [loggingIn, setLoggingIn] = createSignal(false);
  const [signingUp, setSigningUp] = createSignal(false);
  // Forget the person: the card's keys are overwritten, their screens unmounted.
  const done = () => {
    card()?.logout();
    setCard(null);
    setLoggingIn(false);
    setSigningUp(false);
    window.scrollTo(0, 0);
  };
  onCleanup(done);
  return (
    <>
      <PageHeader network={props.session.record.name} status={live.status} />
      <Switch>
        <Match when={card()}>
          {(open) => <CardMemberArea card={open()} live={live} via={t('card.viaKiosk')} onDone={done} />}
        </Match>
        <Match when={loggingIn()}>
          <LoginWithTimeout session={props.session} onLogin={setCard} onCancel={done} />
        </Match>
        <Match when={signingUp()}>
          <SignUpWithTimeout session={props.session} live={live} onDone={done} />
        </Match>
        <Match when={true}>
          <KioskBoard
            session={props.session}
            live={live}
            onLogin={() => setLoggingIn(true)}
            onSignUp={() => setSigningUp(true)}
          />
        </Match>
      </Switch>
    </>
  );
}

function LoginWithTimeout(props: {
  session: NetworkSession;
  onLogin: (card: CardSession) => void;
  onCancel: () => void;
}) {
  whenIdle(idleLogoutMs, () => props.onCancel());
  return <CardLoginFlow session={props.session} onLogin={props.onLogin} onCancel={props.onCancel} />;
}

function SignUpWithTimeout(props: { session: NetworkSession; live: LiveSession; onDone: () => void }) {
  whenIdle(idleLogoutMs, () => props.onDone());
  return <KioskSignUp session={props.session} live={props.live} onDone={props.onDone} />;
}
