// How connected a room is, as the page shows it (and the end-to-end tests read it).
export interface SyncStatus {
  /** Signalling relays we have an open connection to. */
  relays: number;
  /** Peers with an open WebRTC data channel. */
  webrtcPeers: number;
  /** Other tabs of this browser profile (BroadcastChannel). */
  broadcastPeers: number;
  /** The local copy has been read from storage. */
  loaded: boolean;
}

export const offlineStatus: SyncStatus = { relays: 0, webrtcPeers: 0, broadcastPeers: 0, loaded: false };
