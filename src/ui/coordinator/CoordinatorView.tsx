// The coordinator's sections for an open session: its own module, which CoordinatorApp
// loads only for a device that knows a network, so a visit without one (it says "not a
// coordinator") never downloads the sync stack and the sections.
import { For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { isCoordinator } from '../../data/session/memberSelectors.ts';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import { memberRoomOpen } from '../../data/session/SessionPhase.ts';
import { followSession } from '../app/session.ts';
import { PageHeader } from '../common/PageHeader.tsx';
import { memberLinks } from '../format/memberLinks.ts';
import { t } from '../i18n.ts';
import { SectionCard } from './SectionCard.tsx';
import { coordinatorSections } from './sections.ts';

export { openSession } from '../app/session.ts';

export function Coordinator(props: { session: NetworkSession }) {
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
