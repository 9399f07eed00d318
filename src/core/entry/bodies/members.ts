// The bodies that change who counts: suspensions and roles, a member's devices, cuts,
// moving a member to a new key, vouches and a coordinator's private warning.
import type { SealedBox } from '../../crypto/sealedBox.ts';
import { signatureLength } from '../../crypto/signatures.ts';
import { bytes, oneOf, type Reader, record, text } from '../shape.ts';
import { boxKey, heads, key, reason, sealedBox, seen } from './fields.ts';

export const roles = ['coordinator', 'kiosk'] as const;
export type Role = (typeof roles)[number];

// A device-add of version 3 carries `proof`; one of version 2's form does not, and stays
// authentic (authenticity never shrinks, docs/protocol.md §0): the rule decides whether it
// counts (src/core/rules/deviceAdd.ts). Each form has its one canonical encoding.
const deviceAddWithProof: Reader<MemberBodies['device-add']> = record({
  device: key,
  boxKey,
  label: text(40),
  proof: bytes(signatureLength),
  seen,
});
const deviceAddOfVersion2: Reader<MemberBodies['device-add']> = record<Omit<MemberBodies['device-add'], 'proof'>>({
  device: key,
  boxKey,
  label: text(40),
  seen,
});

function isRecordWith(value: unknown, field: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, field);
}

export interface MemberBodies {
  /** `cut`: the heads of the member's device chains that the coordinator had seen; nothing after them counts. */
  suspend: { member: Uint8Array; cut: Uint8Array[]; reason: string; seen: Uint8Array[] };
  /** `from`: the heads the coordinator had seen; what follows them counts again. */
  reinstate: { member: Uint8Array; from: Uint8Array[]; seen: Uint8Array[] };
  'grant-role': { member: Uint8Array; role: Role; seen: Uint8Array[] };
  'revoke-role': { member: Uint8Array; role: Role; seen: Uint8Array[] };
  /**
   * A member's device adds another device of the same member (after pairing). `proof`: the
   * new device's signature that it writes for this member (src/core/deviceProof.ts);
   * version 3 writes it, and an entry of version 2's form, without it, still reads.
   */
  'device-add': { device: Uint8Array; boxKey: Uint8Array; label: string; proof?: Uint8Array; seen: Uint8Array[] };
  /** A member's device retires one of the member's devices (lost, sold). */
  'device-remove': { device: Uint8Array; cut: Uint8Array[]; seen: Uint8Array[] };
  /**
   * More heads for an act that cuts (suspend, reinstate, move-member, device-remove) than
   * one entry holds: written first by the act's author, named among the act's ids. On its
   * own it changes nothing (docs/protocol.md §4.3).
   */
  'cut-more': { cut: Uint8Array[]; seen: Uint8Array[] };
  /** A coordinator moves a member who lost every device to a new key; the old ones stop after `cut`. */
  'move-member': {
    member: Uint8Array;
    device: Uint8Array;
    boxKey: Uint8Array;
    cut: Uint8Array[];
    reason: string;
    seen: Uint8Array[];
  };
  /**
   * "I want this member as coordinator": any member's voice, for when no coordinator is
   * left who can act (src/core/rules/vouch.ts). A member's latest vouch is their voice.
   */
  vouch: { member: Uint8Array; seen: Uint8Array[] };
  /** A kind, private word from a coordinator, sealed to the member and the coordinators. */
  warn: { member: Uint8Array; note: SealedBox; seen: Uint8Array[] };
}

export const memberBodyReaders: { [T in keyof MemberBodies]: Reader<MemberBodies[T]> } = {
  suspend: record({ member: key, cut: heads, reason, seen }),
  reinstate: record({ member: key, from: heads, seen }),
  'grant-role': record({ member: key, role: oneOf(...roles), seen }),
  'revoke-role': record({ member: key, role: oneOf(...roles), seen }),
  'device-add': (value, path) => (isRecordWith(value, 'proof') ? deviceAddWithProof : deviceAddOfVersion2)(value, path),
  'device-remove': record({ device: key, cut: heads, seen }),
  'cut-more': record({ cut: heads, seen }),
  'move-member': record({ member: key, device: key, boxKey, cut: heads, reason, seen }),
  vouch: record({ member: key, seen }),
  warn: record({ member: key, note: sealedBox, seen }),
};
