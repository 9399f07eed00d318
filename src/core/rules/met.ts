// met: "this newcomer stood here". The kiosk (which does not admit: it stands unattended,
// and a stolen kiosk must not let strangers in) or a coordinator names a join whose
// newcomer it saw in person; the coordinators' list shows that join first, labelled. It
// admits nobody. Written by anyone else it is kept aside and changes nothing.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const met: AuthorityRule<'met'> = {
  kind: 'authority',
  body: bodyReaders.met,
  writer: 'member',
  act(state, entry, { member, joins }) {
    const atKiosk = member.roles.has('kiosk');
    if (!atKiosk && !member.roles.has('coordinator')) return 'not-coordinator';
    const id = toBase64Url(entry.body.join);
    if (joins.get(id)?.entry.type !== 'join') return 'no-join';
    if (!state.met.has(id)) state.met.set(id, { by: member.key, atKiosk });
    return null;
  },
};
