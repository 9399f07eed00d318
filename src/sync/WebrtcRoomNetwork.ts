// The browser's network for docs: a y-webrtc room found through the signalling relays,
// each room on signalling connections of its own (signallingPerRoom.ts), under a new tag
// for each new connection.

import * as broadcastChannel from 'lib0/broadcastchannel';
import { createEncoder, toUint8Array, writeVarUint, writeVarUint8Array } from 'lib0/encoding';
import { type Room, WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import type { NewestPosts } from './newestPostsFrame.ts';
import { notBackToSender } from './notBackToSender.ts';
import { askOtherTabs, noWholeDocToOtherTabs } from './otherTabsOnDemand.ts';
import type { PeerCounts, RoomAddress, RoomLink, RoomNetwork } from './RoomNetwork.ts';
import { resyncAtMs, resyncEveryMs } from './resyncSchedule.ts';
import { type RoomSignalling, replaceSignalling, roomSignallingUrl, signallingPerRoom } from './signallingPerRoom.ts';

const statusPollMs = 500;
/** First wait before knocking again when the relay is there but no peer is, in ms. */
const firstRetryMs = 5000;
const longestRetryMs = 60_000;
/**
 * A handshake that has neither connected nor failed by now is given up and tried again.
 * y-webrtc keeps such a connection for ever (a lost signal leaves it half made) and never
 * makes another to that peer, so two devices that both have other peers would never meet.
 * Slow handshakes on a busy machine take 4–8 s.
 */
const handshakeGivenUpMs = 20_000;
/**
 * A resync that falls due while the peer is still sending (or a message of it is still being
 * inflated or waits its turn) waits until it has been quiet this long: a new device's first
 * answer (a year's part, megabytes) takes seconds to arrive, and asked again with a state
 * vector still empty, the peer encodes and sends all of it twice.
 */
const resyncQuietMs = 1000;
/**
 * A room whose relay connection drops connects again after a random wait in this range
 * (ms), not at once: the rooms of one page then come back one by one, not together from
 * the new address (docs/protocol.md §7).
 */
const reconnectJitterMs = [250, 2250] as const;
const askedAgainMark = 'buurtruil:asked-again';

export class WebrtcRoomNetwork implements RoomNetwork {
  private readonly signalling: string[];

  constructor(signalling: string[]) {
    this.signalling = signalling;
  }

  join(doc: Y.Doc, room: RoomAddress, newest?: NewestPosts): RoomLink {
    return new WebrtcRoomLink(doc, room, this.signalling, newest ?? null);
  }
}

class WebrtcRoomLink implements RoomLink {
  private readonly provider: WebrtcProvider;
  private readonly listeners = new Set<() => void>();
  private readonly timer: ReturnType<typeof setInterval>;
  private aloneSince = Date.now();
  private retryMs = firstRetryMs;
  /** When each connection still being made was first seen. */
  private readonly handshakes = new Map<string, number>();
  /** Relay connections waiting out their jitter before they are replaced. */
  private readonly replacing = new Set<ReturnType<typeof setTimeout>>();
  private left = false;
  /** Connected peers, how many resyncs each has had (`resyncAtMs`, then every `resyncEveryMs`), and when the last was. */
  private readonly resyncs = new Map<string, { since: number; sent: number; lastAt: number }>();
  private readonly doc: Y.Doc;
  /** Stops notBackToSender reading the doc's transactions. */
  private stopNotBack: () => void = () => {};

  constructor(doc: Y.Doc, room: RoomAddress, signalling: string[], newest: NewestPosts | null) {
    this.doc = doc;
    signallingPerRoom();
    noWholeDocToOtherTabs();
    this.provider = new WebrtcProvider(room.name, doc, {
      // A URL of this room's own: the relay's operator never sees two rooms on one connection.
      signaling: signalling.map(roomSignallingUrl),
      password: room.password,
      // No public STUN or TURN (simple-peer's defaults pointed at Google's and Twilio's); the
      // peer is DataChannelPeer.ts, which the build puts in simple-peer's place.
      peerOpts: { config: { iceServers: [] } },
    });
    const provider = this.provider;
    // The room is made once the key is derived, in the provider's own callback before this one.
    void provider.key.then(() => {
      if (!provider.room || this.left) return;
      hearOnlyOtherTabs(provider.room);
      this.stopNotBack = notBackToSender(provider.room, doc);
    });
    for (const conn of provider.signalingConns) this.watch(conn);
    provider.on('peers', ({ added }: { added: string[] }) => {
      // A handshake has started: give it a whole retry interval before knocking again, or a
      // slow one (4–8 s on a busy machine) is torn down and the other side ignores the rejoin.
      if (added.length > 0) this.aloneSince = Date.now();
      // Another tab of this page: it learns what it lacks by asking (otherTabsOnDemand.ts), and so does this one.
      const room = provider.room;
      if (room && added.some((id) => room.bcConns.has(id))) void askOtherTabs(room);
      // y-webrtc tells when a connection starts, not when it is up: listen for that too.
      for (const id of added) {
        const peer = provider.room?.webrtcConns.get(id)?.peer;
        // The peer (DataChannelPeer.ts) learns its room's newest posts before its channel opens.
        if (peer && newest) peer.newestPosts = newest;
        peer?.once('connect', () => {
          // For measuring: when this page first reached a peer (benchmarks read it).
          if (performance.getEntriesByName('buurtruil:first-peer').length === 0)
            performance.mark('buurtruil:first-peer');
          this.changed();
        });
      }
      this.changed();
    });
    provider.on('status', () => this.changed());
    provider.on('synced', ({ synced }: { synced: boolean }) => {
      if (synced) newest?.synced();
    });
    // Signalling connections come and go without an event on the provider.
    this.timer = setInterval(() => {
      this.giveUpStuckHandshakes();
      this.resyncConnections();
      this.knockIfAlone();
      this.changed();
    }, statusPollMs);
  }

  peers(): PeerCounts {
    const room = this.provider.room;
    let webrtcPeers = 0;
    for (const conn of room?.webrtcConns.values() ?? []) if (conn.connected) webrtcPeers++;
    return {
      relays: this.provider.signalingConns.filter((conn) => conn.connected).length,
      webrtcPeers,
      broadcastPeers: room?.bcConns.size ?? 0,
    };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  leave(): void {
    this.left = true;
    this.stopNotBack();
    clearInterval(this.timer);
    for (const timer of this.replacing) clearTimeout(timer);
    this.replacing.clear();
    this.listeners.clear();
    this.provider.destroy();
  }

  /**
   * y-webrtc announces a device once, when it joins; a connection attempt that fails then
   * is not tried again. While the relay is reachable but no peer is connected, announce the
   * room afresh on new relay sockets now and then (5 s, 10 s, ... up to a minute), so a
   * neighbour who is online is found.
   */
  private knockIfAlone(): void {
    const peers = this.peers();
    const now = Date.now();
    if (peers.relays === 0 || peers.webrtcPeers + peers.broadcastPeers > 0) {
      this.aloneSince = now;
      this.retryMs = firstRetryMs;
      return;
    }
    if (now - this.aloneSince < this.retryMs) return;
    const provider = this.provider;
    // Only the relay sockets are made anew; the room stays joined. The room's own connect
    // sends the whole doc to other tabs (encoded, encrypted: a second of the page per knock
    // at a year), and a new socket announces every room anyway (y-webrtc's SignalingConn).
    const room = provider.room;
    provider.room = null;
    try {
      provider.disconnect();
      // New sockets, new tags (y-webrtc would reuse the URLs, and keep the closed connections).
      provider.signalingUrls = provider.signalingUrls.map(roomSignallingUrl);
      provider.signalingConns = [];
      provider.connect();
    } finally {
      provider.room = room;
    }
    for (const conn of provider.signalingConns) this.watch(conn);
    this.aloneSince = now;
    this.retryMs = Math.min(this.retryMs * 2, longestRetryMs);
  }

  /**
   * When a relay connection drops (not closed on purpose), lib0 would open the next socket
   * at once under the same URL: stop that, and after a random wait open one under a new tag.
   */
  private watch(conn: RoomSignalling): void {
    conn.on('disconnect', () => {
      if (this.left || !conn.shouldConnect) return;
      conn.shouldConnect = false;
      const wait = reconnectJitterMs[0] + Math.random() * (reconnectJitterMs[1] - reconnectJitterMs[0]);
      const timer = setTimeout(() => {
        this.replacing.delete(timer);
        // A knock in the meantime has already opened new connections.
        if (this.left || !this.provider.signalingConns.includes(conn)) return;
        this.watch(replaceSignalling(this.provider, conn));
        this.changed();
      }, wait);
      this.replacing.add(timer);
    });
  }

  /** Asks each connected peer again, now and then, what this doc lacks (see resyncAtMs, resyncEveryMs). */
  private resyncConnections(): void {
    const now = Date.now();
    const conns = this.provider.room?.webrtcConns ?? new Map();
    for (const id of this.resyncs.keys()) if (!conns.get(id)?.connected) this.resyncs.delete(id);
    for (const [id, conn] of conns) {
      if (!conn.connected || conn.closed) continue;
      const known = this.resyncs.get(id) ?? { since: now, sent: 0, lastAt: now };
      this.resyncs.set(id, known);
      const due = resyncAtMs[known.sent];
      if (due !== undefined && now - known.since < due) continue;
      // After one that waited, the next keeps its distance from it.
      const gap = due === undefined ? resyncEveryMs : due - (resyncAtMs[known.sent - 1] ?? 0);
      if (now - known.lastAt < gap) continue;
      // DataChannelPeer.ts: the peer y-webrtc uses.
      const peer = conn.peer as { heardAt?: number; receiving?: boolean };
      if (peer.receiving || now - (peer.heardAt ?? 0) < resyncQuietMs) continue;
      known.sent++;
      known.lastAt = now;
      const encoder = createEncoder();
      writeVarUint(encoder, 0); // y-webrtc's sync message
      writeVarUint(encoder, 0); // y-protocols' sync step 1
      writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
      try {
        conn.peer.send(toUint8Array(encoder));
      } catch {
        // A connection closing as it is asked: y-webrtc drops it on its own.
      }
      // For the tests: when this page first asked a peer again past `resyncAtMs` (once a page).
      if (due === undefined && performance.getEntriesByName(askedAgainMark).length === 0)
        performance.mark(askedAgainMark);
    }
  }

  /** Closing a stuck connection makes y-webrtc forget it and announce this device again. */
  private giveUpStuckHandshakes(): void {
    const now = Date.now();
    const conns = this.provider.room?.webrtcConns ?? new Map();
    for (const id of this.handshakes.keys()) if (!conns.has(id)) this.handshakes.delete(id);
    for (const [id, conn] of conns) {
      if (conn.connected || conn.closed) {
        this.handshakes.delete(id);
        continue;
      }
      const since = this.handshakes.get(id);
      if (since === undefined) this.handshakes.set(id, now);
      else if (now - since > handshakeGivenUpMs) {
        this.handshakes.delete(id);
        conn.peer.destroy();
      }
    }
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * y-webrtc's room reads its own BroadcastChannel messages: lib0's `publish` hands each one to
 * this tab's subscribers as well as to other tabs. On joining, the room sends other tabs its
 * whole doc (sync step 2), and so applied its own whole doc again: a year's doc, 400 ms and
 * more in one task, for nothing. Its subscriber now reads only what came through the
 * channel (lib0 says so with the origin 'broadcastchannel'). Swapped before the room's first
 * message is out (each is encrypted first, which waits at least a microtask): the new
 * subscriber goes in before the old one comes out, so the channel is never left without one
 * (lib0 closes a channel whose last subscriber leaves).
 */
export function hearOnlyOtherTabs(room: Room): void {
  const own = room._bcSubscriber;
  const otherTabsOnly = (data: ArrayBuffer, origin?: unknown) =>
    origin === 'broadcastchannel' ? own(data) : Promise.resolve();
  room._bcSubscriber = otherTabsOnly;
  if (!room.bcconnected) return;
  broadcastChannel.subscribe(room.name, otherTabsOnly);
  broadcastChannel.unsubscribe(room.name, own);
}
