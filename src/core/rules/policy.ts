// policy: a coordinator changes the network's policy (docs/protocol.md §3.4: retention,
// checkpoint quorum, who pays activities, the vote rule, sharing across). Like `settings`,
// the last one in causal order holds; a plan keeps the rule in force at its close.
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const policy: AuthorityRule<'policy'> = {
  kind: 'authority',
  body: bodyReaders.policy,
  writer: 'coordinator',
  act(state, entry, { id, member }) {
    const { seen: _seen, ...policy } = entry.body;
    state.policy = policy;
    state.policyChanged.push({ id, by: member.key, time: entry.time });
    return null;
  },
};
