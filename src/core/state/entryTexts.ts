// An entry's author and parent as text (map keys everywhere in the rules), made once per
// entry and carried on it: the reader makes the author's as it reads (readEntry.ts), the
// parent's is its parent's own id where the reader found the parent (ledgerReading.ts); an
// entry that came without them (written here, or made by a test) gets them on first use.
import { toBase64Url } from '../encoding/base64url.ts';
import { keyText } from '../encoding/keyText.ts';
import type { DeviceKey, EntryIdText, VerifiedEntry } from './NetworkState.ts';

/** The author's key as text. */
export function authorOf(item: VerifiedEntry): DeviceKey {
  let text = item.authorText;
  if (text === undefined) {
    text = keyText(item.entry.author);
    item.authorText = text;
  }
  return text;
}

/** The id of the entry before it as text, or null for a first entry. */
export function parentOf(item: VerifiedEntry): EntryIdText | null {
  let text = item.parentText;
  if (text === undefined) {
    const { prev } = item.entry;
    // The parent's own id, where it was found on reading: the same string, no new one made.
    text = item.parentEntry?.idText ?? (prev ? toBase64Url(prev) : null);
    item.parentText = text;
  }
  return text;
}
