// One signalling connection per room, so a relay's operator never sees two rooms of a page
// subscribed together (docs/protocol.md §7): the lobby's name follows from the public
// poster, and a member room seen beside it would be tied to that network. y-webrtc keeps
// one connection per relay URL for all rooms of a page and subscribes every room on every
// connection (y-webrtc.js: SignalingConn's 'connect', announceSignalingInfo and
// Room.disconnect). So each room asks for its relay under a URL of its own (a query the
// relay ignores), and a connection sends only its own room's topics. Each new connection of
// a room gets a new tag (replaceSignalling), so a tag never follows a device across addresses.
import { SignalingConn, WebrtcProvider } from 'y-webrtc';

/** The messages y-webrtc sends a relay (y-webrtc.js), as far as this needs to read them. */
type SignallingMessage =
  | { type: 'subscribe' | 'unsubscribe'; topics: string[] }
  | { type: 'publish'; topic: string; data: unknown }
  | { type: string };

interface OwnTopicsConn {
  providers: Set<{ roomName: string }>;
  send(message: SignallingMessage): void;
  /** The topics this connection subscribed to, so it unsubscribes only those. */
  __topics?: Set<string>;
}

let installed = false;

/** Makes every y-webrtc signalling connection send only the topics of its own rooms. */
export function signallingPerRoom(): void {
  if (installed) return;
  installed = true;
  const proto = SignalingConn.prototype as unknown as OwnTopicsConn;
  const send = proto.send;
  proto.send = function (this: OwnTopicsConn, message: SignallingMessage): void {
    const own = (topic: string) => [...this.providers].some((provider) => provider.roomName === topic);
    this.__topics ??= new Set();
    const subscribed = this.__topics;
    if ('topics' in message && message.type === 'subscribe') {
      const topics = message.topics.filter(own);
      if (topics.length === 0) return;
      for (const topic of topics) subscribed.add(topic);
      send.call(this, { ...message, topics });
    } else if ('topics' in message && message.type === 'unsubscribe') {
      // The room has already left this connection's providers when y-webrtc unsubscribes.
      const topics = message.topics.filter((topic) => subscribed.has(topic));
      if (topics.length === 0) return;
      for (const topic of topics) subscribed.delete(topic);
      send.call(this, { ...message, topics });
    } else if ('topic' in message && message.type === 'publish') {
      if (own(message.topic)) send.call(this, message);
    } else {
      send.call(this, message);
    }
  };
}

/**
 * The relay's URL as one room asks for it: with a random `c` of its own in the query (a new
 * one in place of any there), so y-webrtc (which keys its connections by URL) opens a
 * connection for this room alone.
 * Relays route by path and ignore the query (src/relay/RelayServer.ts; y-webrtc's own
 * server too).
 */
export function roomSignallingUrl(relay: string): string {
  const url = new URL(relay);
  const tag = crypto.getRandomValues(new Uint8Array(9));
  url.searchParams.set('c', [...tag].map((byte) => byte.toString(16).padStart(2, '0')).join(''));
  return url.toString();
}

/** A room's signalling connection, as far as its replacement needs it. */
export interface RoomSignalling {
  url: string;
  connected: boolean;
  /** False once it was closed on purpose (y-webrtc's disconnect, or a replacement). */
  shouldConnect: boolean;
  on(event: 'disconnect', listener: () => void): void;
}

type ProviderLike = Pick<WebrtcProvider, 'roomName' | 'signalingConns' | 'signalingUrls'> & { room: null };

/**
 * Closes `old`, one of `provider`'s signalling connections, and opens another to the same
 * relay under a new tag (lib0's WebsocketClient would open its next socket under the old
 * URL). y-webrtc keeps its connections in a map of its own, by URL: its own connect and
 * disconnect, called on a stand-in without a room, add the new one there and take the old
 * one out, without touching the room and its peers.
 */
export function replaceSignalling(provider: WebrtcProvider, old: RoomSignalling): RoomSignalling {
  const conns = provider.signalingConns as RoomSignalling[];
  const at = conns.indexOf(old);
  if (at >= 0) conns.splice(at, 1);
  (old as unknown as OwnTopicsConn).providers.delete(provider as unknown as { roomName: string });
  const out: ProviderLike = { roomName: provider.roomName, signalingConns: [old], signalingUrls: [], room: null };
  WebrtcProvider.prototype.disconnect.call(out as unknown as WebrtcProvider);
  const into: ProviderLike = {
    roomName: provider.roomName,
    signalingConns: [],
    signalingUrls: [roomSignallingUrl(old.url)],
    room: null,
  };
  WebrtcProvider.prototype.connect.call(into as unknown as WebrtcProvider);
  const fresh = into.signalingConns[0] as RoomSignalling;
  // The socket opens later: the room is its only provider before it sends anything.
  const providers = (fresh as unknown as OwnTopicsConn).providers;
  providers.clear();
  providers.add(provider as unknown as { roomName: string });
  conns.push(fresh);
  return fresh;
}
