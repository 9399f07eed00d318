// checkpoint: one signature on a summary of the state at a point of the log (docs/protocol.md
// §4.8). Written by a coordinator's or a kiosk's device; whether it counts (a quorum of
// signers, `after` chaining, the lowest summary hash) is decided over all checkpoint entries
// at once (src/core/checkpoint/counting.ts). A checkpoint its reader found false ends its
// signer's coordinator and kiosk roles here, as a removal would (strongRemoval.ts takes away
// the signer's concurrent acts): the evidence is signed, so every device holding the
// frontier decides it alike.
import { bodyReaders } from '../entry/bodies.ts';
import { recordAct } from '../state/recordAct.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const checkpoint: AuthorityRule<'checkpoint'> = {
  kind: 'authority',
  body: bodyReaders.checkpoint,
  writer: 'member',
  act(state, entry, { id, member, falseCheckpoint }) {
    if (!member.roles.has('coordinator') && !member.roles.has('kiosk')) return 'not-coordinator';
    if (falseCheckpoint(id)) {
      member.roles.delete('coordinator');
      member.roles.delete('kiosk');
    }
    // On the audit page, as a coordinator's act: who signed which summary when.
    recordAct(state, id, entry, member.key);
    return null;
  },
};
