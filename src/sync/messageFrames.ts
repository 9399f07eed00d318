// Splitting one message into frames and joining them again. A frame is one byte of kind
// (1: more frames follow, 0: the last frame of this message) and then its share of the
// message. The channel is reliable and ordered, so nothing else is needed.
export const frameBytes = 64 * 1024;

export function splitMessage(message: Uint8Array, size = frameBytes): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let start = 0; start < message.length || frames.length === 0; start += size) {
    const part = message.subarray(start, start + size);
    const frame = new Uint8Array(part.length + 1);
    frame[0] = start + size < message.length ? 1 : 0;
    frame.set(part, 1);
    frames.push(frame);
  }
  return frames;
}

export class MessageJoiner {
  private parts: Uint8Array[] = [];
  private length = 0;
  /** Set while the rest of a message that grew too large is skipped. */
  private skipping = false;
  /** The most a joined message may grow to; past it the parts are dropped. */
  private readonly limit: number;

  constructor(limit = 64 * 1024 * 1024) {
    this.limit = limit;
  }

  /** Takes a frame; returns the whole message when this frame completes one. */
  push(frame: Uint8Array): Uint8Array | null {
    if (frame.length === 0) return null;
    const last = frame[0] !== 1;
    const part = frame.subarray(1);
    this.length += part.length;
    if (this.skipping || this.length > this.limit) {
      this.parts = [];
      this.length = 0;
      this.skipping = !last;
      return null;
    }
    this.parts.push(part);
    if (!last) return null;
    const message = new Uint8Array(this.length);
    let offset = 0;
    for (const piece of this.parts) {
      message.set(piece, offset);
      offset += piece.length;
    }
    this.parts = [];
    this.length = 0;
    return message;
  }
}
