// y-webrtc's room over the BroadcastChannel (src/sync/WebrtcRoomNetwork.ts `hearOnlyOtherTabs`):
// what the room publishes itself is not read back (lib0 hands it to this tab's subscribers
// too: a year's whole doc applied again on joining), what another tab sends still is.
import * as broadcastChannel from 'lib0/broadcastchannel';
import { describe, expect, it } from 'vitest';
import type { Room } from 'y-webrtc';
import { hearOnlyOtherTabs } from '../../../src/sync/WebrtcRoomNetwork.ts';

function roomHearing(name: string, heard: Uint8Array[]): Room {
  const room = {
    name,
    bcconnected: true,
    _bcSubscriber: (data: ArrayBuffer) => {
      heard.push(new Uint8Array(data));
      return Promise.resolve();
    },
  };
  broadcastChannel.subscribe(name, room._bcSubscriber);
  return room as unknown as Room;
}

describe("a room's BroadcastChannel", () => {
  it('reads what other tabs send, not what it publishes itself', async () => {
    const name = `room-${Math.random()}`;
    const heard: Uint8Array[] = [];
    const room = roomHearing(name, heard);
    hearOnlyOtherTabs(room);
    broadcastChannel.publish(name, new Uint8Array([1]).buffer);
    const otherTab = new BroadcastChannel(name);
    const arrived = new Promise<void>((resolve) => {
      const check = () => (heard.length > 0 ? resolve() : setTimeout(check, 5));
      check();
    });
    otherTab.postMessage(new Uint8Array([2]).buffer);
    await arrived;
    expect(heard).toEqual([new Uint8Array([2])]);
    otherTab.close();
    // The room leaves as y-webrtc does (its current subscriber), and the channel closes.
    expect(broadcastChannel.unsubscribe(name, room._bcSubscriber)).toBe(true);
  });

  it('before the room has joined, only swaps the subscriber it will join with', () => {
    const name = `room-${Math.random()}`;
    const room = { name, bcconnected: false, _bcSubscriber: () => Promise.resolve() } as unknown as Room;
    const own = room._bcSubscriber;
    hearOnlyOtherTabs(room);
    expect(room._bcSubscriber).not.toBe(own);
    expect(broadcastChannel.unsubscribe(name, room._bcSubscriber)).toBe(false);
  });
});
