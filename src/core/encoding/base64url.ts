// Unpadded base64url (RFC 4648 §5): the alphabet that survives a URL and a QR code.
// Ids and keys are turned into text for every entry read and judged, so both directions
// work on character codes and build each string in one piece (adding a character at a
// time made a chain of partial strings per id: most of the garbage a year's load made).
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const codes = Uint8Array.from(alphabet, (char) => char.charCodeAt(0));
/** The value of each character code below 128, or -1 for what is not in the alphabet. */
const values = new Int8Array(128).fill(-1);
for (let index = 0; index < alphabet.length; index++) values[alphabet.charCodeAt(index)] = index;

/** String.fromCharCode takes its arguments on the stack: long inputs are turned in parts. */
const chunkChars = 8192;

export function toBase64Url(bytes: Uint8Array): string {
  const length = bytes.length;
  const out = new Uint8Array(Math.ceil((length * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = codes[n >> 18] as number;
    out[o++] = codes[(n >> 12) & 63] as number;
    out[o++] = codes[(n >> 6) & 63] as number;
    out[o++] = codes[n & 63] as number;
  }
  if (i < length) {
    // One or two bytes left: two or three characters, the unused bits zero.
    const two = i + 1 < length;
    const n = ((bytes[i] as number) << 16) | (two ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = codes[n >> 18] as number;
    out[o++] = codes[(n >> 12) & 63] as number;
    if (two) out[o++] = codes[(n >> 6) & 63] as number;
  }
  return textOfCodes(out);
}

/** Is `text` exactly toBase64Url(bytes)? Compared character by character, no text made. */
export function isBase64UrlOf(text: string, bytes: Uint8Array): boolean {
  const length = bytes.length;
  if (text.length !== Math.ceil((length * 4) / 3)) return false;
  let o = 0;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    if (
      text.charCodeAt(o) !== codes[n >> 18] ||
      text.charCodeAt(o + 1) !== codes[(n >> 12) & 63] ||
      text.charCodeAt(o + 2) !== codes[(n >> 6) & 63] ||
      text.charCodeAt(o + 3) !== codes[n & 63]
    )
      return false;
    o += 4;
  }
  if (i < length) {
    const two = i + 1 < length;
    const n = ((bytes[i] as number) << 16) | (two ? (bytes[i + 1] as number) << 8 : 0);
    if (text.charCodeAt(o) !== codes[n >> 18] || text.charCodeAt(o + 1) !== codes[(n >> 12) & 63]) return false;
    if (two && text.charCodeAt(o + 2) !== codes[(n >> 6) & 63]) return false;
  }
  return true;
}

function textOfCodes(out: Uint8Array): string {
  if (out.length <= chunkChars) return String.fromCharCode.apply(null, out as unknown as number[]);
  let text = '';
  for (let at = 0; at < out.length; at += chunkChars) {
    text += String.fromCharCode.apply(null, out.subarray(at, at + chunkChars) as unknown as number[]);
  }
  return text;
}

/** Returns null for anything that is not canonical unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const digit = code < 128 ? (values[code] as number) : -1;
    if (digit < 0) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two texts would decode to the same bytes.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** Bytes of an id or key we produced ourselves; throws on anything else. */
export function idFromText(text: string): Uint8Array {
  const bytes = fromBase64Url(text);
  if (!bytes) throw new Error('not base64url');
  return bytes;
}
