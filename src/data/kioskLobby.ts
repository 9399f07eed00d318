// Which lobby the kiosk keeps open: the newest invite sealed to it. A coordinator who makes
// a new invite retires the old lobby; the kiosk follows without anyone touching it.
import { toBase64Url } from '../core/encoding/base64url.ts';
import type { Identity } from '../core/Identity.ts';
import { openLobbySecret } from '../core/sealing.ts';
import type { NetworkState } from '../core/state/NetworkState.ts';

/** The newest lobby secret this device can open, base64url; null if none is sealed to it. */
export function newestLobbySecret(state: NetworkState, me: Identity, net: Uint8Array): string | null {
  for (const sealed of [...state.invites].reverse()) {
    const secret = openLobbySecret(sealed, me, net);
    if (secret) return toBase64Url(secret);
  }
  return null;
}
