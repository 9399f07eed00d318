// The together part of the report for funders (docs/protocol-together.md §8): activities
// held, people who took part, organisers' hours, plans decided and what they paid, and the
// plans with enough members in them to name. Only what src/core/state/togetherReport.ts
// lets through: closed months, "< 5" for small counts, hours only beside 5 people.
import { For, Show } from 'solid-js';
import type { Figure, Hours, TogetherCsvWords, TogetherReport } from '../../data/coordinator/index.ts';
import { togetherCsvText } from '../../data/coordinator/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { downloadCsv } from '../format/download.ts';
import { hoursText } from '../format/formatHours.ts';
import { language, t } from '../i18n.ts';

const columns: { title: MessageKey; shown: (month: TogetherReport['months'][number]) => Figure | Hours }[] = [
  { title: 'togetherReport.held', shown: (m) => m.held },
  { title: 'togetherReport.participants', shown: (m) => m.participants },
  { title: 'togetherReport.organiserHours', shown: (m) => m.organiserHours },
  { title: 'togetherReport.accepted', shown: (m) => m.accepted },
  { title: 'togetherReport.rejected', shown: (m) => m.rejected },
  { title: 'togetherReport.planHours', shown: (m) => m.planHours },
];

function shownText(value: Figure | Hours): string {
  if (value.kind === 'count') return String(value.value);
  if (value.kind === 'minutes') return hoursText(value.value);
  return value.kind === 'few' ? t('report.few') : t('report.hidden');
}

/** "2026-03" as "mrt 2026"; a month no calendar can show stays as it came. */
function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(language(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year ?? 2000, (number ?? 1) - 1, 1),
    );
  } catch {
    return month;
  }
}

function csvWords(): TogetherCsvWords {
  return {
    month: t('report.month'),
    held: t('togetherReport.held'),
    participants: t('togetherReport.participants'),
    organiserHours: t('togetherReport.organiserHours'),
    accepted: t('togetherReport.accepted'),
    rejected: t('togetherReport.rejected'),
    planHours: t('togetherReport.planHours'),
    plan: t('togetherReport.plan'),
    result: t('togetherReport.result'),
    yes: t('togetherReport.planAccepted'),
    no: t('togetherReport.planRejected'),
    members: t('togetherReport.planMembers'),
    paid: t('togetherReport.planPaid'),
    few: t('report.few'),
    hidden: t('report.hidden'),
  };
}

export function TogetherFigures(props: { report: TogetherReport; made: number }) {
  const download = () =>
    downloadCsv(
      `${t('togetherReport.fileName')}-${new Date(props.made).toISOString().slice(0, 10)}.csv`,
      togetherCsvText(props.report, csvWords()),
    );
  return (
    <Show when={props.report.months.length > 0}>
      <section class="report-figure" aria-labelledby="report-together" data-testid="report-together">
        <h2 id="report-together">{t('togetherReport.title')}</h2>
        <p class="hint">{t('togetherReport.intro')}</p>
        <div class="actions no-print">
          <button type="button" class="button secondary" onClick={download}>
            {t('togetherReport.csv')}
          </button>
        </div>
        <table class="table figures">
          <caption class="visually-hidden">{t('togetherReport.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.month')}</th>
              <For each={columns}>{(column) => <th scope="col">{t(column.title)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.months}>
              {(month) => (
                <tr data-testid="together-row" data-month={month.month}>
                  <th scope="row">{monthLabel(month.month)}</th>
                  <For each={columns}>
                    {(column) => (
                      <td data-testid={`together-${column.title.split('.')[1]}`}>{shownText(column.shown(month))}</td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={props.report.plans.length > 0}>
          <h3>{t('togetherReport.plans')}</h3>
          <p class="hint">{t('togetherReport.plansIntro')}</p>
          <table class="table figures" data-testid="together-plans">
            <thead>
              <tr>
                <th scope="col">{t('togetherReport.plan')}</th>
                <th scope="col">{t('report.month')}</th>
                <th scope="col">{t('togetherReport.result')}</th>
                <th scope="col">{t('togetherReport.planMembers')}</th>
                <th scope="col">{t('togetherReport.planPaid')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.report.plans}>
                {(plan) => (
                  <tr data-testid="together-plan">
                    <th scope="row" dir="auto">
                      {plan.title}
                    </th>
                    <td>{monthLabel(plan.month)}</td>
                    <td>{t(plan.accepted ? 'togetherReport.planAccepted' : 'togetherReport.planRejected')}</td>
                    <td>{shownText(plan.members)}</td>
                    <td>{shownText(plan.paid)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </Show>
  );
}
