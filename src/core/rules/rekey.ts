// rekey: a coordinator opens the next room epoch with a new secret, sealed to its readers.
// More parts of it (for more readers) may follow from that same coordinator; a concurrent
// rekey by another is stale.
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const rekey: AuthorityRule<'rekey'> = {
  kind: 'authority',
  body: bodyReaders.rekey,
  writer: 'coordinator',
  act(state, entry, { member }) {
    const by = member.key;
    const current = state.epochs.at(-1);
    if (current && entry.body.epoch === current.epoch && current.author === by) {
      current.secrets.push(entry.body.secret);
      return null;
    }
    if (entry.body.epoch !== (current?.epoch ?? 0) + 1) return 'stale-epoch';
    state.epochs.push({ epoch: entry.body.epoch, author: by, secrets: [entry.body.secret] });
    return null;
  },
};
