// A room and the page's other tabs (src/sync/otherTabsOnDemand.ts): a room that connects
// alone sends no tab its doc (y-webrtc's own connect encoded and sent the whole doc every
// time), and a tab's ask for what it lacks is one y-webrtc reads and answers. Two tabs that
// each get what the other has are tests/e2e/otherTabs.e2e.ts: a tab needs modules of its own
// (y-webrtc keeps one room of a name per page), which Node's test runner shares.
import { createDecoder, readVarString, readVarUint, readVarUint8Array } from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { type Room, WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { askOtherTabs } from '../../../src/sync/otherTabsOnDemand.ts';
import type { RoomLink } from '../../../src/sync/RoomNetwork.ts';

const links: RoomLink[] = [];
const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const link of links.splice(0)) link.leave();
  for (const channel of channels.splice(0)) channel.close();
});

/** A tab of the app, with no relay (tabs meet over the BroadcastChannel). */
async function tab(doc: Y.Doc, room: { name: string; password: string }): Promise<void> {
  const { WebrtcRoomNetwork } = await import('../../../src/sync/WebrtcRoomNetwork.ts');
  links.push(new WebrtcRoomNetwork([]).join(doc, room));
}

/** Every message posted on the room's channel, as another tab would receive it (encrypted). */
function listen(name: string): Uint8Array[] {
  const heard: Uint8Array[] = [];
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent) => heard.push(new Uint8Array(event.data as ArrayBuffer));
  channels.push(channel);
  return heard;
}

const until = async (ready: () => boolean) => {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("a room and the page's other tabs", () => {
  it('connects without sending its doc when no other tab is there', async () => {
    const room = { name: `br-alone-${Math.random()}`, password: 'room secret' };
    const heard = listen(room.name);
    const doc = new Y.Doc();
    doc.getMap('entries').set('a', new Uint8Array(200_000).fill(7));
    await tab(doc, room);
    // y-webrtc's five: its peer id, a step 1, a step 2 (of nothing now), an awareness query, its awareness.
    await until(() => heard.length >= 5);
    expect(Math.max(...heard.map((message) => message.length))).toBeLessThan(1000);
  });

  it("asks in y-webrtc's own form: the other tab's room reads the ask and answers with what the asker lacks", async () => {
    const name = `br-ask-${Math.random()}`;
    const heard = listen(name);
    const holder = new Y.Doc();
    holder.getMap('entries').set('held', new Uint8Array([1, 2, 3]));
    const provider = new WebrtcProvider(name, holder, { signaling: [], password: 'room secret' });
    links.push({ leave: () => provider.destroy() } as unknown as RoomLink);
    const key = (await provider.key) as CryptoKey;
    await until(() => provider.room !== null && heard.length >= 5);
    const room = provider.room as Room;
    // The asking tab: its own (empty) doc, the same room and key.
    const asker = new Y.Doc();
    const seen = heard.length;
    await askOtherTabs({ name, key, doc: asker, bcconnected: true } as unknown as Room);
    // y-webrtc's own awareness messages may come in between: each message is opened, and the
    // ask (a sync step 1) and the answer (a sync step 2) found by their kinds.
    const opened = async (message: Uint8Array) => {
      const sealed = createDecoder(message);
      expect(readVarString(sealed)).toBe('AES-GCM');
      const iv = new Uint8Array(readVarUint8Array(sealed));
      const plain = new Uint8Array(
        await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(readVarUint8Array(sealed))),
      );
      const decoder = createDecoder(plain);
      return { kinds: [readVarUint(decoder), readVarUint(decoder)], decoder };
    };
    const find = async (from: number, kinds: number[]) => {
      for (let at = from; ; at++) {
        await until(() => heard.length > at);
        const message = heard[at] as Uint8Array;
        const open = await opened(message);
        if (open.kinds[0] === kinds[0] && open.kinds[1] === kinds[1]) return { at, message, ...open };
      }
    };
    const ask = await find(seen, [0, 0]); // a sync message, step 1
    // Delivered to the holder's room as a message from another tab.
    await room._bcSubscriber(ask.message.buffer as ArrayBuffer);
    const { kinds, decoder: answer } = await find(ask.at + 1, [0, 1]);
    expect(kinds).toEqual([0, 1]); // a sync message, step 2
    Y.applyUpdate(asker, readVarUint8Array(answer));
    expect(asker.getMap('entries').get('held')).toEqual(new Uint8Array([1, 2, 3]));
  });
});
