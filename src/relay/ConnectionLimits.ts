// The limits every WebSocket service of the relay (signalling, PeerJS) keeps per connection
// and per address, so no one client, and no one address, can take what others need.
import type { MessageRateLimits } from './MessageRate.ts';
import type { SendBufferLimits } from './watchSendBuffers.ts';

export interface ConnectionLimits extends SendBufferLimits {
  /** Most connections at once, all addresses together. */
  maxConnections: number;
  /** Most connections at once from one address (an IPv6 /64 counts as one). */
  maxConnectionsPerAddress: number;
  /** Largest message accepted, in bytes; a larger one closes that connection (1009). */
  maxMessageBytes: number;
  /** How many messages a connection may send; past it they are dropped, then it is closed (1008). */
  messages: MessageRateLimits;
}
