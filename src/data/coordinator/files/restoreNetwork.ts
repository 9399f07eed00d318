// Restoring a network from the coordinator's export on a device that does not know it (a
// new laptop, a fresh browser profile). Every entry is verified as if a peer had sent it;
// if one is not authentic, nothing is kept and the person is told plainly. With the
// coordinator's recovery file the device takes back the coordinator's key and rejoins the
// network as before; without it, the device keeps a copy it can show but not write to.
import { openRecovery } from '../../../core/crypto/recoveryFile.ts';
import { toBase64Url } from '../../../core/encoding/base64url.ts';
import { entryId } from '../../../core/entry/Entry.ts';
import type { EntryVerifier } from '../../../core/entry/EntryVerifier.ts';
import { type NetworkFileProblem, readNetworkFile } from '../../../core/export/networkFile.ts';
import type { Identity } from '../../../core/Identity.ts';
import { Ledger } from '../../../core/Ledger.ts';
import { lobbySecretFor, roomKeyFor } from '../../../core/rooms.ts';
import type { DeviceDatabase, NetworkRecord } from '../../devices/DeviceDatabase.ts';
import { NetworkDatabase } from '../../store/NetworkDatabase.ts';
import { NetworkProjection } from '../../store/NetworkProjection.ts';

export type RestoreProblem =
  | NetworkFileProblem
  /** An entry in the file is not what its author signed: the file was changed. */
  | 'not-authentic'
  /** The file lacks the network's first entry. */
  | 'no-genesis'
  /** This device knows the network already. */
  | 'known-network'
  /** The recovery file could not be read, or the passphrase does not open it. */
  | 'recovery-malformed'
  | 'wrong-passphrase'
  /** The recovery file is of a device in another network. */
  | 'recovery-other-network'
  /** This device already holds another key and networks of its own. */
  | 'device-in-use';

export type RestoreResult =
  | { ok: true; record: NetworkRecord; entries: number; canWrite: boolean }
  | { ok: false; problem: RestoreProblem };

export interface RestoreOptions {
  /**
   * The coordinator's recovery file and its passphrase: the file "Bewaar je sleutel" makes
   * (src/core/crypto/recoveryFile.ts).
   */
  recovery?: { file: Uint8Array; passphrase: string } | undefined;
  verifier?: EntryVerifier | undefined;
  viewDatabase?: ((networkId: string) => NetworkDatabase) | undefined;
  pause?: (() => Promise<void>) | undefined;
}

export async function restoreNetwork(
  device: DeviceDatabase,
  data: Uint8Array,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const read = readNetworkFile(data);
  if (!read.ok) return read;
  const { file } = read;
  const networkId = toBase64Url(file.network);
  if (await device.networks.get(networkId)) return { ok: false, problem: 'known-network' };

  const ledger = new Ledger(networkId, {
    ...(options.verifier ? { verifier: options.verifier } : {}),
    ...(options.pause ? { pause: options.pause } : {}),
  });
  const added = await ledger.add(file.entries.map((bytes) => [toBase64Url(entryId(bytes)), bytes] as const));
  if (added.refused.length > 0) return { ok: false, problem: 'not-authentic' };
  const state = ledger.state;
  if (!state.genesis || !state.network) return { ok: false, problem: 'no-genesis' };

  let identity: Identity;
  let catchUpTo: number | undefined;
  if (options.recovery) {
    const opened = await openRecovery(options.recovery.file, options.recovery.passphrase);
    if (!opened.ok)
      return { ok: false, problem: opened.problem === 'malformed' ? 'recovery-malformed' : 'wrong-passphrase' };
    if (toBase64Url(opened.contents.network.net) !== networkId) return { ok: false, problem: 'recovery-other-network' };
    const restored = opened.contents.identity;
    const own = await device.identity.get('self');
    const same = own && toBase64Url(own.signingSecret) === toBase64Url(restored.signing.secretKey);
    if (own && !same && (await device.networks.count()) > 0) return { ok: false, problem: 'device-in-use' };
    await device.identity.put({
      id: 'self',
      signingSecret: restored.signing.secretKey,
      boxSecret: restored.box.secretKey,
    });
    identity = restored;
    // Its own chain may have grown after the export: it writes again once it has caught up.
    catchUpTo = opened.contents.seq;
  } else {
    identity = await device.ownIdentity();
  }

  // The verified copy and the tables, as if the entries had arrived from peers.
  const db = (options.viewDatabase ?? ((id) => new NetworkDatabase(id)))(networkId);
  try {
    await new NetworkProjection(db, ledger).reconcile();
  } finally {
    db.close();
  }
  const me = toBase64Url(identity.signing.publicKey);
  const memberKey = state.devices.get(me)?.member ?? me;
  const key = roomKeyFor(state, identity, file.network);
  const lobby = lobbySecretFor(state, identity, file.network);
  const record: NetworkRecord = {
    id: networkId,
    name: state.network.name,
    area: state.network.area,
    role: state.founder === memberKey ? 'founder' : 'member',
    lobbySecret: lobby ? toBase64Url(lobby) : '',
    relays: state.network.relays,
    roomSecret: key ? toBase64Url(key.secret) : null,
    epoch: key?.epoch ?? 0,
    details: null,
    joinId: null,
    opened: Date.now(),
    ...(catchUpTo === undefined ? {} : { catchUpTo }),
  };
  await device.networks.put(record);
  return { ok: true, record, entries: ledger.size, canWrite: key !== null };
}
