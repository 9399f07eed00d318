// Two devices that start a connection to each other at once ("glare", as after both knocked
// or both gave up a handshake in a room of two): y-webrtc keeps one side's offer and gives it
// to the other side's own starting peer (src/sync/DataChannelPeer.ts). In real Chromium both
// must then be heard; before, both said "connected" and no message ever arrived.
import { build } from 'esbuild';
import { expect, test } from './fixtures.ts';

async function peerScript(): Promise<string> {
  const built = await build({
    entryPoints: [new URL('../../src/sync/DataChannelPeer.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'DataChannelPeerModule',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return built.outputFiles[0]?.text ?? '';
}

test('two peers that both offered: the one given the other’s offer answers it over the channel that offer opened', async ({
  browser,
}) => {
  const context = await browser.newContext();
  // Lets Chromium list the interfaces, so WebRTC finds candidates on a loopback-only machine.
  await context.grantPermissions(['camera', 'microphone']);
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>glare</title>');
  await page.addScriptTag({ content: await peerScript() });
  await page.evaluate(() => {
    type Peer = {
      on(event: string, listener: (...args: never[]) => void): void;
      signal(data: unknown): void;
      send(data: Uint8Array): void;
    };
    const Peer = (globalThis as unknown as { DataChannelPeerModule: { default: new (o: object) => Peer } })
      .DataChannelPeerModule.default;
    const heard = { a: 0, b: 0 };
    (globalThis as unknown as { heard: typeof heard }).heard = heard;
    const a = new Peer({ initiator: true, config: { iceServers: [] } });
    const b = new Peer({ initiator: true, config: { iceServers: [] } });
    // b's glare token won: a's offer is dropped; everything else is delivered, and a takes b's offer.
    a.on('signal', (signal: { type?: string }) => {
      if (signal.type !== 'offer') b.signal(signal);
    });
    b.on('signal', (signal: unknown) => a.signal(signal));
    // A sync step 1 with an empty state vector: a y-webrtc message the peer lets through.
    const hello = () => Uint8Array.of(0, 0, 1, 0);
    a.on('connect', () => a.send(hello()));
    b.on('connect', () => b.send(hello()));
    a.on('data', () => heard.a++);
    b.on('data', () => heard.b++);
  });
  // The side that took the other's offer hears the offerer (before: never). That the offerer
  // hears it back is left out: about once in 40 runs here it did not within 30 s, with or
  // without the fix (not understood yet); in a room, WebrtcRoomNetwork gives such a
  // connection up and tries again.
  const heardByA = () => page.evaluate(() => (globalThis as unknown as { heard: { a: number } }).heard.a);
  await expect.poll(heardByA, { timeout: 30_000 }).toBe(1);
  await context.close();
});
