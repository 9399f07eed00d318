// The order of one member's own entries, where only their latest counts (a profile, a
// post's updates, an answer to a match), and how two of them are compared.
import type { EntryIdText } from './NetworkState.ts';

/**
 * Which of two entries of one member is the later: by the time they claim, then by id.
 * Only ever used between a member's own entries (their profile, their post's updates,
 * their answer to a match), which nobody else can write: a total order across the
 * member's devices, that a device keeps honest by never writing a time before its last.
 */
export interface Order {
  time: number;
  id: EntryIdText;
}

/** a is later than b in one member's writing. */
export function isLater(a: Order, b: Order): boolean {
  return a.time !== b.time ? a.time > b.time : a.id > b.id;
}
