// Which of the coordinator's pages is open, from the location hash: a link changes it, the
// browser's back and forward change it, and a reload reads it again.
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import { type SectionId, sectionOfHash } from './sectionPaths.ts';

export function useSectionRoute(): Accessor<SectionId> {
  const read = () => sectionOfHash(window.location.hash) ?? 'today';
  const [section, setSection] = createSignal<SectionId>(read());
  const follow = () => setSection(read());
  window.addEventListener('hashchange', follow);
  onCleanup(() => window.removeEventListener('hashchange', follow));
  return section;
}
