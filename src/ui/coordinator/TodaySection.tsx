// "Vandaag": the coordinator's first page, what waits for them, each with its count and its
// action right here (welcome a newcomer) or one click away (the section's own page). When
// nothing waits, one calm line says so.
import { For, type JSX, Show } from 'solid-js';
import {
  flagLines,
  nameOf,
  outreachLines,
  requestPage,
  signalsToRead,
  todaySummary,
} from '../../data/coordinator/index.ts';
import { Guarded } from '../common/Guarded.tsx';
import { KeyedFor } from '../common/KeyedFor.tsx';
import { Pictogram, type PictogramName } from '../common/Pictogram.tsx';
import { timeText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';
import { flagText } from './people/FlagsSection.tsx';
import { Request } from './people/RequestsSection.tsx';
import type { SectionProps } from './Section.ts';
import { hrefOf } from './sectionPaths.ts';

/** How many of each kind the first page shows; the rest are one click away. */
const shownHere = 3;

export function TodaySection(props: SectionProps) {
  const summary = props.live.select((view) => todaySummary(view));
  const requests = props.live.select((view) => requestPage(view, '', shownHere).shown);
  const flags = props.live.select((view) => flagLines(view));
  const signals = props.live.select((view) =>
    signalsToRead(view)
      .slice(0, shownHere)
      .map((signal) => ({ ...signal, name: view.memberState ? nameOf(view.memberState, signal.from) : null })),
  );
  const outreach = props.live.select((view) => outreachLines(view).slice(0, shownHere));
  const otherFlags = () => flags().filter((flag) => flag.kind !== 'via-coordinator');
  const viaCoordinator = () => flags().filter((flag) => flag.kind === 'via-coordinator');
  return (
    <Show
      when={summary().total > 0}
      fallback={
        <>
          <p class="today-calm" data-testid="today-calm">
            {t('today.calm')}
          </p>
          <a class="today-more" href={hrefOf('invite')}>
            {t('today.invite')}
          </a>
        </>
      }
    >
      <div class="today">
        <Show when={summary().requests > 0}>
          <Waiting id="requests" pictogram="bezoek" title={t('today.requests')} count={summary().requests}>
            <ul class="list" data-testid="join-requests">
              <KeyedFor each={requests()} by={(r) => r.join.id}>
                {(request) => (
                  <Guarded>
                    <Request session={props.session} {...request()} />
                  </Guarded>
                )}
              </KeyedFor>
            </ul>
            <a class="today-more" href={hrefOf('requests')}>
              {t('today.allRequests', { count: summary().requests })}
            </a>
          </Waiting>
        </Show>
        <Show when={summary().signals > 0}>
          <Waiting id="signals" pictogram="bellen" title={t('today.signals')} count={summary().signals}>
            <ul class="today-lines">
              <For each={signals()}>
                {(signal) => (
                  <li data-testid="today-signal">
                    <span class="meta">
                      {t('me.signalFrom', { name: signal.name ?? t('common.someone'), time: timeText(signal.time) })}
                    </span>{' '}
                    <span class="post-text">{signal.text}</span>
                  </li>
                )}
              </For>
            </ul>
            <a class="today-more" href={hrefOf('signals')}>
              {t('today.allSignals')}
            </a>
          </Waiting>
        </Show>
        <Show when={summary().viaCoordinator > 0}>
          <Waiting id="via" pictogram="ask" title={t('today.via')} count={summary().viaCoordinator}>
            <ul class="today-lines">
              <For each={viaCoordinator().slice(0, shownHere)}>{(flag) => <li>{flagText(flag)}</li>}</For>
            </ul>
            <a class="today-more" href={hrefOf('flags')}>
              {t('today.suggestHelper')}
            </a>
          </Waiting>
        </Show>
        <Show when={summary().flags > 0}>
          <Waiting id="flags" pictogram="ask" title={t('today.flags')} count={summary().flags}>
            <ul class="today-lines">
              <For each={otherFlags().slice(0, shownHere)}>
                {(flag) => (
                  <li data-testid="today-flag" data-kind={flag.kind}>
                    {flagText(flag)}
                  </li>
                )}
              </For>
            </ul>
            <a class="today-more" href={hrefOf('flags')}>
              {t('today.allFlags')}
            </a>
          </Waiting>
        </Show>
        <Show when={summary().outreach > 0}>
          <Waiting id="outreach" pictogram="mantelzorg" title={t('today.outreach')} count={summary().outreach}>
            <p>
              {outreach()
                .map((line) => line.name ?? t('common.someone'))
                .join(', ')}
            </p>
            <a class="today-more" href={hrefOf('outreach')}>
              {t('today.allOutreach')}
            </a>
          </Waiting>
        </Show>
      </div>
    </Show>
  );
}

/** One kind of thing that waits: its heading with the count, what it is, and what to do. */
function Waiting(props: { id: string; pictogram: PictogramName; title: string; count: number; children: JSX.Element }) {
  return (
    <section class="today-item" data-testid={`today-${props.id}`} aria-labelledby={`today-${props.id}-title`}>
      <h3 id={`today-${props.id}-title`}>
        <Pictogram name={props.pictogram} /> {props.title}{' '}
        <span class="count-badge" data-testid="today-count">
          {props.count}
        </span>
      </h3>
      {props.children}
    </section>
  );
}
