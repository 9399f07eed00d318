// Writing a join request, as the invite page does for its newcomer and the kiosk does for
// someone standing at it: the details sealed to the coordinators the lobby trusts, the proof
// of work at the price of the lobby's load as this device sees it (a moment, longer in a
// flood), and a time after the latest set-aside (or it would be set aside with the rest).
import { idFromText } from '../../core/encoding/base64url.ts';
import type { Bodies } from '../../core/entry/bodies.ts';
import { checkBody } from '../../core/entry/checkBody.ts';
import { type SignedEntry, signEntry } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import { findJoinWorkInSteps, joinWorkFor } from '../../core/joinWork.ts';
import type { LobbyView } from '../../core/lobby.ts';
import { type JoinDetails, sealJoinDetails } from '../../core/sealing.ts';
import type { WriteResult } from '../session/WriteResult.ts';

/** The proof of work for this identity's join, at the lobby's price, found in steps. */
export function joinWorkAt(view: LobbyView, identity: Identity, net: Uint8Array): Promise<Uint8Array> {
  return findJoinWorkInSteps(
    net,
    identity.signing.publicKey,
    identity.box.publicKey,
    joinWorkFor(view.genesis?.joinWork ?? 0, view.load),
  );
}

/** The signed join; `last` is the identity's latest entry in the lobby (null for its first). */
export function signJoin(
  view: LobbyView,
  identity: Identity,
  net: Uint8Array,
  details: JoinDetails,
  work: Uint8Array,
  last: { seq: number; id: string } | null,
): { ok: true; entry: SignedEntry } | Extract<WriteResult, { problem: 'field' }> {
  const body: Bodies['join'] = {
    boxKey: identity.box.publicKey,
    sealed: sealJoinDetails(details, view.coordinatorBoxKeys, net, identity.signing.publicKey),
    work,
  };
  const field = checkBody('join', body);
  if (field) return { ok: false, problem: 'field', field };
  const after = view.setAsideBefore === null ? 0 : view.setAsideBefore + 1;
  const entry = signEntry(identity, {
    net,
    type: 'join',
    seq: (last?.seq ?? 0) + 1,
    prev: last ? idFromText(last.id) : null,
    time: Math.max(Date.now(), after),
    body,
  });
  return { ok: true, entry };
}
