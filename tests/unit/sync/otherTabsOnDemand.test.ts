// A room and the page's other tabs (src/sync/otherTabsOnDemand.ts): a room that connects
// alone sends no tab its doc (y-webrtc's own connect encoded and sent the whole doc every
// time). Two tabs that each get what the other has are tests/e2e/otherTabs.e2e.ts: a tab
// needs modules of its own (y-webrtc keeps one room of a name per page), which Node's test
// runner shares.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
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
});
