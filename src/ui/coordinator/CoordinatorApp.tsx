// The coordinator's laptop: "Vandaag" (what waits) first, and the sections of
// src/ui/coordinator each a page of its own behind a menu (invite, requests, what is worth a
// look, members, outreach, board, hours, pot, audit log, settings, export, import). Reads
// the network; the rules stay in core.
import { createResource, Match, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { deviceDatabase } from '../../data/devices/index.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { t, wantOfficeTexts } from '../i18n.ts';

// This page shows the office's texts (ui/i18n.ts): here before it starts, so it never shows a key.
await wantOfficeTexts();

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
    if (!record || record.role === 'newcomer') return null;
    // The sections and the sync stack (CoordinatorView.tsx) only where there is a network.
    const { openSession, Coordinator } = await import('./CoordinatorView.tsx');
    return { session: await openSession(record), Coordinator };
  });
  return (
    <Guarded page>
      <Switch fallback={<Message text={t('common.loading')} />}>
        <Match when={session()}>{(open) => <Dynamic component={open().Coordinator} session={open().session} />}</Match>
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
