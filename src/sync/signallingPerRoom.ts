// One signalling connection per room, so a relay's operator never sees two rooms of a page
// subscribed together (docs/protocol.md §7): the lobby's name follows from the public
// poster, and a member room seen beside it would be tied to that network. y-webrtc keeps
// one connection per relay URL for all rooms of a page and subscribes every room on every
// connection (y-webrtc.js: SignalingConn's 'connect', announceSignalingInfo and
// Room.disconnect). So each room asks for its relay under a URL of its own (a query the
// relay ignores), and a connection sends only its own room's topics.
import { SignalingConn } from 'y-webrtc';

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
 * The relay's URL as one room asks for it: with a random `c` of its own in the query, so
 * y-webrtc (which keys its connections by URL) opens a connection for this room alone.
 * Relays route by path and ignore the query (src/relay/RelayServer.ts; y-webrtc's own
 * server too).
 */
export function roomSignallingUrl(relay: string): string {
  const url = new URL(relay);
  const tag = crypto.getRandomValues(new Uint8Array(9));
  url.searchParams.set('c', [...tag].map((byte) => byte.toString(16).padStart(2, '0')).join(''));
  return url.toString();
}
