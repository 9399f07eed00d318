// The whole network in one file, for a coordinator to keep and to restore on a new
// laptop (PRODUCT.md principle 11). It holds the signed entries exactly as they travel and
// nothing else: whatever is private in them is already sealed to its readers, so the file
// tells its holder no more than a member's device knows. Format (canonical DAG-CBOR):
//
//   { format: "buurtruil network", version: 2, network: <20-byte network id>,
//     made: <ms since 1970>, entries: [<wire bytes of an entry>, ...] }
//
// Reading is strict: exactly these fields, canonical bytes, the genesis among the entries.
// Each entry is then verified as if a peer had sent it (src/core/Ledger.ts): the file is
// no more trusted than the network.
import { decodeCanonical, encodeCanonical } from '../encoding/canonical.ts';
import { idLength, maxEntryBytes, protocolVersion } from '../entry/Entry.ts';
import { bytes, int, list, oneOf, record, time } from '../entry/shape.ts';

export const networkFileFormat = 'buurtruil network';
/** A file past this is not read at all: two busy years are about 40 MB. */
export const maxNetworkFileBytes = 256 * 1024 * 1024;
const maxEntries = 4_000_000;

export interface NetworkFile {
  network: Uint8Array;
  made: number;
  entries: Uint8Array[];
}

export function writeNetworkFile(file: NetworkFile): Uint8Array {
  return encodeCanonical({
    format: networkFileFormat,
    version: protocolVersion,
    network: file.network,
    made: file.made,
    entries: file.entries,
  });
}

export type NetworkFileProblem = 'too-large' | 'not-a-network-file' | 'other-version';

const readFile = record({
  format: oneOf(networkFileFormat),
  // Any version is read as far as this: a newer app's file says so, rather than "not a network file".
  version: int(0, Number.MAX_SAFE_INTEGER),
  network: bytes(idLength),
  made: time,
  entries: list(bytes([65, maxEntryBytes]), maxEntries),
});

/** The file's contents, or why it is not a network file this device can read. */
export function readNetworkFile(
  data: Uint8Array,
): { ok: true; file: NetworkFile } | { ok: false; problem: NetworkFileProblem } {
  if (data.length > maxNetworkFileBytes) return { ok: false, problem: 'too-large' };
  let read: ReturnType<typeof readFile>;
  try {
    read = readFile(decodeCanonical(data), 'file');
  } catch {
    return { ok: false, problem: 'not-a-network-file' };
  }
  if (read.version !== protocolVersion) return { ok: false, problem: 'other-version' };
  return { ok: true, file: { network: read.network, made: read.made, entries: read.entries } };
}
