// How an act that cuts a member's devices (suspend, reinstate, move-member, device-remove)
// reads the ids it names. Each is a chain head of one of the member's devices, or a
// `cut-more` part by the act's own member that holds more ids (parts may name parts). So
// an act can name every head its author's device knew, however many branches the member
// signed: hiding a real tip among cheap forks drops nothing (docs/protocol.md §4.3).
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { Device, DeviceKey, EntryIdText, MemberKey, NetworkState } from './NetworkState.ts';
import type { Rejection } from './Rejection.ts';

/**
 * The named heads, grouped by device. Each is a chained entry (the act waits until it is;
 * authorityGraph sees to that) or a part written by `by`'s devices and applied before the
 * act; a head of a device that is not among `devices` is passed over; an id that is
 * neither makes the act `bad-ref`.
 */
export function headsOf(
  state: NetworkState,
  devices: readonly Device[],
  named: readonly Uint8Array[],
  by: MemberKey,
): Map<DeviceKey, Set<EntryIdText>> | Rejection {
  const keys = new Set(devices.map((device) => device.key));
  const grouped = new Map<DeviceKey, Set<EntryIdText>>();
  const opened = new Set<EntryIdText>();
  const pending = named.map(toBase64Url);
  while (pending.length > 0) {
    const id = pending.pop() as EntryIdText;
    // A part is read as its list, even when it is itself a head of a device cut (a
    // coordinator moving themselves): that is what the act's author wrote it for.
    const part = partOf(state, id, by);
    if (part) {
      if (!opened.has(id)) {
        opened.add(id);
        for (const bytes of part) pending.push(toBase64Url(bytes));
      }
      continue;
    }
    // A third member's part is no head of the member cut: the act is refused, as written wrong.
    // (The cut member's own part is a head of its chain like any entry of it.)
    const applied = state.applied.get(id) as AnyEntry | undefined;
    if (applied?.type === 'cut-more' && !keys.has(toBase64Url(applied.author))) return 'bad-ref';
    const node = state.chain.get(id);
    // After a checkpoint, an entry of the frontier below its tips cuts nothing after it (§4.8).
    if (!node && state.checkpoint) continue;
    if (!node) return 'bad-ref';
    // A head of a device that is not (or no longer) the member's cuts nothing and voids
    // nothing: a member whose extra device's key is claimed by someone else, or spent on a
    // join, must not make the coordinator's act refused.
    if (!keys.has(node.author)) continue;
    const set = grouped.get(node.author) ?? new Set<EntryIdText>();
    set.add(id);
    grouped.set(node.author, set);
  }
  return grouped;
}

/** The ids a `cut-more` part holds, if `id` is one that `by`'s devices wrote and that was applied. */
function partOf(state: NetworkState, id: EntryIdText, by: MemberKey): readonly Uint8Array[] | null {
  const entry = state.applied.get(id) as AnyEntry | undefined;
  if (entry?.type !== 'cut-more') return null;
  return state.devices.get(toBase64Url(entry.author))?.member === by ? entry.body.cut : null;
}
