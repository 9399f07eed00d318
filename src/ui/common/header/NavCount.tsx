// How many things behind a menu link or tab are new: a red number, read out with its meaning.
import { Show } from 'solid-js';
import { t } from '../../i18n.ts';

export function NavCount(props: { count?: number | undefined; testId?: string }) {
  return (
    <Show when={(props.count ?? 0) > 0}>
      <span class="nav-count" data-testid={props.testId ?? 'nav-unread'}>
        {props.count}
        <span class="visually-hidden"> {t('me.newCount')}</span>
      </span>
    </Show>
  );
}
