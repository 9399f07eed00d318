// Review of #19 (outside): the relay lets one connection hold 16 topics
// (maxTopicsPerConnection), and y-webrtc puts every room of a page on one connection per
// relay. A coordinator's or the kiosk's page holds the lobby, the member room and the notice
// room of every epoch it can open (RekeyNotices: "every epoch"): after 14 rekeys (each
// suspension is one) that is 17 rooms, and the relay refuses whichever are subscribed last
// ("too-many-topics"): often the newest (the newest epoch's notice room; after a reconnect,
// the newest epoch's member room, which was made last).
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { closeAll, testRelay } from '../relay/relayClients.ts';

/** What the page's signalling sockets receive: the relay echoes each announce to its sender too. */
const heard: Record<string, unknown>[] = [];
let changed: () => void = () => {};
class RecordingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('message', (data) => {
      heard.push(JSON.parse(String(data)));
      changed();
    });
  }
}
(globalThis as { WebSocket?: unknown }).WebSocket = RecordingWebSocket;

const { WebrtcRoomNetwork } = await import('../../../src/sync/WebrtcRoomNetwork.ts');

const leaves: (() => void)[] = [];
afterEach(async () => {
  for (const leave of leaves.splice(0)) leave();
  await closeAll();
});

describe("a coordinator's page after 14 rekeys", () => {
  it('is subscribed at the relay to every one of its 17 rooms', async () => {
    const relay = await testRelay();
    const names = ['br-lobby-x', 'br-member-x', ...Array.from({ length: 15 }, (_, e) => `br-notice-${e}`)];
    const network = new WebrtcRoomNetwork([`${relay.url.replace('http', 'ws')}/signal`]);
    for (const name of names) {
      const link = network.join(new Y.Doc(), { name, password: 'p' });
      leaves.push(() => link.leave());
    }
    const echoed = () => new Set(heard.filter((m) => m.type === 'publish').map((m) => m.topic));
    const refused = () => heard.some((m) => m.type === 'error');
    // Until every room's announce came back, or the relay refused one and the rest came back.
    while (echoed().size < names.length && !(refused() && echoed().size >= 16)) {
      await new Promise<void>((resolve) => {
        changed = resolve;
      });
    }
    expect(heard.filter((m) => m.type === 'error')).toEqual([]);
    expect([...echoed()].sort()).toEqual([...names].sort());
  }, 30_000);
});
