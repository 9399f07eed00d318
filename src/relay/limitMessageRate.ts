// Puts a WebSocket's incoming messages under a MessageRate before any listener sees them:
// the PeerJS server attaches its own listeners, so the limit sits in front of all of them.
import type { WebSocket } from 'ws';
import { MessageRate, type MessageRateLimits } from './MessageRate.ts';

/** Close code for a connection that kept sending over its rate (RFC 6455: policy violation). */
export const closeCodeTooManyMessages = 1008;

/** How long a closed flooder has to read its close frame before its socket is ended. */
const closeGraceMs = 1000;

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

export function limitMessageRate(socket: WebSocket, limits: MessageRateLimits): void {
  const rate = new MessageRate(limits);
  const emit: Emit = socket.emit.bind(socket);
  const guarded: Emit = (event, ...args) => {
    if (event !== 'message') return emit(event, ...args);
    if (socket.readyState !== socket.OPEN) return false;
    const verdict = rate.judge();
    if (verdict === 'handle') return emit(event, ...args);
    if (verdict === 'close') {
      socket.close(closeCodeTooManyMessages, 'too many messages');
      // Read no more of it: a flooder that ignores the close frame would otherwise be read,
      // frame by frame, until ws gives up waiting (30 s). Unread, its flood waits in the
      // kernel and TCP holds the sender back.
      socket.pause();
      setTimeout(() => socket.terminate(), closeGraceMs).unref();
    }
    return false;
  };
  socket.emit = guarded as WebSocket['emit'];
}
