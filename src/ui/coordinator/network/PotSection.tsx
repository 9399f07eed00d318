// The community pot (buurtpot): where it stands, what members gave to it, and what was
// granted from it and why, to neighbours and to shared plans. Granting is done per neighbour,
// in the members' table, and per plan on the plans page.
import { For, Show } from 'solid-js';
import { potOf } from '../../../data/coordinator/index.ts';
import { dateText, hoursText, signedHours } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

export function PotSection(props: SectionProps) {
  const pot = props.live.select(potOf);
  return (
    <Show when={pot()}>
      {(view) => (
        <>
          <p>
            {t('pot.balance')} <strong data-testid="pot-balance">{signedHours(view().balance)}</strong>
          </p>
          <p class="hint">{t('pot.explain')}</p>
          <h3>{t('pot.donations')}</h3>
          <Show when={view().donations.length > 0} fallback={<p>{t('pot.noDonations')}</p>}>
            <ul class="list">
              <For each={view().donations}>
                {(line) => (
                  <li class="item">
                    {t('pot.donated', { name: line.name ?? t('common.someone'), hours: hoursText(line.minutes) })} ·{' '}
                    {dateText(line.time)}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <h3>{t('pot.grants')}</h3>
          <Show when={view().grants.length > 0} fallback={<p>{t('pot.noGrants')}</p>}>
            <ul class="list" data-testid="pot-grants">
              <For each={view().grants}>
                {(line) => (
                  <li class="item" data-testid="pot-grant">
                    {line.plan === null
                      ? t('pot.grantLine', {
                          name: line.name ?? t('common.someone'),
                          hours: hoursText(line.minutes),
                          by: line.by ?? t('common.someone'),
                          reason: line.reason,
                        })
                      : t('pot.planGrantLine', {
                          title: line.plan,
                          hours: hoursText(line.minutes),
                          by: line.by ?? t('common.someone'),
                          reason: line.reason,
                        })}{' '}
                    · {dateText(line.time)}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <p class="hint">{t('pot.grantWhere')}</p>
        </>
      )}
    </Show>
  );
}
