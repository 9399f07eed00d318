// What the kiosk and the coordinator's laptop say over their paired, checked link
// (src/sync/pairingHandshake.ts): the kiosk sends its public keys; once the coordinator has
// compared the check codes and enrolled it, the laptop sends what opens the network.
// Both messages are read as strictly as an entry.
import { fromBase64Url } from '../../core/encoding/base64url.ts';
import { decodeCanonical, encodeCanonical } from '../../core/encoding/canonical.ts';
import { bytes, int, list, record, text } from '../../core/entry/shape.ts';
import type { Identity } from '../../core/Identity.ts';
import type { SecureLink } from '../../sync/pairingHandshake.ts';
import type { KioskGrant, KioskKeys } from './KioskCommands.ts';

const readKeys = record<KioskKeys>({ signing: bytes(32), box: bytes(32) });
const readGrant = record<KioskGrant>({
  id: text(40, 1),
  name: text(80),
  area: text(80),
  lobbySecret: text(60, 1),
  relays: list(text(300, 1), 8),
  roomSecret: text(60, 1),
  epoch: int(0, 1_000_000),
});

/** The kiosk: sends its keys, and waits for the network. */
export async function askToBeKiosk(link: SecureLink, identity: Identity): Promise<KioskGrant> {
  link.send(encodeCanonical({ signing: identity.signing.publicKey, box: identity.box.publicKey }));
  const grant = readGrant(decodeCanonical(await link.receive()), 'grant');
  if (fromBase64Url(grant.lobbySecret)?.length !== 32 || fromBase64Url(grant.roomSecret)?.length !== 32) {
    throw new Error('grant: not a secret');
  }
  return grant;
}

/** The coordinator's laptop: the kiosk's keys, as it sent them. */
export async function kioskKeysFrom(link: SecureLink): Promise<KioskKeys> {
  return readKeys(decodeCanonical(await link.receive()), 'keys');
}

export function sendGrant(link: SecureLink, grant: KioskGrant): void {
  link.send(encodeCanonical(grant));
}
