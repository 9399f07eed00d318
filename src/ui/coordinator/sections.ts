// The sections of the coordinator's page, in the order the page shows them and its menu
// lists them. A new section is one line here (and its component in its own file).

import { MoveMember } from '../devices/MoveMember.tsx';
import { AuditSection } from './AuditSection.tsx';
import { BoardSection } from './BoardSection.tsx';
import { CardMembers } from './CardMembers.tsx';
import { CoordinatorSignals } from './CoordinatorSignals.tsx';
import { FlagsSection } from './FlagsSection.tsx';
import { ImportSection } from './ImportSection.tsx';
import { InviteSection } from './InviteSection.tsx';
import { KeepSection } from './KeepSection.tsx';
import { KioskSetup } from './KioskSetup.tsx';
import { MembersSection } from './MembersSection.tsx';
import { OutreachSection } from './OutreachSection.tsx';
import { PotSection } from './PotSection.tsx';
import { RequestsSection } from './RequestsSection.tsx';
import type { CoordinatorSection } from './Section.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { TransfersSection } from './TransfersSection.tsx';

export const coordinatorSections: CoordinatorSection[] = [
  { id: 'invite', title: 'coord.invite', component: InviteSection },
  { id: 'requests', title: 'coord.requests', component: RequestsSection },
  { id: 'flags', title: 'coord.flags', component: FlagsSection },
  { id: 'signals', title: 'me.signalsTitle', component: CoordinatorSignals },
  { id: 'members', title: 'coord.members', component: MembersSection },
  { id: 'move', title: 'device.moveTitle', component: MoveMember },
  { id: 'outreach', title: 'outreach.title', component: OutreachSection },
  { id: 'board', title: 'toolkit.board', component: BoardSection },
  { id: 'hours', title: 'toolkit.hours', component: TransfersSection },
  { id: 'pot', title: 'pot.title', component: PotSection },
  { id: 'kiosk', title: 'kiosk.setupSection', component: KioskSetup },
  { id: 'cards', title: 'card.section', component: CardMembers },
  { id: 'log', title: 'audit.title', component: AuditSection },
  { id: 'settings', title: 'settings.title', component: SettingsSection },
  { id: 'keep', title: 'toolkit.keep', component: KeepSection },
  { id: 'import', title: 'import.title', component: ImportSection },
];
