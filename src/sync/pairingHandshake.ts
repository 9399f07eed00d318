// The first steps on a pairing link, the same for every kind of pairing: each end sends a
// fresh pairing key, both compute the check code (the person compares the two screens),
// and from then on every message is sealed with the key both ends derived
// (src/core/pairing.ts). Nothing secret is sent before the person confirmed the codes.
import { pairingChannel, pairingCheckCode, startPairing } from '../core/pairing.ts';
import { PairingError, type PairingLink } from './PairingLink.ts';

export interface SecureLink {
  /** Six digits; the same on both screens exactly when nobody sits in between. */
  checkCode: string;
  send(plaintext: Uint8Array): void;
  /** The next message, opened; rejects with PairingError('closed') if it was not sealed by the other end. */
  receive(): Promise<Uint8Array>;
  close(): void;
}

export async function secureLink(link: PairingLink): Promise<SecureLink> {
  const end = startPairing();
  link.send(end.keys.publicKey);
  const theirs = await link.receive();
  const channel = theirs.length === 32 ? pairingChannel(end, theirs) : null;
  if (!channel) {
    link.close();
    throw new PairingError('closed');
  }
  return {
    checkCode: pairingCheckCode(end.keys.publicKey, theirs),
    send: (plaintext) => link.send(channel.seal(plaintext)),
    receive: async () => {
      const opened = channel.open(await link.receive());
      if (!opened) {
        link.close();
        throw new PairingError('closed');
      }
      return opened;
    },
    close: () => link.close(),
  };
}
