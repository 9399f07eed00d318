// The posts one side has shared on a link, as a carrier has seen their shares, and the
// entries of posts still waiting for a share (protocol-links.md §3: a post, its updates and
// its close cross with the `post-share` that names it). A share may arrive after its post:
// the waiting entries are then looked at again. Bounded: what waits past the bound crosses
// only when its key changes or the room is joined again.
export class SharedPosts {
  private readonly shared = new Set<string>();
  private readonly waiting = new Map<string, Set<string>>();
  private waitingCount = 0;
  private readonly maxWaiting: number;

  constructor(maxWaiting: number) {
    this.maxWaiting = maxWaiting;
  }

  isShared(post: string): boolean {
    return this.shared.has(post);
  }

  /** A share of `post` was seen: returns the keys that waited for it. */
  share(post: string): string[] {
    this.shared.add(post);
    const keys = this.waiting.get(post);
    if (!keys) return [];
    this.waiting.delete(post);
    this.waitingCount -= keys.size;
    return [...keys];
  }

  /**
   * The entry under `key` belongs to `post`, which no share named when it was judged. False
   * when a share has come since (in the same batch, say): look at it again at once.
   */
  wait(post: string, key: string): boolean {
    if (this.shared.has(post)) return false;
    const keys = this.waiting.get(post) ?? new Set<string>();
    if (keys.has(key) || this.waitingCount >= this.maxWaiting) return true;
    keys.add(key);
    this.waiting.set(post, keys);
    this.waitingCount++;
    return true;
  }
}
