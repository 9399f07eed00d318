// Signing up at the kiosk, for someone standing at it without a phone of their own
// (docs/protocol.md §6.1): a join made for them, with a key made for this join alone and
// forgotten at once (the kiosk can sign nothing for them later), then `met`, so that the
// coordinators see it first. The kiosk does not admit: it stands unattended.

import { forgetIdentity } from '../../core/cardLogin.ts';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { newIdentity } from '../../core/Identity.ts';
import type { JoinDetails } from '../../core/sealing.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { AdmissionHost } from './Admission.ts';
import { joinWorkAt, signJoin } from './joinEntry.ts';

export async function signUpAtKiosk(host: AdmissionHost, details: JoinDetails): Promise<WriteResult> {
  await host.memberReady();
  const lobby = host.lobby();
  const member = host.memberRoom();
  if (!member) return failed(host.noMemberRoom());
  if (!lobby) return failed('no-lobby');
  const view = lobby.view;
  if (!view.genesis) return failed('lobby-not-ready');
  const newcomer = newIdentity();
  try {
    const made = signJoin(view, newcomer, host.net, details, await joinWorkAt(view, newcomer, host.net), null);
    if (!made.ok) return made;
    await lobby.room.append(made.entry);
    // The member room needs the join itself: `met` refers to it.
    await member.appendForeign(toBase64Url(made.entry.id), made.entry.bytes);
    return await host.write('met', { join: made.entry.id });
  } finally {
    forgetIdentity(newcomer);
  }
}
