// The report for funders and the neighbourhood: what the network did month by month, as
// charts with a table next to each, printable, and as a CSV. Only aggregate figures:
// never a name, never a per-person figure, small counts shown as "< 5" (src/core/state/report.ts).
import { createMemo, createResource, For, Match, Show, Switch } from 'solid-js';
import {
  type Figure,
  type Hours,
  type MonthFigures,
  type Report,
  type ReportCsvWords,
  reportCsvText,
  reportOf,
  togetherReportOf,
} from '../../data/coordinator/index.ts';
import { deviceDatabase } from '../../data/devices/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { isCoordinator, memberRoomOpen } from '../../data/session/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { followSession, openSession } from '../app/session.ts';
import { categoryLabel } from '../board/categories.ts';
import { BrowserSupport } from '../common/BrowserSupport.tsx';
import { Guarded } from '../common/Guarded.tsx';
import { PageHeader } from '../common/header/PageHeader.tsx';
import { downloadCsv } from '../format/download.ts';
import { dateText, hoursText } from '../format/formatHours.ts';
import { coordinatorLink, memberLinks } from '../format/memberLinks.ts';
import { language, t, wantOfficeTexts } from '../i18n.ts';
import { SurveyResultView } from '../together/SurveyResultView.tsx';
import { type Bar, BarChart } from './BarChart.tsx';
import { TogetherFigures } from './TogetherFigures.tsx';

// This page shows the office's texts (ui/i18n.ts): here before it starts, so it never shows a key.
await wantOfficeTexts();

export function ReportApp() {
  return (
    <BrowserSupport>
      <ReportPage />
    </BrowserSupport>
  );
}

function ReportPage() {
  const [session] = createResource(async () => {
    const record = await deviceDatabase.currentNetwork();
    return record && record.role !== 'newcomer' ? openSession(record) : null;
  });
  return (
    <Guarded page>
      <Switch fallback={<p class="page">{t('common.loading')}</p>}>
        <Match when={session()}>{(open) => <ReportView session={open()} />}</Match>
        <Match when={session.state === 'ready'}>
          <PageHeader />
          <main id="main" class="page">
            <h1>{t('report.title')}</h1>
            <p>{t('report.noNetwork')}</p>
          </main>
        </Match>
      </Switch>
    </Guarded>
  );
}

function countText(figure: Figure): string {
  return figure.kind === 'count' ? String(figure.value) : figure.kind === 'few' ? t('report.few') : t('report.hidden');
}

function hoursOf(hours: Hours): string {
  return hours.kind === 'minutes' ? hoursText(hours.value) : t('report.hidden');
}

/** "2026-03" as "mrt 2026" / "Mar 2026". */
function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(language(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year ?? 2000, (number ?? 1) - 1, 1),
    );
  } catch (error) {
    // A month no calendar can show (a hostile entry's time): shown as it came.
    console.warn('a month that cannot be shown:', month, error);
    return month;
  }
}

interface Measure {
  id: string;
  title: MessageKey;
  bars: (month: MonthFigures) => Bar;
}

const countBar = (pick: (month: MonthFigures) => Figure) => (month: MonthFigures) => {
  const figure = pick(month);
  return {
    label: monthLabel(month.month),
    value: figure.kind === 'count' ? figure.value : null,
    text: countText(figure),
  };
};

const measures: Measure[] = [
  { id: 'members', title: 'report.members', bars: countBar((m) => m.members) },
  { id: 'active', title: 'report.activeMembers', bars: countBar((m) => m.activeMembers) },
  { id: 'new', title: 'report.newMembers', bars: countBar((m) => m.newMembers) },
  { id: 'exchanges', title: 'report.exchanges', bars: countBar((m) => m.exchanges) },
  {
    id: 'hours',
    title: 'report.hours',
    bars: (month) => ({
      label: monthLabel(month.month),
      value: month.hours.kind === 'minutes' ? month.hours.value : null,
      text: hoursOf(month.hours),
    }),
  },
  { id: 'reciprocal', title: 'report.reciprocal', bars: countBar((m) => m.reciprocal) },
];

function csvWords(): ReportCsvWords {
  return {
    month: t('report.month'),
    members: t('report.members'),
    newMembers: t('report.newMembers'),
    activeMembers: t('report.activeMembers'),
    exchanges: t('report.exchanges'),
    hours: t('report.hours'),
    reciprocal: t('report.reciprocal'),
    other: t('report.other'),
    few: t('report.few'),
    hidden: t('report.hidden'),
  };
}

function ReportView(props: { session: NetworkSession }) {
  const live = followSession(props.session);
  const report = live.select((view) => reportOf(view));
  const together = live.select((view) => togetherReportOf(view));
  const coordinator = live.select(isCoordinator);
  return (
    <>
      <PageHeader
        network={props.session.record.name}
        links={memberLinks('board')}
        side={coordinatorLink('board', coordinator())}
        status={live.status}
      />
      <main id="main" class="page wide printable">
        <h1>{t('report.title')}</h1>
        <Show when={memberRoomOpen(live.phase()) && report()} fallback={<p>{t('common.loading')}</p>}>
          {(shown) => <Figures report={shown()} />}
        </Show>
        <Show when={memberRoomOpen(live.phase()) && report() && together()}>
          {(shown) => <TogetherFigures report={shown()} made={report()?.made ?? Date.now()} />}
        </Show>
      </main>
    </>
  );
}

function Figures(props: { report: Report }) {
  const months = () => props.report.months;
  // The last month with any exchange shown by category: the chart of kinds of help.
  const categoryMonth = createMemo(
    () =>
      [...months()].reverse().find((month) => month.categories.some((c) => c.exchanges.kind === 'count')) ??
      months().at(-1),
  );
  const download = () => {
    downloadCsv(
      `${t('report.fileName')}-${props.report.made ? new Date(props.report.made).toISOString().slice(0, 10) : ''}.csv`,
      reportCsvText(props.report, csvWords()),
    );
  };
  return (
    <>
      <p data-testid="report-network">
        {t('report.intro', { name: props.report.network, date: dateText(props.report.made) })}
      </p>
      <p class="hint">{t('report.privacy')}</p>
      <p class="hint" data-testid="report-closed-only">
        {t('report.closedOnly')}
      </p>
      <div class="actions no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <button type="button" class="button secondary" onClick={download}>
          {t('report.csv')}
        </button>
      </div>
      <Show when={props.report.stories.length > 0}>
        <section class="report-stories" aria-labelledby="report-stories-title" data-testid="report-stories">
          <h2 id="report-stories-title">{t('report.stories')}</h2>
          <p class="hint">{t('report.storiesIntro')}</p>
          <For each={props.report.stories}>
            {(story) => (
              <article class="card" data-testid="report-story">
                <h3 dir="auto">{story.title}</h3>
                <p class="post-text" dir="auto">
                  {story.text}
                </p>
                <Show when={story.names}>
                  {(names) => <p class="meta">{t('report.storyWith', { names: names().join(', ') })}</p>}
                </Show>
              </article>
            )}
          </For>
        </section>
      </Show>
      <Show when={props.report.surveys.length > 0}>
        <section class="report-surveys" aria-labelledby="report-surveys-title" data-testid="report-surveys">
          <h2 id="report-surveys-title">{t('survey.report')}</h2>
          <p class="hint">{t('survey.reportIntro')}</p>
          <For each={props.report.surveys}>{(result) => <SurveyResultView result={result} heading="h3" />}</For>
        </section>
      </Show>
      <Show when={months().length > 0} fallback={<p>{t('report.empty')}</p>}>
        <For each={measures}>
          {(measure) => (
            <section
              class="report-figure"
              aria-labelledby={`report-${measure.id}`}
              data-testid={`report-${measure.id}`}
            >
              <h2 id={`report-${measure.id}`}>{t(measure.title)}</h2>
              <div class="chart-and-table">
                <BarChart bars={months().map(measure.bars)} testid={`chart-${measure.id}`} />
                <table class="table figures">
                  <caption class="visually-hidden">{t(measure.title)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.month')}</th>
                      <th scope="col">{t(measure.title)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={months()}>
                      {(month) => {
                        const bar = measure.bars(month);
                        return (
                          <tr data-testid="report-row" data-month={month.month}>
                            <th scope="row">{bar.label}</th>
                            <td data-testid="report-value">{bar.text}</td>
                          </tr>
                        );
                      }}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </For>
        <Show when={categoryMonth()}>
          {(month) => (
            <section class="report-figure" aria-labelledby="report-categories" data-testid="report-categories">
              <h2 id="report-categories">{t('report.categories', { month: monthLabel(month().month) })}</h2>
              <div class="chart-and-table">
                <BarChart
                  testid="chart-categories"
                  bars={month().categories.map((c) => ({
                    label: categoryLabel(c.category === 'other' ? t('report.other') : c.category),
                    value: c.exchanges.kind === 'count' ? c.exchanges.value : null,
                    text: countText(c.exchanges),
                  }))}
                />
                <table class="table figures">
                  <caption class="visually-hidden">
                    {t('report.categories', { month: monthLabel(month().month) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.category')}</th>
                      <th scope="col">{t('report.exchanges')}</th>
                      <th scope="col">{t('report.hours')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={month().categories}>
                      {(c) => (
                        <tr data-testid="report-category">
                          <th scope="row">{c.category === 'other' ? t('report.other') : categoryLabel(c.category)}</th>
                          <td>{countText(c.exchanges)}</td>
                          <td>{hoursOf(c.hours)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </Show>
      </Show>
    </>
  );
}
