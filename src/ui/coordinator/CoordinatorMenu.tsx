// The coordinator's menu: on a laptop (1024 px wide and up) a column at the side with every
// page, a pictogram and a count where something waits; on a phone one button that opens the
// same list, so the first screen shows what waits rather than sixteen links.
import { type Accessor, createSignal, createUniqueId, For, onCleanup, Show } from 'solid-js';
import { type TodaySummary, waitingIn } from '../../data/coordinator/index.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { t } from '../i18n.ts';
import { hrefOf, type SectionId } from './sectionPaths.ts';
import { coordinatorSections } from './sections.ts';

const laptop = '(min-width: 1024px)';

function useWide(): Accessor<boolean> {
  const query = window.matchMedia(laptop);
  const [wide, setWide] = createSignal(query.matches);
  const follow = () => setWide(query.matches);
  query.addEventListener('change', follow);
  onCleanup(() => query.removeEventListener('change', follow));
  return wide;
}

export function CoordinatorMenu(props: { current: SectionId; summary: TodaySummary }) {
  const id = createUniqueId();
  const wide = useWide();
  const [open, setOpen] = createSignal(false);
  const current = () => coordinatorSections.find((section) => section.id === props.current);
  return (
    <nav aria-label={t('coord.menu')} class="coord-menu" data-testid="coordinator-menu">
      <Show when={!wide()}>
        <button
          type="button"
          class="button secondary coord-menu-toggle"
          aria-expanded={open()}
          aria-controls={`${id}-list`}
          onClick={() => setOpen(!open())}
        >
          {t('coord.menuButton')}
          <Show when={current()}>{(section) => <span class="coord-menu-current">{t(section().title)}</span>}</Show>
          <Show when={props.summary.total > 0}>
            <span class="count-badge">{props.summary.total}</span>
          </Show>
        </button>
      </Show>
      <ul id={`${id}-list`} hidden={!wide() && !open()}>
        <For each={coordinatorSections}>
          {(section) => {
            const count = () => waitingIn(props.summary, section.id);
            return (
              <li>
                <a
                  href={hrefOf(section.id)}
                  aria-current={section.id === props.current ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                >
                  <Pictogram name={section.pictogram} />
                  <span class="coord-menu-title">{t(section.title)}</span>
                  <Show when={count() > 0}>
                    <span class="count-badge">
                      {count()}
                      <span class="visually-hidden"> {t('coord.waiting')}</span>
                    </span>
                  </Show>
                </a>
              </li>
            );
          }}
        </For>
      </ul>
    </nav>
  );
}
