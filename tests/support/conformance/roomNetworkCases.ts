// What every RoomNetwork must do (src/sync/RoomNetwork.ts): share a doc with whoever is in
// the same room with the same password, nobody else; count the peers; stop on leave. The
// driver speaks for three devices, a, b and c (in the browser, three browser profiles).
import { type ConformanceCase, check, eventually } from './conformanceCase.ts';

export type Who = 'a' | 'b' | 'c';

export interface RoomNetworkDriver {
  /** A room name no other case uses. */
  freshRoom(): string;
  /** `who` joins `room` with `password`, with a doc of its own. */
  join(who: Who, room: string, password: string): Promise<void>;
  /** Sets `key` in `who`'s doc (a map shared by the room). */
  set(who: Who, key: string, value: string): Promise<void>;
  /** What `who`'s doc holds under `key`. */
  get(who: Who, key: string): Promise<string | undefined>;
  /** How many peers `who` is connected to (WebRTC peers; the memory hub counts the same). */
  peers(who: Who): Promise<number>;
  leave(who: Who): Promise<void>;
}

const arrives = (driver: RoomNetworkDriver, who: Who, key: string, value: string) =>
  eventually(
    () => driver.get(who, key),
    (seen) => seen === value,
    `${who} sees ${key}=${value}`,
  );

/** As arrives, for a value too long to print when it does not. */
const arrivesLarge = (driver: RoomNetworkDriver, who: Who, key: string, value: string) =>
  eventually(
    () => driver.get(who, key),
    (seen) => seen === value,
    `${who} sees ${key} whole (${value.length} characters)`,
  );

export const roomNetworkCases: ConformanceCase<RoomNetworkDriver>[] = [
  {
    name: 'what one side writes reaches the other, both ways, and the peers are counted',
    async run(driver) {
      const room = driver.freshRoom();
      await driver.join('a', room, 'geheim');
      await driver.join('b', room, 'geheim');
      await driver.set('a', 'from-a', 'hallo');
      await arrives(driver, 'b', 'from-a', 'hallo');
      await driver.set('b', 'from-b', 'terug');
      await arrives(driver, 'a', 'from-b', 'terug');
      await eventually(
        () => driver.peers('a'),
        (n) => n >= 1,
        'a counts b',
      );
      await driver.leave('a');
      await driver.leave('b');
    },
  },
  {
    name: 'a late joiner gets what was written before it came',
    async run(driver) {
      const room = driver.freshRoom();
      await driver.join('a', room, 'geheim');
      await driver.set('a', 'early', 'al gezegd');
      await driver.join('b', room, 'geheim');
      await arrives(driver, 'b', 'early', 'al gezegd');
      await driver.leave('a');
      await driver.leave('b');
    },
  },
  {
    // Chromium closes a data channel on a message over 256 KiB; a new device gets the whole
    // document in one y-webrtc message (src/sync/framedDataChannels.ts sends it in frames).
    name: 'a message larger than a data channel takes arrives whole, both ways',
    async run(driver) {
      const room = driver.freshRoom();
      const large = (mark: string) => mark.repeat(300_000);
      await driver.join('a', room, 'geheim');
      await driver.set('a', 'large-a', large('a'));
      await driver.join('b', room, 'geheim');
      await arrivesLarge(driver, 'b', 'large-a', large('a'));
      await driver.set('b', 'large-b', large('b'));
      await arrivesLarge(driver, 'a', 'large-b', large('b'));
      await driver.leave('a');
      await driver.leave('b');
    },
  },
  {
    name: 'a wrong password finds nobody',
    async run(driver) {
      const room = driver.freshRoom();
      await driver.join('a', room, 'geheim');
      await driver.join('b', room, 'fout');
      await driver.join('c', room, 'geheim');
      await driver.set('a', 'secret', 'alleen voor wie het weet');
      // c, with the right password, is the proof that it was sent.
      await arrives(driver, 'c', 'secret', 'alleen voor wie het weet');
      await driver.set('c', 'second', 'ook niet');
      await arrives(driver, 'a', 'second', 'ook niet');
      check((await driver.get('b', 'secret')) === undefined, 'the wrong password got nothing');
      check((await driver.get('b', 'second')) === undefined, 'the wrong password got nothing later either');
      check((await driver.peers('b')) === 0, 'the wrong password has no peers');
      await driver.leave('a');
      await driver.leave('b');
      await driver.leave('c');
    },
  },
  {
    name: 'after leaving, nothing more arrives',
    async run(driver) {
      const room = driver.freshRoom();
      await driver.join('a', room, 'geheim');
      await driver.join('b', room, 'geheim');
      await driver.join('c', room, 'geheim');
      await driver.set('a', 'first', 'voor iedereen');
      await arrives(driver, 'b', 'first', 'voor iedereen');
      await arrives(driver, 'c', 'first', 'voor iedereen');
      // a and c reach each other directly, not only through b, before b goes.
      await eventually(
        () => driver.peers('a'),
        (n) => n >= 2,
        'a counts b and c',
      );
      await eventually(
        () => driver.peers('c'),
        (n) => n >= 2,
        'c counts a and b',
      );
      await driver.leave('b');
      await driver.set('a', 'later', 'na het weggaan');
      await arrives(driver, 'c', 'later', 'na het weggaan');
      check((await driver.get('b', 'later')) === undefined, 'b left before it was written');
      await driver.leave('a');
      await driver.leave('c');
    },
  },
];
