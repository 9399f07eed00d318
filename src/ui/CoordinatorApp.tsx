// The coordinator's laptop: a short menu and the sections of src/ui/coordinator, each a
// card of its own (invite, requests, what is worth a look, members, outreach, board,
// hours, pot, audit log, settings, export, import). Reads the network; the rules stay in core.
import { createResource, For, Match, Show, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { deviceDatabase } from '../data/DeviceDatabase.ts';
import { isCoordinator } from '../data/memberSelectors.ts';
import type { NetworkSession } from '../data/NetworkSession.ts';
import { memberRoomOpen } from '../data/SessionPhase.ts';
import { BrowserSupport } from './BrowserSupport.tsx';
import { SectionCard } from './coordinator/SectionCard.tsx';
import { coordinatorSections } from './coordinator/sections.ts';
import { Guarded } from './Guarded.tsx';
import { t } from './i18n.ts';
import { memberLinks } from './memberLinks.ts';
import { PageHeader } from './PageHeader.tsx';
import { followSession, openSession } from './session.ts';

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
  const name = live.select((view) => view.record.name);
  return (
    <>
      <PageHeader network={name()} links={memberLinks('coordinator', true)} status={live.status} />
      <main id="main" class="page wide">
        <h1>{t('coord.title')}</h1>
        <Show when={memberRoomOpen(live.phase())} fallback={<p>{t('common.loading')}</p>}>
          <Show when={coordinator()} fallback={<p>{t('coord.notCoordinator')}</p>}>
            <nav aria-label={t('toolkit.onThisPage')} class="toolkit-menu">
              <ul>
                <For each={coordinatorSections}>
                  {(section) => (
                    <li>
                      <a href={`#${section.id}`}>{t(section.title)}</a>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
            <For each={coordinatorSections}>
              {(section) => (
                <SectionCard id={section.id} title={t(section.title)}>
                  <Dynamic component={section.component} session={props.session} live={live} />
                </SectionCard>
              )}
            </For>
          </Show>
        </Show>
      </main>
    </>
  );
}
