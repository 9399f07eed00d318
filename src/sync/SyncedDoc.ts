// The lifecycle of one Y.Doc: kept in IndexedDB, shared in a y-webrtc room. The doc is
// only transport; what it holds is checked by the layers above. The room can change
// (a new epoch after a suspension) while the doc stays.
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { frameDataChannels } from './framedDataChannels.ts';

export interface SyncStatus {
  /** Signalling relays we have an open connection to. */
  relays: number;
  /** Peers with an open WebRTC data channel. */
  webrtcPeers: number;
  /** Other tabs of this browser profile (BroadcastChannel). */
  broadcastPeers: number;
  /** The local copy has been read from IndexedDB. */
  loaded: boolean;
}

export const offlineStatus: SyncStatus = { relays: 0, webrtcPeers: 0, broadcastPeers: 0, loaded: false };

export interface RoomOptions {
  /** The y-webrtc room name: what the relay sees. */
  name: string;
  /** The room password: encrypts signalling, known to readers only. */
  password: string;
  signalling: string[];
}

const statusPollMs = 500;
/** First wait before knocking again when the relay is there but no peer is, in ms. */
const firstRetryMs = 5000;
const longestRetryMs = 60_000;

export class SyncedDoc {
  readonly doc = new Y.Doc();
  readonly loaded: Promise<void>;
  private readonly persistence: IndexeddbPersistence;
  private provider: WebrtcProvider | null = null;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly timer: ReturnType<typeof setInterval>;
  private last = '';
  private isLoaded = false;
  private aloneSince = Date.now();
  private retryMs = firstRetryMs;

  constructor(storageName: string) {
    this.persistence = new IndexeddbPersistence(storageName, this.doc);
    this.loaded = this.persistence.whenSynced.then(() => {
      this.isLoaded = true;
      this.emit();
    });
    // Signalling connections come and go without an event on the provider.
    this.timer = setInterval(() => {
      this.knockIfAlone();
      this.emit();
    }, statusPollMs);
  }

  /** Joins a room (leaving the one before, if any). */
  joinRoom(room: RoomOptions): void {
    if (this.provider?.roomName === room.name) return;
    frameDataChannels();
    this.provider?.destroy();
    this.provider = new WebrtcProvider(room.name, this.doc, {
      signaling: room.signalling,
      password: room.password,
      // No public STUN or TURN: simple-peer's defaults point at Google's and Twilio's.
      peerOpts: { config: { iceServers: [] } },
    });
    const provider = this.provider;
    provider.on('peers', ({ added }: { added: string[] }) => {
      // A connection attempt has started: give it a whole retry interval before knocking,
      // which would tear it down (on a busy device the handshake can take seconds).
      if (added.length > 0) this.aloneSince = Date.now();
      // y-webrtc tells when a connection starts, not when it is up: listen for that too.
      for (const id of added) {
        provider.room?.webrtcConns.get(id)?.peer.once('connect', () => {
          // For measuring: when this page first reached a peer (benchmarks read it).
          if (performance.getEntriesByName('buurtruil:first-peer').length === 0)
            performance.mark('buurtruil:first-peer');
          this.emit();
        });
      }
      this.emit();
    });
    this.provider.on('status', () => this.emit());
    this.emit();
  }

  status(): SyncStatus {
    const room = this.provider?.room;
    let webrtcPeers = 0;
    for (const conn of room?.webrtcConns.values() ?? []) if (conn.connected) webrtcPeers++;
    return {
      relays: this.provider?.signalingConns.filter((conn) => conn.connected).length ?? 0,
      webrtcPeers,
      broadcastPeers: room?.bcConns.size ?? 0,
      loaded: this.isLoaded,
    };
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status());
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    clearInterval(this.timer);
    this.listeners.clear();
    this.provider?.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  /**
   * y-webrtc announces a device once, when it joins; a connection attempt that fails then
   * is not tried again. While the relay is reachable but no peer is connected, join the
   * room afresh now and then (5 s, 10 s, ... up to a minute), so a neighbour who is
   * online is found. The clock restarts whenever a connection attempt starts: knocking
   * destroys attempts in progress, and the other side may then ignore our new announce
   * while it still holds its half of the old attempt.
   */
  private knockIfAlone(): void {
    const status = this.status();
    const now = Date.now();
    if (!this.provider || status.relays === 0 || status.webrtcPeers + status.broadcastPeers > 0) {
      this.aloneSince = now;
      this.retryMs = firstRetryMs;
      return;
    }
    if (now - this.aloneSince < this.retryMs) return;
    this.provider.disconnect();
    this.provider.connect();
    this.aloneSince = now;
    this.retryMs = Math.min(this.retryMs * 2, longestRetryMs);
  }

  private emit(): void {
    const status = this.status();
    const key = JSON.stringify(status);
    if (key === this.last) return;
    this.last = key;
    for (const listener of this.listeners) listener(status);
  }
}
