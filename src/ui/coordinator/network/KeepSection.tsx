// Keeping the network safe from the loss of a laptop: the whole signed log in one file
// (restored on /restore/ on a new laptop), and readable spreadsheets for the coordinator's
// own records. And the anonymous report for funders and the neighbourhood.
import { createSignal, Show } from 'solid-js';
import { exportFileName, membersCsvText, transfersCsvText } from '../../../data/coordinator/index.ts';
import { download, downloadCsv } from '../../format/download.ts';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

export function KeepSection(props: SectionProps) {
  const [saved, setSaved] = createSignal(false);
  const exportAll = () => {
    const file = props.session.exportFile();
    if (!file) return;
    download(exportFileName(props.session.record.name), file, 'application/octet-stream');
    setSaved(true);
  };
  const csv = (kind: 'leden' | 'uren', text: string | null) => {
    if (text) downloadCsv(exportFileName(props.session.record.name).replace('.buurtruil', `-${kind}.csv`), text);
  };
  return (
    <>
      <p>{t('toolkit.exportIntro')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={exportAll}>
          {t('toolkit.export')}
        </button>
      </div>
      <Show when={saved()}>
        <p role="status">{t('toolkit.exported')}</p>
      </Show>
      <p class="hint">{t('toolkit.restoreHint')}</p>
      <h3>{t('toolkit.spreadsheets')}</h3>
      <p class="hint">{t('toolkit.spreadsheetsHint')}</p>
      <div class="actions">
        <button type="button" class="button secondary" onClick={() => csv('leden', membersCsvText(props.session))}>
          {t('toolkit.membersCsv')}
        </button>
        <button type="button" class="button secondary" onClick={() => csv('uren', transfersCsvText(props.session))}>
          {t('toolkit.transfersCsv')}
        </button>
      </div>
      <h3>{t('report.title')}</h3>
      <p>{t('toolkit.reportIntro')}</p>
      <p>
        <a class="button secondary" href="/report/">
          {t('toolkit.toReport')}
        </a>
      </p>
    </>
  );
}
