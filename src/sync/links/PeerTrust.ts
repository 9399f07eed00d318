// Whose word of the peer a carrier takes into the member doc (protocol-links.md §2): an
// entry of a roster-signed type only from a key on the peer's rosters, any other crossing
// entry only once a `link-attest` by such a key names it. Anyone with the link secret can
// sign entries of the peer's net with keys of their own; without this, they would fill the
// foreign budget of every member device for good. What waits (for a roster key, for an
// attestation) stays in the link room doc, indexed here: bounded, memory only.
import type { EntryType } from '../../core/entry/bodies.ts';

/** The types a key on the side's roster signs, and that need no attestation (protocol-links.md §9). */
export const rosterSignedTypes: ReadonlySet<EntryType> = new Set<EntryType>([
  'link',
  'link-roster',
  'link-attest',
  'link-end',
  'link-statement',
]);

export class PeerTrust {
  private readonly keys = new Set<string>();
  private readonly attested = new Set<string>();
  /** Room keys waiting, by what they wait for: an author key's place on a roster, or an attestation of their id. */
  private readonly forKey = new Map<string, Set<string>>();
  private readonly forId = new Map<string, Set<string>>();
  /** Each waiting room key, and what it waits for (`k` + key, or `i` + id). */
  private readonly waiting = new Map<string, string>();
  private readonly maxWaiting: number;

  constructor(maxWaiting: number) {
    this.maxWaiting = maxWaiting;
  }

  /** Roster keys and attested ids (base64url) learned: the room keys that waited for them, to look at again. */
  learn(keys: Iterable<string>, ids: Iterable<string>): string[] {
    const again: string[] = [];
    for (const key of keys) {
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      again.push(...this.release(this.forKey, key));
    }
    for (const id of ids) {
      if (this.attested.has(id)) continue;
      this.attested.add(id);
      again.push(...this.release(this.forId, id));
    }
    return again;
  }

  onRoster(author: string): boolean {
    return this.keys.has(author);
  }

  isAttested(id: string): boolean {
    return this.attested.has(id);
  }

  /** `roomKey` waits until `author` is on a roster; false when too much waits already. */
  waitForKey(author: string, roomKey: string): boolean {
    return this.hold(this.forKey, author, roomKey, `k${author}`);
  }

  /** `roomKey` waits until an attestation names `id`; false when too much waits already. */
  waitForAttestation(id: string, roomKey: string): boolean {
    return this.hold(this.forId, id, roomKey, `i${id}`);
  }

  /** The value under `roomKey` is gone from the room: it waits no longer. */
  forget(roomKey: string): void {
    const what = this.waiting.get(roomKey);
    if (what === undefined) return;
    this.waiting.delete(roomKey);
    const index = what[0] === 'k' ? this.forKey : this.forId;
    const keys = index.get(what.slice(1));
    keys?.delete(roomKey);
    if (keys?.size === 0) index.delete(what.slice(1));
  }

  private hold(index: Map<string, Set<string>>, on: string, roomKey: string, what: string): boolean {
    if (this.waiting.get(roomKey) === what) return true;
    this.forget(roomKey);
    if (this.waiting.size >= this.maxWaiting) return false;
    const keys = index.get(on) ?? new Set<string>();
    keys.add(roomKey);
    index.set(on, keys);
    this.waiting.set(roomKey, what);
    return true;
  }

  private release(index: Map<string, Set<string>>, on: string): string[] {
    const keys = index.get(on);
    if (!keys) return [];
    index.delete(on);
    for (const roomKey of keys) this.waiting.delete(roomKey);
    return [...keys];
  }
}
