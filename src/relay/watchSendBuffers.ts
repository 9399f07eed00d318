// A client that does not read makes the relay hold everything sent to it. Every so often
// this looks at each socket's send buffer: one over the cap at two looks in a row (it did
// not drain in between) is terminated. Senders skip a socket that is over the cap, so its
// buffer stays near the cap until then.
import type { WebSocket } from 'ws';

export interface SendBufferLimits {
  /** Bytes waiting to be sent to one socket before it counts as not reading. */
  maxBufferedBytes: number;
  /** How often the buffers are looked at, in ms. */
  checkEveryMs: number;
}

export function isOverSendBuffer(socket: WebSocket, limits: SendBufferLimits): boolean {
  return socket.bufferedAmount > limits.maxBufferedBytes;
}

/** Starts looking; returns the function that stops it. */
export function watchSendBuffers(sockets: () => Iterable<WebSocket>, limits: SendBufferLimits): () => void {
  let over = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    const stillOver = new WeakSet<WebSocket>();
    for (const socket of sockets()) {
      if (!isOverSendBuffer(socket, limits)) continue;
      if (over.has(socket)) socket.terminate();
      else stillOver.add(socket);
    }
    over = stillOver;
  }, limits.checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
