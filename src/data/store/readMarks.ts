// What this device has looked at, per post: kept in the device's own database and never
// shared (who read what is nobody else's business, and not part of the log).
import type { DeviceDatabase, ReadMark } from '../devices/DeviceDatabase.ts';

/** Since when this device counts things as new for this network: the first time it showed the board. */
export const sinceMark = '*';

export function readMarks(device: DeviceDatabase, network: string): Promise<ReadMark[]> {
  return device.readMarks.where('network').equals(network).toArray();
}

/** This device looked at `post` (or, with sinceMark, started counting), up to `time`. */
export async function markRead(device: DeviceDatabase, network: string, post: string, time: number): Promise<void> {
  const key = `${network} ${post}`;
  await device.transaction('rw', device.readMarks, async () => {
    const known = await device.readMarks.get(key);
    if (post === sinceMark ? known : known && known.time >= time) return;
    await device.readMarks.put({ key, network, post, time });
  });
}

/** Per post, when this device last looked; `since` for everything it never opened. */
export function readTimes(marks: readonly ReadMark[]): { since: number | null; byPost: Map<string, number> } {
  let since: number | null = null;
  const byPost = new Map<string, number>();
  for (const mark of marks) {
    if (mark.post === sinceMark) since = mark.time;
    else byPost.set(mark.post, mark.time);
  }
  return { since, byPost };
}

/** Is there news on this post since this device last looked? */
export function isUnread(
  times: { since: number | null; byPost: Map<string, number> },
  post: string,
  news: number | undefined,
): boolean {
  if (news === undefined || times.since === null) return false;
  return news > (times.byPost.get(post) ?? times.since);
}
