// A newcomer opens an invite: a plain welcome, the house rules, a short request, and then
// an honest "waiting for the coordinator" until the answer comes.
import { createResource, Match, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { ParsedInvite } from '../../core/InviteLink.ts';
import { deviceDatabase } from '../../data/devices/index.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { t } from '../i18n.ts';

export function JoinApp() {
  return (
    <BrowserSupport>
      <Join />
    </BrowserSupport>
  );
}

/** An empty fragment holds no invite: saying so needs none of the invite's hashing and encoding. */
async function inviteIn(fragment: string): Promise<ParsedInvite> {
  if (fragment === '' || fragment === '#') return { kind: 'none' };
  const { parseInvite } = await import('../../core/InviteLink.ts');
  return parseInvite(fragment);
}

function Join() {
  const [invite] = createResource(() => inviteIn(location.hash));
  // The lobby's page and the sync stack (JoinLobby.tsx) load only when there is a lobby to open.
  const [session] = createResource(invite, async (parsed) => {
    if (parsed.kind === 'invite') {
      const { Lobby, openSession, takeInvite } = await import('./JoinLobby.tsx');
      return { Lobby, session: await openSession(await takeInvite(deviceDatabase, parsed.invite)) };
    }
    // Without an invite in the link: the network this device asked to join before.
    const current = await deviceDatabase.currentNetwork();
    if (current?.role !== 'newcomer') return null;
    const { Lobby, openSession } = await import('./JoinLobby.tsx');
    return { Lobby, session: await openSession(current) };
  });

  return (
    <Guarded page>
      <Switch fallback={<Plain text={t('common.loading')} />}>
        <Match when={invite()?.kind === 'damaged'}>
          <Plain text={t('join.damaged')} alert />
        </Match>
        <Match when={session()}>{(open) => <Dynamic component={open().Lobby} session={open().session} />}</Match>
        <Match when={session.state === 'ready' && !session()}>
          <Plain text={t('join.none')} />
        </Match>
      </Switch>
    </Guarded>
  );
}

function Plain(props: { text: string; alert?: boolean }) {
  return (
    <>
      <PageHeader />
      <main id="main" class="page">
        <h1>{t('join.title')}</h1>
        <p class={props.alert ? 'problem' : undefined} role={props.alert ? 'alert' : undefined}>
          {props.text}
        </p>
      </main>
    </>
  );
}
