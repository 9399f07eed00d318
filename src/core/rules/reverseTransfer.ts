// reverse-transfer: a coordinator undoes a transfer (a mistake, abuse); once per transfer.
// Recorded now, compensated when (and if) the transfer counts (transfer.ts), so the order
// they arrive in does not matter.
import { toBase64Url } from '../encoding/base64url.ts';
import { bodyReaders } from '../entry/bodies.ts';
import type { AuthorityRule } from './EntryRule.ts';

export const reverseTransfer: AuthorityRule<'reverse-transfer'> = {
  kind: 'authority',
  body: bodyReaders['reverse-transfer'],
  writer: 'coordinator',
  act(state, entry) {
    const target = toBase64Url(entry.body.transfer);
    if (state.reversals.has(target)) return 'already-decided';
    state.reversals.set(target, entry.body.reason);
    return null;
  },
};
