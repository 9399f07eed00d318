// "Bewaar je sleutel": this device's keys and network record in a file under a passphrase
// shown once; and restoring such a file on a new browser (src/core/crypto/recoveryFile.ts).
import { newPassphrase, openRecovery, sealRecovery } from '../../core/crypto/recoveryFile.ts';
import type { NetworkSession } from '../session/NetworkSession.ts';
import { recordFromHandover } from './DeviceCommands.ts';
import type { DeviceDatabase, NetworkRecord } from './DeviceDatabase.ts';
import { ownChainLength } from './deviceSelectors.ts';

export interface Recovery {
  file: Uint8Array;
  /** Shown once; not kept anywhere. */
  passphrase: string;
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Null while this device holds no member room key. */
export async function makeRecovery(session: NetworkSession): Promise<Recovery | null> {
  const network = session.devices.handover();
  if (!network) return null;
  const passphrase = newPassphrase(random);
  const file = await sealRecovery({ identity: session.identity, network, seq: ownChainLength(session) }, passphrase);
  return { file, passphrase };
}

export type RestoreResult =
  | { ok: true; record: NetworkRecord }
  | { ok: false; problem: 'malformed' | 'wrong-passphrase' | 'already-a-device' };

export async function restoreRecovery(
  device: DeviceDatabase,
  file: Uint8Array,
  passphrase: string,
): Promise<RestoreResult> {
  const opened = await openRecovery(file, passphrase);
  if (!opened.ok) return opened;
  const { identity, network, seq } = opened.contents;
  const record: NetworkRecord = { ...recordFromHandover(network, Date.now()), catchUpTo: seq };
  if (!(await device.restore(identity, record))) return { ok: false, problem: 'already-a-device' };
  return { ok: true, record };
}
