// A first look at a value before it is checked: whether its payload names a crossing type.
// Every entry of the member doc passes the carrier; checking each in full (its id's hash, its
// canonical form) would do the ledger's work twice on an archive device. The one wire form
// (Entry.ts) puts the type at a fixed place: sig (64 bytes), then the payload's array of 8,
// the protocol version, the type as a text. This only rules values out: what it lets through
// is checked in full (entriesThatCross.ts), so a wrong guess here can carry nothing bad.
import { signatureLength } from '../../core/crypto/signatures.ts';
import { protocolVersion } from '../../core/entry/Entry.ts';
import { type CrossingType, crossingTypeList } from '../../core/links/crossingTypes.ts';

/** The crossing types' names as their payloads spell them: CBOR text, one-byte header (all are under 24 bytes). */
const spelled = crossingTypeList.map((type) => {
  const name = new TextEncoder().encode(type);
  return { type, bytes: Uint8Array.of(0x60 | name.length, ...name) };
});
/** CBOR array of 8, then the protocol version as a small unsigned integer. */
const opening = Uint8Array.of(0x88, protocolVersion);

/** The crossing type the value's payload names, or null when it cannot be an entry of one. */
export function crossingTypeAtSight(value: unknown): CrossingType | null {
  if (!(value instanceof Uint8Array)) return null;
  const at = signatureLength;
  if (value[at] !== opening[0] || value[at + 1] !== opening[1]) return null;
  return spelled.find((name) => startsWith(value, at + 2, name.bytes))?.type ?? null;
}

/** False when the value cannot be an entry of a crossing type; true when it may be. */
export function mayCross(value: unknown): boolean {
  return crossingTypeAtSight(value) !== null;
}

function startsWith(value: Uint8Array, at: number, part: Uint8Array): boolean {
  if (value.length < at + part.length) return false;
  for (let i = 0; i < part.length; i++) if (value[at + i] !== part[i]) return false;
  return true;
}
