// Where a checkpoint left a link (src/core/checkpoint/linkObjects.ts, protocol-links.md §8):
// settleLinks goes on from it, judging only the entries after the frontier.
import { closeWindows, devicesOf, endKept } from '../../state/devices.ts';
import type { EntryIdText, NetworkState } from '../../state/NetworkState.ts';
import type { Link, LinkStatementRecord } from '../LinkState.ts';

/** The later of a statement a checkpoint carries and one after it (time, then id). */
export function later(
  carried: LinkStatementRecord | null,
  found: LinkStatementRecord | null,
): LinkStatementRecord | null {
  if (!carried || !found) return found ?? carried;
  return found.time > carried.time || (found.time === carried.time && found.id > carried.id) ? found : carried;
}

/** Where a checkpoint left one side's attestation chain: what it had attested, its account, its heads. */
export function priorOf(link: Link, side: 'own' | 'peer') {
  const attested = new Map<EntryIdText, EntryIdText>(link.priorAttested?.[side]);
  for (const record of link.records.values()) {
    const by = record.attested[side];
    if (by) attested.set(record.id, by);
  }
  return { attested, clearing: link.attestedSum[side], heads: link.heads[side] };
}

/**
 * A move whose move-out is below the checkpoint and that a first derivation found complete
 * after it: the move-out is never judged again, so its cut is applied here, before the
 * entries after the checkpoint are judged. F is final: what the member's devices wrote
 * there stands; after it nothing of them counts (a cut id of F cuts nothing after F) but
 * what our side attested.
 */
export function cutMovesFromCheckpoint(state: NetworkState): void {
  // Called before any entry is judged: the moves there are the checkpoint's, their move-outs in F.
  if (!state.checkpoint || !state.movedOut) return;
  for (const link of state.links.values()) {
    for (const move of link.moves.values()) {
      const kept = move.direction === 'out' && move.out ? state.movedOut.get(move.out) : undefined;
      const member = state.members.get(move.member);
      if (!kept || !member) continue;
      // Nothing after F counts but what our side attested (keepAttested.ts). The entries are
      // not chained yet; a window's end is read only when an entry of its device is judged,
      // so each device may hold all of them (the first derivation kept only the member's).
      const devices = devicesOf(state, member);
      const cut = new Map(devices.map((device) => [device.key, new Set(kept)]));
      for (const device of devices) {
        closeWindows(device, cut);
        endKept(device, cut);
        device.removed = true;
      }
      member.status = 'suspended';
      member.roles.clear();
    }
  }
}
