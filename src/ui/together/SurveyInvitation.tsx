// A kind invitation on the board while a look back is open and this member has not taken
// part yet (docs/protocol-together.md §6); it goes once the member said "I took part".
import { type Accessor, Show } from 'solid-js';
import { surveysToAnswer } from '../../data/together/index.ts';
import type { LiveSession } from '../app/session.ts';
import { t } from '../i18n.ts';

export function SurveyInvitation(props: { live: LiveSession; now: Accessor<number> }) {
  const open = props.live.select((view) => surveysToAnswer(view, props.now()));
  return (
    <Show when={open()[0]}>
      {(survey) => (
        <aside class="notice" data-testid="survey-invitation">
          <p dir="auto">{t('survey.invite', { title: survey().title })}</p>
          <a class="button" href="/#/terugblik">
            {t('survey.inviteLink')}
          </a>
        </aside>
      )}
    </Show>
  );
}
