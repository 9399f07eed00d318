// Admitting someone who stands in front of the coordinator, past a flooded lobby: after
// both screens showed the same check code (src/sync/pairingHandshake.ts),
//
//   newcomer                                  coordinator
//   ── its signed join, and a proof ──────▶   checks it as any entry and that the proof
//                                             binds it to this link; shows the details
//   ◀──────── the join and the admit ──────   after "Welkom heten" (also into the lobby)
//
// The newcomer's device takes the admit into its lobby as if it had come from there, and
// moves into the member room as it always does (Admission.afterLobbyChange).
import {
  encodeInPersonAdmitted,
  encodeInPersonJoin,
  provesLink,
  readInPersonAdmitted,
  readInPersonJoin,
} from '../../core/inPersonJoin.ts';
import { type JoinDetails, openJoinDetails } from '../../core/sealing.ts';
import type { SecureLink } from '../../sync/pairingHandshake.ts';
import type { NetworkSession } from '../session/NetworkSession.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';

/** Newcomer: hands its join over and takes in the admission that comes back. */
export async function handJoinOver(link: SecureLink, session: NetworkSession): Promise<WriteResult | { ok: true }> {
  const join = session.admission.ownJoin();
  if (!join) return failed('no-join-details');
  link.send(encodeInPersonJoin(join, session.identity, session.net, link.checkCode));
  const entries = readInPersonAdmitted(await link.receive());
  if (!entries) return failed('unknown-join');
  const taken = await session.admission.takeHanded(entries);
  return taken ? { ok: true } : failed('unknown-join');
}

export interface HandedJoin {
  joinId: string;
  /** The newcomer's details, opened with this device's key; null if they are not sealed to it. */
  details: JoinDetails | null;
}

/** Coordinator: the join the newcomer's device hands over, checked and kept in the lobby. */
export async function receiveHandedJoin(link: SecureLink, session: NetworkSession): Promise<HandedJoin | null> {
  const message = readInPersonJoin(await link.receive());
  if (!message) return null;
  const [joinId] = (await session.admission.takeHanded([message.entry])) ?? [];
  const held = joinId ? session.admission.handed(joinId) : null;
  if (!joinId || !held) return null;
  // The device in front of the coordinator must hold the join's key.
  if (!(await provesLink(message.proof, held.author, session.net, link.checkCode))) return null;
  return { joinId, details: openJoinDetails(held.sealed, session.identity, session.net, held.author) };
}

/** Coordinator: admits the handed join and sends the admission back over the link. */
export async function admitHandedJoin(link: SecureLink, session: NetworkSession, joinId: string): Promise<WriteResult> {
  const result = await session.admission.admit(joinId);
  const join = session.admission.handedBytes(joinId);
  if (result.ok && join) link.send(encodeInPersonAdmitted([join, result.entry.bytes]));
  return result;
}
