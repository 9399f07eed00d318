// A recovery file: one device's keys and its network record (secrets included), sealed
// under a passphrase the device generated and showed once. Restoring it on a new browser
// makes that browser this device again; it catches up from peers before it writes (`seq`:
// how far its own chain was when the file was made), and if the old device still writes
// too, that is a fork, which costs only this member (protocol §4.2).
//
//   file = DAG-CBOR { v: 2, kdf: "scrypt", n: 131072, r: 8, p: 1, salt, nonce, box }
//   box  = XChaCha20-Poly1305(scrypt(passphrase, salt), nonce, aad = "buurtruil recovery v2")
//          sealing DAG-CBOR { keys: [signingSecret, boxSecret], network: {...}, seq }
//
// The passphrase is 20 Crockford characters (100 bits) in groups of four, read in its
// canonical form (src/core/encoding/crockford.ts), so typing it in lower case or with
// O for 0 still opens the file.
import { decodeCanonical, encodeCanonical } from '../encoding/canonical.ts';
import { groupCode, normalizeCrockford, randomCrockford } from '../encoding/crockford.ts';
import { bytes, int, list, record } from '../entry/shape.ts';
import { type NetworkHandover, readHandoverFields } from '../handover.ts';
import { type Identity, identityFromSecrets } from '../Identity.ts';
import { openUnderPassphrase, sealUnderPassphrase } from './identityExport.ts';

const aad = new TextEncoder().encode('buurtruil recovery v2');
export const passphraseLength = 20;

export interface RecoveryContents {
  identity: Identity;
  network: NetworkHandover;
  /** The highest seq of this device's own chain when the file was made. */
  seq: number;
}

/** A new passphrase, grouped for reading: ABCD-EFGH-JKMN-PQRS-TVWX. */
export function newPassphrase(random: (n: number) => Uint8Array): string {
  return groupCode(randomCrockford(passphraseLength, random));
}

export async function sealRecovery(contents: RecoveryContents, passphrase: string): Promise<Uint8Array> {
  const canonical = normalizeCrockford(passphrase);
  if (canonical?.length !== passphraseLength) throw new Error('not a recovery passphrase');
  // A recovered device checks the checkpoints again (the file may be years old): none is handed on.
  const { checkpoint: _checkpoint, ...network } = contents.network;
  const plain = encodeCanonical({
    keys: [contents.identity.signing.secretKey, contents.identity.box.secretKey],
    network,
    seq: contents.seq,
  });
  return sealUnderPassphrase(plain, canonical, aad);
}

export type RecoveryResult =
  | { ok: true; contents: RecoveryContents }
  | { ok: false; problem: 'malformed' | 'wrong-passphrase' };

const readContents = record({
  keys: list(bytes(32), 2),
  network: readHandoverFields,
  seq: int(0, Number.MAX_SAFE_INTEGER),
});

export async function openRecovery(file: Uint8Array, passphrase: string): Promise<RecoveryResult> {
  const canonical = normalizeCrockford(passphrase);
  if (canonical?.length !== passphraseLength) return { ok: false, problem: 'wrong-passphrase' };
  const opened = await openUnderPassphrase(file, canonical, aad);
  if (!opened.ok) return opened;
  try {
    const { keys, network, seq } = readContents(decodeCanonical(opened.plain), 'recovery');
    const [signing, box] = keys;
    if (!signing || !box) return { ok: false, problem: 'malformed' };
    return { ok: true, contents: { identity: identityFromSecrets(signing, box), network, seq } };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}
