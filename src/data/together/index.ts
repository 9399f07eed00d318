// The public face of src/data/together: activities and the agenda (docs/protocol-together.md §1).
export type { Agenda, AgendaItem } from './agendaSelectors.ts';
export { agendaAt, agendaItem, kioskAgenda, sharesOf } from './agendaSelectors.ts';
export type { TogetherHost } from './TogetherCommands.ts';
export { TogetherCommands } from './TogetherCommands.ts';
