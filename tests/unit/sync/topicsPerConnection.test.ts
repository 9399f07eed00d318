// Review of #19 (outside): the relay lets one connection hold 16 topics
// (maxTopicsPerConnection), and y-webrtc puts every room of a page on one connection per
// relay. A coordinator's or the kiosk's page holds the lobby, the member room and the notice
// room of every epoch it can open (RekeyNotices: "every epoch"): after 14 rekeys (each
// suspension is one) that is 17 rooms, and the relay refuses whichever are subscribed last
// ("too-many-topics"): often the newest (the newest epoch's notice room; after a reconnect,
// the newest epoch's member room, which was made last). Fixed: a page listens only in the
// notice rooms of its current epoch and the newest few others (RekeyNotices.noticeEpochs).
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
const { noticeEpochs } = await import('../../../src/data/session/keepers/RekeyNotices.ts');

const leaves: (() => void)[] = [];
afterEach(async () => {
  for (const leave of leaves.splice(0)) leave();
  await closeAll();
});

describe("a coordinator's page after 14 rekeys", () => {
  it('is subscribed at the relay to every one of its rooms', async () => {
    const relay = await testRelay();
    // Epochs 0..14 it can open, in the order roomKeysFor might give them; it is in epoch 14.
    const keys = Array.from({ length: 15 }, (_, e) => ({ epoch: (e * 7) % 15 }));
    const notices = noticeEpochs({ epoch: 14 }, keys).map(({ epoch }) => `br-notice-${epoch}`);
    expect(notices).toEqual(['br-notice-14', ...[13, 12, 11, 10, 9, 8, 7, 6].map((e) => `br-notice-${e}`)]);
    const names = ['br-lobby-x', 'br-member-x', ...notices];
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

describe('the notice rooms a page listens in (noticeEpochs)', () => {
  it('the current epoch first, then the newest 8 others, each once; a member only its own', () => {
    const epochs = (list: { epoch: number }[]) => list.map((k) => k.epoch);
    const keys = [3, 1, 2, 2, 0].map((epoch) => ({ epoch }));
    expect(epochs(noticeEpochs({ epoch: 2 }, keys))).toEqual([2, 3, 1, 0]);
    expect(epochs(noticeEpochs(null, keys))).toEqual([3, 2, 1, 0]);
    expect(epochs(noticeEpochs({ epoch: 5 }, []))).toEqual([5]);
    const many = Array.from({ length: 30 }, (_, epoch) => ({ epoch }));
    expect(epochs(noticeEpochs({ epoch: 4 }, many))).toEqual([4, 29, 28, 27, 26, 25, 24, 23, 22]);
  });
});
