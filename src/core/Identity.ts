// A device's identity: an Ed25519 key pair that signs its entries (the public key is who
// the member is) and an X25519 key pair that others seal secrets to. Made on the device;
// the secrets leave it only through exportIdentity, under a passphrase.
import { type BoxKeyPair, boxKeyPairFrom, newBoxKeyPair } from './crypto/sealedBox.ts';
import { newSigningKeyPair, type SigningKeyPair, signingKeyPairFrom } from './crypto/signatures.ts';

export interface Identity {
  signing: SigningKeyPair;
  box: BoxKeyPair;
}

export function newIdentity(): Identity {
  return { signing: newSigningKeyPair(), box: newBoxKeyPair() };
}

/** The identity from its two 32-byte secrets (as stored, or as imported). */
export function identityFromSecrets(signingSecret: Uint8Array, boxSecret: Uint8Array): Identity {
  return { signing: signingKeyPairFrom(signingSecret), box: boxKeyPairFrom(boxSecret) };
}
