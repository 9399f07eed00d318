// What the cut of a completed move keeps (docs/protocol-links.md §5): the moving member's
// entries our side attested. The peer counts a record once both attestations are there and
// never sees our cut, so a payment the member wrote while the move was under way, attested
// before our archive saw the move-out, must count here too, or the clearing accounts part.
import type { DeviceKey, EntryIdText, NetworkState } from '../state/NetworkState.ts';

/**
 * Adds each kept entry to the cut of the device that wrote it: the device then stops after
 * whichever is later, the cut or that entry (with its own past on the device's chain, which
 * it cannot count without). An entry of a device not among `devices` is passed over.
 */
export function keepAttested(
  state: NetworkState,
  cut: Map<DeviceKey, Set<EntryIdText>>,
  kept: Iterable<EntryIdText>,
  devices: ReadonlySet<DeviceKey>,
): void {
  for (const id of kept) {
    const author = state.chain.get(id)?.author;
    if (!author || !devices.has(author)) continue;
    const heads = cut.get(author) ?? new Set<EntryIdText>();
    heads.add(id);
    cut.set(author, heads);
  }
}
