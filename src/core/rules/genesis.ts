// genesis: the founder starts the network; its id is the network's id. It sets the first
// settings, makes the founder the first member and coordinator, and opens epoch 0.
import { bodyReaders } from '../entry/bodies.ts';
import { addDevice, newMember } from '../state/devices.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const genesis: AuthorityRule<'genesis'> = {
  kind: 'authority',
  body: bodyReaders.genesis,
  writer: 'founder',
  act(state, entry, { author }) {
    const { boxKey, secret, lobby, joinWork: _joinWork, ...settings } = entry.body;
    state.genesis = entry.body;
    state.network = settings;
    state.founder = author;
    const founder = newMember(author, entry.author);
    founder.status = 'admitted';
    founder.roles.add('coordinator');
    founder.admittedAt = entry.time;
    founder.seniority = 0;
    state.members.set(author, founder);
    addDevice(state, founder, entry.author, boxKey, '');
    state.epochs.push({ epoch: 0, author, secrets: [secret] });
    state.invites.push(lobby);
    return null;
  },
};
