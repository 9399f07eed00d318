// What two devices say to each other over a pairing link (after the check codes matched,
// sealed with the pairing channel), and what a recovery file holds besides the keys:
//
//   new device → the other:  { kind: "new-device", device, boxKey }       its own public keys
//   the other → new device:  { kind: "claim", net, member }               adding a device only:
//   new device → the other:  { kind: "proof", proof }                      its device-add proof
//   the other → new device:  { kind: "network", net, name, area, lobby,   the network record:
//                              relays, epoch, room, member }              secrets included
//
// The claim and the proof (protocol v3): the device-add the other device writes carries the
// new device's signature that it writes for that member (src/core/deviceProof.ts), and only
// the new device holds its key. A coordinator moving a member writes move-member, its own
// act, and sends the record at once.
//
// The new device made its own key; nothing of the other device's identity crosses. `member`
// says whom the new device will write for (the pairing member, or the member a coordinator
// moves to it); the member room's device-add or move-member entry is what makes it so.
// Read as strictly as an entry: these are a peer's bytes.
import { isValidBoxKey } from './crypto/sealedBox.ts';
import { signatureLength } from './crypto/signatures.ts';
import { decodeCanonical, encodeCanonical } from './encoding/canonical.ts';
import { summaryHashLength } from './entry/bodies/checkpoints.ts';
import { idLength } from './entry/Entry.ts';
import { bytes, int, list, nullable, oneOf, record, text } from './entry/shape.ts';

export interface NewDeviceKeys {
  /** The new device's Ed25519 public key. */
  device: Uint8Array;
  /** Its X25519 public key. */
  boxKey: Uint8Array;
}

export interface NetworkHandover {
  net: Uint8Array;
  name: string;
  area: string;
  /** The lobby secret (what the invite carries). */
  lobby: Uint8Array;
  relays: string[];
  /** The member room's newest epoch the giving device holds, and its secret. */
  epoch: number;
  room: Uint8Array;
  /** The member the receiving device writes for. */
  member: Uint8Array;
  /**
   * The summary hash of the newest checkpoint that counts, as the giving device checked it
   * (docs/protocol.md §4.8, "Where a device starts"): the new device starts from it. Null when
   * none counts; absent in a recovery file and from a device of before version 3's checkpoints.
   */
  checkpoint?: Uint8Array | null;
}

const readNewDeviceMessage = record({ kind: oneOf('new-device'), device: bytes(32), boxKey: bytes(32) });

/** What the adding device asks the new one to sign: the network, and the member it will write for. */
export interface DeviceClaim {
  net: Uint8Array;
  member: Uint8Array;
}

const readClaimMessage = record({ kind: oneOf('claim'), net: bytes(idLength), member: bytes(32) });
const readProofMessage = record({ kind: oneOf('proof'), proof: bytes(signatureLength) });

export function encodeClaim(claim: DeviceClaim): Uint8Array {
  return encodeCanonical({ kind: 'claim', net: claim.net, member: claim.member });
}

/** A claim, or null for anything else (a network record included: then this is no add). */
export function readClaim(message: Uint8Array): DeviceClaim | null {
  try {
    const { net, member } = readClaimMessage(decodeCanonical(message), 'claim');
    return { net, member };
  } catch {
    return null;
  }
}

export function encodeProof(proof: Uint8Array): Uint8Array {
  return encodeCanonical({ kind: 'proof', proof });
}

export function readProof(message: Uint8Array): Uint8Array | null {
  try {
    return readProofMessage(decodeCanonical(message), 'proof').proof;
  } catch {
    return null;
  }
}

const handoverShape = {
  net: bytes(idLength),
  name: text(80),
  area: text(80),
  lobby: bytes(32),
  relays: list(text(300, 1), 8),
  epoch: int(0, Number.MAX_SAFE_INTEGER),
  room: bytes(32),
  member: bytes(32),
};

/** The record's fields alone (a recovery file keeps them). */
export const readHandoverFields = record<NetworkHandover>(handoverShape);
const readHandoverMessage = record({
  kind: oneOf('network'),
  ...handoverShape,
  checkpoint: nullable(bytes(summaryHashLength)),
});

export function encodeNewDevice(keys: NewDeviceKeys): Uint8Array {
  return encodeCanonical({ kind: 'new-device', device: keys.device, boxKey: keys.boxKey });
}

/** The new device's keys, or null for anything else (a box key of small order included). */
export function readNewDevice(message: Uint8Array): NewDeviceKeys | null {
  try {
    const { device, boxKey } = readNewDeviceMessage(decodeCanonical(message), 'new-device');
    return isValidBoxKey(boxKey) ? { device, boxKey } : null;
  } catch {
    return null;
  }
}

export function encodeHandover(handover: NetworkHandover): Uint8Array {
  return encodeCanonical({ kind: 'network', ...handover, checkpoint: handover.checkpoint ?? null });
}

export function readHandover(message: Uint8Array): NetworkHandover | null {
  try {
    const value = decodeCanonical(message);
    // A device of before checkpoints sends no `checkpoint`: the new device then starts from the beginning.
    const withCheckpoint =
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof Uint8Array) &&
      !('checkpoint' in value)
        ? { ...value, checkpoint: null }
        : value;
    const { kind: _kind, ...handover } = readHandoverMessage(withCheckpoint, 'network');
    return handover;
  } catch {
    return null;
  }
}
