// The lifecycle of one network's Y.Doc: kept in IndexedDB, shared in a y-webrtc room.
// The doc is only transport; what it holds is checked by the layers above.

import { IndexeddbPersistence } from 'y-indexeddb';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import type { RoomAddress } from './RoomAddress.ts';

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

export interface NetworkSyncOptions {
  address: RoomAddress;
  signalling: string[];
}

const statusPollMs = 500;

export class NetworkSync {
  readonly doc = new Y.Doc();
  readonly loaded: Promise<void>;
  private readonly persistence: IndexeddbPersistence;
  private readonly provider: WebrtcProvider;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly timer: ReturnType<typeof setInterval>;
  private last = '';
  private isLoaded = false;

  constructor({ address, signalling }: NetworkSyncOptions) {
    this.persistence = new IndexeddbPersistence(`buurtruil-doc-${address.room}`, this.doc);
    this.loaded = this.persistence.whenSynced.then(() => {
      this.isLoaded = true;
      this.emit();
    });
    this.provider = new WebrtcProvider(`buurtruil-${address.room}`, this.doc, {
      signaling: signalling,
      password: address.secret,
      // No public STUN or TURN: simple-peer's defaults point at Google's and Twilio's.
      peerOpts: { config: { iceServers: [] } },
    });
    this.provider.on('peers', () => this.emit());
    this.provider.on('status', () => this.emit());
    // Signalling connections come and go without an event on the provider.
    this.timer = setInterval(() => this.emit(), statusPollMs);
  }

  status(): SyncStatus {
    const room = this.provider.room;
    let webrtcPeers = 0;
    for (const conn of room?.webrtcConns.values() ?? []) if (conn.connected) webrtcPeers++;
    return {
      relays: this.provider.signalingConns.filter((conn) => conn.connected).length,
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
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  private emit(): void {
    const status = this.status();
    const key = JSON.stringify(status);
    if (key === this.last) return;
    this.last = key;
    for (const listener of this.listeners) listener(status);
  }
}
