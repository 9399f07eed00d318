// What every PairingLink must do (src/sync/PairingLink.ts): bytes in, the same bytes out,
// in order, both ways; messages sent before anyone reads wait; closing one end ends the
// other's reads with 'closed'. The driver speaks for the two ends of one fresh link.
import { type ConformanceCase, check } from './conformanceCase.ts';

export type End = 'opener' | 'answerer';

export interface PairingLinkDriver {
  /** Opens a new link between two devices (the previous one is closed). */
  connect(): Promise<void>;
  send(end: End, bytes: number[]): Promise<void>;
  /** The next message at `end`, or the problem that ended the link. */
  receive(end: End): Promise<number[] | { problem: string }>;
  close(end: End): Promise<void>;
}

const bytesOf = (n: number, seed: number) => Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256);

export const pairingLinkCases: ConformanceCase<PairingLinkDriver>[] = [
  {
    name: 'bytes arrive whole and in order, both ways',
    async run(driver) {
      await driver.connect();
      for (const [i, size] of [1, 100, 4096, 16 * 1024].entries()) {
        await driver.send('opener', bytesOf(size, i));
      }
      for (const [i, size] of [1, 100, 4096, 16 * 1024].entries()) {
        const got = await driver.receive('answerer');
        check(
          Array.isArray(got) && got.join() === bytesOf(size, i).join(),
          `message ${i} (${size} bytes) arrived whole`,
        );
      }
      await driver.send('answerer', [7, 8, 9]);
      const back = await driver.receive('opener');
      check(Array.isArray(back) && back.join() === '7,8,9', 'the answer arrived');
      await driver.close('opener');
    },
  },
  {
    name: 'closing one end ends the other end’s reads with "closed"',
    async run(driver) {
      await driver.connect();
      await driver.send('opener', [1]);
      check(Array.isArray(await driver.receive('answerer')), 'the link worked');
      await driver.close('opener');
      const after = await driver.receive('answerer');
      check(!Array.isArray(after) && after.problem === 'closed', 'a read after the other end closed says closed');
      const own = await driver.receive('opener');
      check(!Array.isArray(own) && own.problem === 'closed', 'a read on a closed end says closed');
    },
  },
];
