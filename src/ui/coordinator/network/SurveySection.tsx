// "Terugblik" on the coordinator's page (docs/protocol-together.md §6): make a look back,
// and see every look back's results as counts — nothing before it has 5 answers.
import { For, Show } from 'solid-js';
import { allSurveyResults } from '../../../data/together/index.ts';
import { t } from '../../i18n.ts';
import { SurveyEditor } from '../../together/SurveyEditor.tsx';
import { SurveyResultView } from '../../together/SurveyResultView.tsx';
import type { SectionProps } from '../Section.ts';

export function SurveySection(props: SectionProps) {
  const results = props.live.select(allSurveyResults);
  return (
    <>
      <p class="hint">{t('survey.sectionIntro')}</p>
      <SurveyEditor session={props.session} />
      <h3>{t('survey.results')}</h3>
      <Show when={results().length > 0} fallback={<p>{t('survey.noSurveys')}</p>}>
        <For each={results()}>{(result) => <SurveyResultView result={result} heading="h3" />}</For>
      </Show>
    </>
  );
}
