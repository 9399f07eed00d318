// settings: a coordinator changes the network's settings (name, rules, welcome hours,
// relays). The last one in causal order holds.
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const settings: AuthorityRule<'settings'> = {
  kind: 'authority',
  body: bodyReaders.settings,
  writer: 'coordinator',
  act(state, entry, { id, member }) {
    const { seen: _seen, ...settings } = entry.body;
    state.network = settings;
    state.settingsChanged.push({ id, by: member.key, time: entry.time });
    return null;
  },
};
