// Reading a foreign entry: an entry of the peer network, kept in our docs' Y.Map "foreign"
// under base64url(peer net) + "." + base64url(id) (docs/protocol-links.md §2). It is
// verified with the PEER's net in the signing domain, so an entry of one network never
// passes as the other's: our own entry stored here does not verify under the peer's net,
// and a peer's entry stored among our own does not verify under ours.
import { toBase64Url } from '../encoding/base64url.ts';
import { readEntry } from '../entry/readEntry.ts';
import type { Rejection } from '../state/Rejection.ts';
import { isCrossingType, readForeignKey } from './crossingTypes.ts';
import type { ForeignEntry, NetText } from './LinkState.ts';

export type ForeignReading =
  | { ok: true; foreign: ForeignEntry; bytes: Uint8Array }
  | { ok: false; reason: Rejection; detail: string };

/**
 * The foreign entry stored under `key` in the network `own`, or why not. Only the types of
 * the links page cross (`foreign-type` otherwise); whether a link with that peer exists is
 * judged when deriving (settleLinks.ts), as links come and go.
 */
export async function readForeignEntry(own: NetText, key: string, data: unknown): Promise<ForeignReading> {
  const named = readForeignKey(key);
  if (!named) return { ok: false, reason: 'malformed', detail: 'not a foreign key' };
  const peer = toBase64Url(named.peer);
  if (peer === own) return { ok: false, reason: 'wrong-network', detail: 'our own network is not foreign' };
  const read = await readEntry(named.peer, toBase64Url(named.id), data);
  if (!read.ok) return { ok: false, reason: read.problem, detail: read.detail };
  if (read.entry.type === 'genesis') return { ok: false, reason: 'foreign-type', detail: 'genesis' };
  if (!isCrossingType(read.entry.type)) return { ok: false, reason: 'foreign-type', detail: read.entry.type };
  return { ok: true, foreign: { key, peer, idText: read.idText, entry: read.entry }, bytes: read.bytes };
}
