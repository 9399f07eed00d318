// A conformance case is a plain async function of a driver, with no test framework in it:
// Vitest runs the cases against the memory adapters in Node, and Playwright runs the same
// cases against the browser's adapters (y-webrtc, PeerJS) in separate browser profiles.
// As automerge-repo's runStorageAdapterTests(setup): one suite, every adapter.

export interface ConformanceCase<Driver> {
  name: string;
  run(driver: Driver): Promise<void>;
}

export class ConformanceFailure extends Error {}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** Asks again until `ready` says yes (a real condition, never a sleep), or gives up after `withinMs`. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  ready: (value: T) => boolean,
  what: string,
  // Up to 45 s, as tests/e2e/network.ts waits for a join: a WebRTC handshake on a busy
  // two-core machine takes 4–8 s, one that sticks is given up after 20 s
  // (src/sync/WebrtcRoomNetwork.ts) and y-webrtc knocks again only after a few seconds alone.
  withinMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new ConformanceFailure(`never happened: ${what}`);
    // Give the event loop (IndexedDB, the network) a turn before asking again.
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
