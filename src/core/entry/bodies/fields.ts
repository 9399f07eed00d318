// The readers and limits every kind of entry body shares: keys, ids, minutes, reasons and
// the `seen` list of authority entries.
import {
  boxKeyLength,
  isValidBoxKey,
  keySlotLength,
  maxSealRecipients,
  type SealedBox,
} from '../../crypto/sealedBox.ts';
import { publicKeyLength } from '../../crypto/signatures.ts';
import { sharedKey } from '../../encoding/keyText.ts';
import { idLength } from '../Entry.ts';
import { bytes, int, list, type Reader, record, ShapeError, text } from '../shape.ts';

/** Hours are counted in whole minutes. One entry moves at most a day's help. */
export const maxMinutes = 24 * 60;
/** The community pot moves larger amounts, up to 100 hours at once. */
export const maxPotMinutes = 100 * 60;
/** An opening balance (a network moved here from elsewhere) is at most 1,000 hours either way. */
export const maxOpeningMinutes = 1000 * 60;
/** Authority entries name at most this many entries they had seen. */
export const maxSeen = 16;
/**
 * A suspension, removal or reinstatement names at most this many ids: chain heads of the
 * member's devices, or `cut-more` parts that hold more of them. 256 ids are 5.6 KB of an
 * entry's 16 KiB; version-2 entries held at most 16 and still read.
 */
export const maxHeads = 256;
/** The most leading zero bits a network may ask of a join's proof of work. */
export const maxJoinWork = 24;

/** A public key: every entry naming the same key holds one shared copy of it (keyText.ts). */
export const key: Reader<Uint8Array> = (value, path) => sharedKey(bytes(publicKeyLength)(value, path));
export const id = bytes(idLength);
export const minutes = int(1, maxMinutes);
export const category = text(40, 1);
export const reason = text(500);
export const seen = list(id, maxSeen, { unique: true });
export const heads = list(id, maxHeads, { unique: true });

export const boxKey: Reader<Uint8Array> = (value, path) => {
  const read = bytes(boxKeyLength)(value, path);
  if (!isValidBoxKey(read)) throw new ShapeError(path, 'range', 'a key of small order');
  return read;
};

export const sealedBox: Reader<SealedBox> = record<SealedBox>({
  eph: bytes(boxKeyLength),
  keys: list(bytes(keySlotLength), maxSealRecipients),
  box: bytes([16, 12_000]),
});
