// The frames waiting for room in one peer's data channel. A peer that does not read, or
// keeps asking for the whole document, would make this grow without end: it has a cap,
// and a message that would take it past the cap is refused (the peer is then dropped).
import { framedLength, largestMessageBytes, splitMessage } from './messageFrames.ts';

const MiB = 1024 * 1024;

/**
 * Room for the largest message a peer may be sent (the whole document, to a new device)
 * and what is written while it drains. A peer that makes a device queue more is not
 * reading what it asked for.
 */
export const sendQueueCapBytes = largestMessageBytes + 8 * MiB;

export class FrameSendQueue {
  private frames: Uint8Array[] = [];
  private head = 0;
  private queued = 0;
  private readonly cap: number;

  constructor(cap = sendQueueCapBytes) {
    this.cap = cap;
  }

  /** Bytes waiting. */
  get bytes(): number {
    return this.queued;
  }

  /** Queues a message's frames; false, and nothing queued, when that would pass the cap. */
  add(message: Uint8Array): boolean {
    const length = framedLength(message.length);
    if (this.queued + length > this.cap) return false;
    this.frames.push(...splitMessage(message));
    this.queued += length;
    return true;
  }

  /** Queues one frame as it is (a frame of its own kind, not part of a message); false past the cap. */
  addFrame(frame: Uint8Array): boolean {
    if (this.queued + frame.length > this.cap) return false;
    this.frames.push(frame);
    this.queued += frame.length;
    return true;
  }

  /** Hands frames to `send` in order while `hasRoom()` says the channel can take more. */
  drain(send: (frame: Uint8Array) => void, hasRoom: () => boolean): void {
    while (this.head < this.frames.length && hasRoom()) {
      const frame = this.frames[this.head] as Uint8Array;
      this.frames[this.head++] = empty;
      this.queued -= frame.length;
      send(frame);
    }
    // Forget the sent part now and then, not on every frame (shift() is O(n)).
    if (this.head === this.frames.length) {
      this.frames = [];
      this.head = 0;
    } else if (this.head > 1024) {
      this.frames = this.frames.slice(this.head);
      this.head = 0;
    }
  }
}

const empty = new Uint8Array(0);
