// One section of the coordinator's page: an anchor in the page's own menu and a card.
// To add a section, write its component and add one line to coordinatorSections
// (src/ui/coordinator/sections.ts).
import type { Component } from 'solid-js';
import type { NetworkSession } from '../../data/session/NetworkSession.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { LiveSession } from '../app/session.ts';

export interface SectionProps {
  session: NetworkSession;
  live: LiveSession;
}

export interface CoordinatorSection {
  /** The anchor (#id) and the heading's id prefix. */
  id: string;
  /** The heading, and the link to it in the page's menu. */
  title: MessageKey;
  component: Component<SectionProps>;
}
