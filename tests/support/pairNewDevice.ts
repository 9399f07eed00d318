// A fresh device paired with a member's device over an in-memory pairing link: `give` is
// what the giving side does once both confirmed (add the device, move the member to it).
import { expect } from 'vitest';
import { becomeNewDevice, newDeviceKeys } from '../../src/data/devices/index.ts';
import type { NetworkSession } from '../../src/data/session/index.ts';
import { memoryPairingLinks } from '../../src/sync/MemoryPairingLink.ts';
import { secureLink } from '../../src/sync/pairingHandshake.ts';
import type { Neighbourhood, TestDevice } from './Neighbourhood.ts';

export async function pairNewDevice(
  hood: Neighbourhood,
  name: string,
  give: (
    link: Awaited<ReturnType<typeof secureLink>>,
    keys: NonNullable<Awaited<ReturnType<typeof newDeviceKeys>>>,
  ) => Promise<unknown>,
): Promise<{ device: TestDevice; session: NetworkSession }> {
  const device = hood.device(name);
  const identity = await device.device.ownIdentity();
  const [a, b] = memoryPairingLinks();
  const [mine, theirs] = await Promise.all([secureLink(a), secureLink(b)]);
  expect(mine.checkCode).toBe(theirs.checkCode);
  const [record] = await Promise.all([
    becomeNewDevice(mine, device.device, identity),
    (async () => {
      const keys = await newDeviceKeys(theirs);
      if (!keys) throw new Error('no keys');
      await give(theirs, keys);
    })(),
  ]);
  if (!record) throw new Error('no record');
  return { device, session: await device.open(record) };
}
