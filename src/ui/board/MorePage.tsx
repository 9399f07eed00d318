// "Meer", the phone's fifth tab: the pages a member opens now and then (profile, settings,
// the coordinator's page), the language, and how to put the app on the home screen.
import { For, Show } from 'solid-js';
import { LanguageSwitch } from '../common/header/LanguageSwitch.tsx';
import { NavCount } from '../common/header/NavCount.tsx';
import type { NavLink } from '../common/header/PageHeader.tsx';
import { InstallHint } from '../common/InstallHint.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { t } from '../i18n.ts';

export function MorePage(props: { links: NavLink[] }) {
  return (
    <>
      <h1>{t('more.title')}</h1>
      <nav aria-label={t('more.pages')}>
        <ul class="more-links">
          <For each={props.links}>
            {(link) => (
              <li>
                <a class="nav-link" href={link.href}>
                  <Show when={link.pictogram}>{(name) => <Pictogram name={name()} />}</Show>
                  {link.label}
                  <NavCount count={link.count} />
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <section class="more-language" aria-labelledby="more-language-title">
        <h2 id="more-language-title">{t('language.label')}</h2>
        <LanguageSwitch />
      </section>
      <InstallHint />
    </>
  );
}
