// Ed25519 (RFC 8032). Signing uses @noble/curves (audited; the secret key is 32 bytes we
// can export under a passphrase, which WebCrypto would not allow). Verifying uses
// WebCrypto where the platform has Ed25519 (20x faster: it decides how fast a year of
// entries loads), and @noble/curves in strict RFC 8032 mode where it does not.
import { ed25519 } from '@noble/curves/ed25519.js';

export const publicKeyLength = 32;
export const signatureLength = 64;

export interface SigningKeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export function newSigningKeyPair(): SigningKeyPair {
  const secretKey = ed25519.utils.randomSecretKey();
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export function signingKeyPairFrom(secretKey: Uint8Array): SigningKeyPair {
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export function sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(message, secretKey);
}

const importedKeys = new Map<string, Promise<CryptoKey | null>>();
let webCryptoWorks: boolean | undefined;

export async function verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
  if (signature.length !== signatureLength || publicKey.length !== publicKeyLength) return false;
  if (webCryptoWorks !== false) {
    const key = await importKey(publicKey);
    if (key) {
      try {
        return await crypto.subtle.verify('Ed25519', key, asBuffer(signature), asBuffer(message));
      } catch {
        return false;
      }
    }
  }
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

function importKey(publicKey: Uint8Array): Promise<CryptoKey | null> {
  const name = String.fromCharCode(...publicKey);
  let key = importedKeys.get(name);
  if (!key) {
    key = crypto.subtle.importKey('raw', asBuffer(publicKey), { name: 'Ed25519' }, false, ['verify']).then(
      (imported) => {
        webCryptoWorks = true;
        return imported;
      },
      (error: unknown) => {
        // No Ed25519 in this WebCrypto: fall back for good. A bad key: fall back once.
        if ((error as { name?: string }).name === 'NotSupportedError') webCryptoWorks ??= false;
        return null;
      },
    );
    if (importedKeys.size > 10_000) importedKeys.clear();
    importedKeys.set(name, key);
  }
  return key;
}

function asBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
