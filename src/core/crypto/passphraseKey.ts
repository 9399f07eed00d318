// A 32-byte key stretched from a passphrase or PIN with scrypt (NFC-normalised first). The
// scrypt code loads on first use: only a recovery file, a card's PIN or a kiosk share needs
// it, and the pages that never do (the board) should not download it.
export async function passphraseKey(
  passphrase: string,
  salt: Uint8Array,
  params: { N: number; r: number; p: number },
): Promise<Uint8Array> {
  const { scryptAsync } = await import('@noble/hashes/scrypt.js');
  return scryptAsync(passphrase.normalize('NFC'), salt, { ...params, dkLen: 32 });
}
