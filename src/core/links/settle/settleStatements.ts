// Each side's `link-statement` in force (docs/protocol-links.md §4, §9): the latest that a key on
// the side's latest roster signed, or the one a checkpoint carries if that is later.
import type { Entry } from '../../entry/Entry.ts';
import type { EntryIdText } from '../../state/NetworkState.ts';
import type { LinkStatementRecord, RosterStep } from '../LinkState.ts';
import { latestRoster, rosterAllows } from '../rosters.ts';
import { later } from './fromCheckpoint.ts';
import { ownOfType, peerOfType, type SettleContext } from './SettleContext.ts';

/** Sets both sides' statements on the link; a statement no key on its side's roster signed is refused. */
export function settleStatements(
  context: SettleContext,
  ownSteps: readonly RosterStep[],
  peerSteps: readonly RosterStep[],
): void {
  const { state, link, keepPeer, refuseOwn } = context;
  link.statements = {
    own: later(
      link.statements.own,
      latestStatement('own', ownOfType(context, 'link-statement'), ownSteps, (id) => refuseOwn(id, 'not-roster')),
    ),
    peer: later(
      link.statements.peer,
      latestStatement('peer', peerOfType(context, 'link-statement'), peerSteps, (id) => {
        const item = context.peer.find((candidate) => candidate.idText === id);
        if (item) keepPeer(item, 'not-roster');
      }),
    ),
  };
  for (const item of peerOfType(context, 'link-statement'))
    if (!state.foreignRejected.has(item.key)) keepPeer(item, null);
}

function latestStatement(
  side: 'own' | 'peer',
  items: readonly { idText: EntryIdText; entry: Entry<'link-statement'> }[],
  rosters: readonly RosterStep[],
  refuse: (id: EntryIdText) => void,
): LinkStatementRecord | null {
  let latest: LinkStatementRecord | null = null;
  for (const { idText, entry } of items) {
    if (!rosterAllows(latestRoster(rosters), entry.author, 'link-statement')) {
      refuse(idText);
      continue;
    }
    const { count, sum, digest } = entry.body;
    const statement = { id: idText, side, count, sum, digest, time: entry.time };
    if (!latest || statement.time > latest.time || (statement.time === latest.time && idText > latest.id))
      latest = statement;
  }
  return latest;
}
