// The coordinator's pages for an open session: the menu at the side and one section at a
// time, "Vandaag" first. Its own module, which CoordinatorApp loads only for a device that
// knows a network, so a visit without one (it says "not a coordinator") never downloads the
// sync stack and the sections.
import { createEffect, on, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { todaySummary } from '../../data/coordinator/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { isCoordinator, memberRoomOpen } from '../../data/session/index.ts';
import { followSession } from '../app/session.ts';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { coordinatorLink, memberLinks } from '../format/memberLinks.ts';
import { t } from '../i18n.ts';
import { followDueAnswers } from '../together/answerPostman.ts';
import { CoordinatorMenu } from './CoordinatorMenu.tsx';
import { SectionCard } from './SectionCard.tsx';
import { useSectionRoute } from './sectionRoute.ts';
import { coordinatorSections } from './sections.ts';

export { openSession } from '../app/session.ts';

export function Coordinator(props: { session: NetworkSession }) {
  const live = followSession(props.session);
  const coordinator = live.select(isCoordinator);
  const name = live.select((view) => view.record.name);
  const summary = live.select((view) => todaySummary(view));
  const route = useSectionRoute();
  // A coordinator's own look back answer goes out from this page too (it is a member's).
  followDueAnswers(props.session, live);
  const section = () => coordinatorSections.find((shown) => shown.id === route()) ?? coordinatorSections[0];
  // After choosing a page, the keyboard and a screen reader go on at its heading.
  createEffect(
    on(route, (id) => queueMicrotask(() => document.getElementById(`${id}-title`)?.focus()), { defer: true }),
  );
  return (
    <>
      <PageHeader
        network={name()}
        links={memberLinks('coordinator')}
        side={coordinatorLink('coordinator', true)}
        status={live.status}
      />
      <main id="main" class="page wide">
        <h1 class="coord-title">{t('coord.title')}</h1>
        <Show when={memberRoomOpen(live.phase())} fallback={<p>{t('common.loading')}</p>}>
          <Show when={coordinator()} fallback={<p>{t('coord.notCoordinator')}</p>}>
            <div class="coord-layout">
              <CoordinatorMenu current={route()} summary={summary()} />
              <div class="coord-page">
                <Show when={section()} keyed>
                  {(shown) => (
                    <SectionCard id={shown.id} title={t(shown.title)}>
                      <Dynamic component={shown.component} session={props.session} live={live} />
                    </SectionCard>
                  )}
                </Show>
              </div>
            </div>
          </Show>
        </Show>
      </main>
    </>
  );
}
