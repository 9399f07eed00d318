// Crockford's base32: codes that people read aloud and type. No I, L, O or U (they look
// or sound like 1, 0 and V); when typed, case, spaces and hyphens do not matter, and I/L
// are read as 1 and O as 0. Used for the pairing code and the recovery passphrase.

export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` random characters (5 bits each) from the given random source. */
export function randomCrockford(length: number, random: (n: number) => Uint8Array): string {
  // 32 divides 256: a byte modulo 32 is uniform.
  return [...random(length)].map((byte) => crockfordAlphabet[byte % 32]).join('');
}

/** What a person typed, as the canonical code (upper case, no separators); null if a character is not in the code. */
export function normalizeCrockford(typed: string): string | null {
  const plain = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  for (const character of plain) if (!crockfordAlphabet.includes(character)) return null;
  return plain;
}

/** The code in groups, for reading and typing: ABCD-EFGH. */
export function groupCode(code: string, size = 4): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += size) groups.push(code.slice(i, i + size));
  return groups.join('-');
}
