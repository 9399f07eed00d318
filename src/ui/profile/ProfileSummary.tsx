// A member's profile as other members see it on a post or in an exchange: what they like
// to do, the languages they speak, a few words, and whether they are pausing.
import { For, Show } from 'solid-js';
import type { MemberRow } from '../../data/store/index.ts';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

export function ProfileSummary(props: { member: MemberRow | undefined }) {
  return (
    <Show when={props.member}>
      {(member) => (
        <div class="profile-summary" data-testid="profile-summary">
          <p class="meta">
            <strong>{member().name || t('common.someone')}</strong>
            <Show when={member().area}> · {member().area}</Show>
          </p>
          <Show when={member().paused}>
            <p class="tag paused" data-testid="profile-paused">
              {t('profile.pausedTag')}
            </p>
          </Show>
          <Show when={member().offers.length > 0}>
            <p class="meta">
              {t('profile.likes')}{' '}
              <For each={member().offers}>
                {(category) => (
                  <span class="talent">
                    <Pictogram name={pictogramOf(category)} /> {categoryLabel(category)}
                  </span>
                )}
              </For>
            </p>
          </Show>
          <Show when={member().languages.length > 0}>
            <p class="meta" data-testid="profile-languages">
              {t('profile.speaks', { languages: member().languages.join(', ') })}
            </p>
          </Show>
          <Show when={member().perWeek > 0}>
            <p class="meta">{t('profile.perWeekShown', { hours: hoursText(member().perWeek) })}</p>
          </Show>
          <Show when={member().experience}>
            {(text) => (
              <p class="meta" data-testid="profile-experience">
                {t('profile.experienceShown', { text: text() })}
              </p>
            )}
          </Show>
          <Show when={member().words}>
            <p class="profile-words" data-testid="profile-words">
              {member().words}
            </p>
          </Show>
        </div>
      )}
    </Show>
  );
}
