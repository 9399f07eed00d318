// "Samen": the pages of doing things together (Agenda, Bedankjes, Plannen, Ideeën) as big
// tiles, so that the laptop's menu stays one calm row with a single "Samen" link. Each tile's
// name is its link's name; the line under it says what is there.
import { createUniqueId, For, Show } from 'solid-js';
import type { NavLink } from '../common/header/PageHeader.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { t } from '../i18n.ts';

const about = {
  '/#/agenda': 'together.tile.agenda',
  '/#/bedankjes': 'together.tile.thanks',
  '/#/plannen': 'together.tile.plans',
  '/#/ideeen': 'together.tile.ideas',
} as const;

export function TogetherPage(props: { links: NavLink[] }) {
  const id = createUniqueId();
  return (
    <>
      <h1>{t('nav.together')}</h1>
      <p>{t('together.tilesIntro')}</p>
      <nav aria-label={t('nav.together')}>
        <ul class="together-tiles" data-testid="together-tiles">
          <For each={props.links}>
            {(link, index) => (
              <li>
                <a
                  class="together-tile"
                  href={link.href}
                  aria-labelledby={`${id}-${index()}`}
                  aria-describedby={`${id}-${index()}-about`}
                >
                  <Show when={link.pictogram}>{(name) => <Pictogram name={name()} />}</Show>
                  <span class="together-tile-name" id={`${id}-${index()}`}>
                    {link.label}
                  </span>
                  <span class="together-tile-about" id={`${id}-${index()}-about`}>
                    {t(about[link.href as keyof typeof about])}
                  </span>
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
    </>
  );
}
