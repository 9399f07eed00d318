// The sections of the coordinator's page, each a page of its own, in the order its menu
// lists them; the first ("Vandaag": what waits) is where the page opens. A new section is one line here (and its component in its own file).

import { MoveMember } from '../devices/MoveMember.tsx';
import { AuditSection } from './network/AuditSection.tsx';
import { BoardSection } from './network/BoardSection.tsx';
import { CardMembers } from './network/CardMembers.tsx';
import { ImportSection } from './network/ImportSection.tsx';
import { InviteSection } from './network/InviteSection.tsx';
import { KeepSection } from './network/KeepSection.tsx';
import { KioskSetup } from './network/KioskSetup.tsx';
import { LinkSection } from './network/LinkSection.tsx';
import { PotSection } from './network/PotSection.tsx';
import { SettingsSection } from './network/SettingsSection.tsx';
import { SurveySection } from './network/SurveySection.tsx';
import { TransfersSection } from './network/TransfersSection.tsx';
import { CoordinatorSignals } from './people/CoordinatorSignals.tsx';
import { FlagsSection } from './people/FlagsSection.tsx';
import { MembersSection } from './people/MembersSection.tsx';
import { OutreachSection } from './people/OutreachSection.tsx';
import { RequestsSection } from './people/RequestsSection.tsx';
import type { CoordinatorSection } from './Section.ts';
import { TodaySection } from './TodaySection.tsx';

export const coordinatorSections: CoordinatorSection[] = [
  { id: 'today', title: 'today.title', pictogram: 'coordinator', component: TodaySection },
  { id: 'invite', title: 'coord.invite', pictogram: 'offer', component: InviteSection },
  { id: 'requests', title: 'coord.requests', pictogram: 'bezoek', component: RequestsSection },
  { id: 'flags', title: 'coord.flags', pictogram: 'ask', component: FlagsSection },
  { id: 'signals', title: 'me.signalsTitle', pictogram: 'bellen', component: CoordinatorSignals },
  { id: 'members', title: 'coord.members', pictogram: 'profile', component: MembersSection },
  { id: 'move', title: 'device.moveTitle', pictogram: 'computer', component: MoveMember },
  { id: 'outreach', title: 'outreach.title', pictogram: 'mantelzorg', component: OutreachSection },
  { id: 'lookBack', title: 'survey.section', pictogram: 'ask', component: SurveySection },
  { id: 'board', title: 'toolkit.board', pictogram: 'board', component: BoardSection },
  { id: 'hours', title: 'toolkit.hours', pictogram: 'hours', component: TransfersSection },
  { id: 'pot', title: 'pot.title', pictogram: 'spullen', component: PotSection },
  { id: 'kiosk', title: 'kiosk.setupSection', pictogram: 'scan', component: KioskSetup },
  { id: 'cards', title: 'card.section', pictogram: 'memberCard', component: CardMembers },
  { id: 'links', title: 'links.section', pictogram: 'share', component: LinkSection },
  { id: 'log', title: 'audit.title', pictogram: 'formulieren', component: AuditSection },
  { id: 'settings', title: 'settings.title', pictogram: 'settings', component: SettingsSection },
  { id: 'keep', title: 'toolkit.keep', pictogram: 'done', component: KeepSection },
  { id: 'import', title: 'import.title', pictogram: 'otherCategory', component: ImportSection },
];
