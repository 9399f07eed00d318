// Whether an ordinary entry about to be written would be refused by the rules as things
// stand: judged in the current state as if it were in, its chain place (and its author's
// head) made for the question only (an authority entry needs the state derived with it
// in: Ledger.check).
import { toBase64Url } from '../encoding/base64url.ts';
import type { SignedEntry } from '../entry/Entry.ts';
import { rejectionFor } from './applyEntry.ts';
import { placeInChain } from './chains.ts';
import type { NetworkState } from './NetworkState.ts';
import type { Rejection } from './Rejection.ts';

export function refusalAsIfIn(state: NetworkState, signed: SignedEntry): Rejection | null {
  const item = { idText: toBase64Url(signed.id), entry: signed.entry };
  const author = toBase64Url(signed.entry.author);
  const parent = signed.entry.prev ? toBase64Url(signed.entry.prev) : null;
  const known = state.chain.has(item.idText);
  // Placing it moves its author's head too: the question must leave both as they were.
  const head = state.heads.get(author);
  if (!known) placeInChain(state, item.idText, author, signed.entry.seq, parent);
  try {
    return rejectionFor(state, item);
  } finally {
    if (!known) {
      state.chain.delete(item.idText);
      if (head) state.heads.set(author, head);
      else state.heads.delete(author);
    }
  }
}
