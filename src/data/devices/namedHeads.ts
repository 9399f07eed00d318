// What an act that cuts a member's devices (suspend, reinstate, move-member, device-remove,
// a card replaced) names: every branch tip this device knows of every one of them, never a
// first few. A member who signs hundreds of cheap forks must not get a real tip, and the
// hours it paid, dropped. Tips that do not fit in the act go into `cut-more` parts written
// just before it, and the act names the parts (src/core/state/cutHeads.ts).
import { idFromText } from '../../core/encoding/base64url.ts';
import { type EntryType, maxHeads } from '../../core/entry/bodies.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { chainTipsOf } from '../../core/state/membership.ts';
import type { DeviceKey, NetworkState } from '../../core/state/NetworkState.ts';
import type { WriteProblem, WriteResult } from '../session/WriteResult.ts';

/** Whoever writes the act: the parts are theirs too (an act opens only its own author's parts). */
export interface HeadsWriter {
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

/**
 * The ids the act names for `devices`: their tips when they fit, else the parts that hold
 * them (parts of parts past 65,536 tips). A part that cannot be written stops the act.
 */
export async function namedHeads(
  state: NetworkState,
  devices: readonly DeviceKey[],
  writer: HeadsWriter,
): Promise<{ ok: true; ids: Uint8Array[] } | WriteProblem> {
  const tips = chainTipsOf(state, devices);
  let level = devices.flatMap((device) => tips.get(device) ?? []).map(idFromText);
  while (level.length > maxHeads) {
    const parts: Uint8Array[] = [];
    for (let at = 0; at < level.length; at += maxHeads) {
      const written = await writer.write('cut-more', { cut: level.slice(at, at + maxHeads) });
      if (!written.ok) return written;
      parts.push(written.entry.id);
    }
    level = parts;
  }
  return { ok: true, ids: level };
}

/**
 * The member's devices an act still cuts: those not retired, and those the member retired
 * whose payments and acts for others still stand (Device.kept): the act names their tips too.
 */
export function liveDeviceKeys(state: NetworkState, devices: readonly DeviceKey[]): DeviceKey[] {
  return devices.filter((key) => {
    const device = state.devices.get(key);
    return device !== undefined && (!device.removed || device.kept?.end === null);
  });
}
