// Who takes part in an exchange on this screen: a member's own session on their device,
// or a card member's session at the kiosk. The shared exchange components read and write
// through this one shape, so the two screens show the same rules.
import type { ExchangeCommands } from '../../data/exchange/index.ts';
import type { SessionView } from '../../data/session/index.ts';
import type { NetworkDatabase } from '../../data/store/index.ts';

export type ExchangeParty = SessionView & { readonly exchange: ExchangeCommands; readonly db: NetworkDatabase };

/** How a shared component looks: a member's page, or the kiosk's large type and big buttons. */
export type Look = 'page' | 'kiosk';
