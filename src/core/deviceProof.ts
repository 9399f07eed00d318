// The proof that a device-add's new device consents to it (protocol v3, §2): the new
// device's own signature over the network, the member it will write for and its key. Only
// the holder of a key can make one, so no member can claim another member's new device.
//
//   proof = Ed25519-sign(new device's secret key, DAG-CBOR ["buurtruil device v3", net, member, device])
//
// The domain string keeps it apart from every other signature (an entry's starts with
// "buurtruil entry v2"): a proof cannot pass for an entry, nor an entry for a proof.
import { sign, verifyNow } from './crypto/signatures.ts';
import { toBase64Url } from './encoding/base64url.ts';
import { encodeCanonical } from './encoding/canonical.ts';
import type { Identity } from './Identity.ts';

export function deviceProofMessage(net: Uint8Array, member: Uint8Array, device: Uint8Array): Uint8Array {
  return encodeCanonical(['buurtruil device v3', net, member, device]);
}

/** The new device signs, with its own key, that it writes for `member` in `net`. */
export function signDeviceProof(device: Identity, net: Uint8Array, member: Uint8Array): Uint8Array {
  return sign(deviceProofMessage(net, member, device.signing.publicKey), device.signing.secretKey);
}

const checked = new Map<string, boolean>();

/**
 * Does `proof` show that `device`'s holder agreed to write for `member` in `net`? Checked
 * while the state is derived, which happens again whenever authority entries arrive: each
 * answer is kept (a signature check is a pure function of these bytes).
 */
export function deviceProofHolds(net: Uint8Array, member: Uint8Array, device: Uint8Array, proof: Uint8Array): boolean {
  const name = `${toBase64Url(net)}.${toBase64Url(member)}.${toBase64Url(device)}.${toBase64Url(proof)}`;
  let holds = checked.get(name);
  if (holds === undefined) {
    holds = verifyNow(proof, deviceProofMessage(net, member, device), device);
    if (checked.size > 10_000) checked.clear();
    checked.set(name, holds);
  }
  return holds;
}
