// link-roster: a coordinator tells the peer this network's new roster (its coordinators'
// and kiosks' live devices). It counts on both sides when a key on the roster in force
// signed it (settleLinks.ts, rosters.ts).
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';
import { keepForLink, liveLink } from './linkHelpers.ts';

export const linkRoster: AuthorityRule<'link-roster'> = {
  kind: 'authority',
  body: bodyReaders['link-roster'],
  writer: 'coordinator',
  act(state, entry, { id }) {
    const link = liveLink(state, entry.body.link);
    if (typeof link === 'string') return link;
    keepForLink(state, id, entry);
    return null;
  },
};
