// Puts a WebSocket's incoming messages under a MessageRate before any listener sees them:
// the PeerJS server attaches its own listeners, so the limit sits in front of all of them.
import type { WebSocket } from 'ws';
import { MessageRate, type MessageRateLimits } from './MessageRate.ts';

/** Close code for a connection that kept sending over its rate (RFC 6455: policy violation). */
export const closeCodeTooManyMessages = 1008;

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

export function limitMessageRate(socket: WebSocket, limits: MessageRateLimits): void {
  const rate = new MessageRate(limits);
  const emit: Emit = socket.emit.bind(socket);
  const guarded: Emit = (event, ...args) => {
    if (event !== 'message') return emit(event, ...args);
    if (socket.readyState !== socket.OPEN) return false;
    const verdict = rate.judge();
    if (verdict === 'handle') return emit(event, ...args);
    if (verdict === 'close') socket.close(closeCodeTooManyMessages, 'too many messages');
    return false;
  };
  socket.emit = guarded as WebSocket['emit'];
}
