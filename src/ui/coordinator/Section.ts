// One section of the coordinator's page: a page of its own (src/ui/coordinator/sectionPaths.ts),
// an entry with a pictogram in the page's menu, and a card.
// To add a section, write its component and add one line to coordinatorSections
// (src/ui/coordinator/sections.ts).
import type { Component } from 'solid-js';
import type { NetworkSession } from '../../data/session/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { LiveSession } from '../app/session.ts';
import type { PictogramName } from '../common/Pictogram.tsx';
import type { SectionId } from './sectionPaths.ts';

export interface SectionProps {
  session: NetworkSession;
  live: LiveSession;
}

export interface CoordinatorSection {
  /** The card's id (also the old anchor) and the heading's id prefix; its route is sectionPaths[id]. */
  id: SectionId;
  /** The heading, and the link to it in the page's menu. */
  title: MessageKey;
  /** Beside the title in the menu. */
  pictogram: PictogramName;
  component: Component<SectionProps>;
}
