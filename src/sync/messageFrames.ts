// Splitting one message into frames and joining them again. A frame is one byte of kind
// (1: more frames follow, 0: the last frame of this message) and then its share of the
// message. The channel is reliable and ordered, so nothing else is needed. (Kind 2 is a
// frame of its own, never part of a message: newestPostsFrame.ts; kinds 3 and 4 are the
// parts of a deflated message: deflatedMessages.ts.) Anything else
// on the wire is a peer that does not speak this protocol: the joiner refuses it, and
// the peer is dropped (framedDataChannels.ts).
export const frameBytes = 64 * 1024;

const MiB = 1024 * 1024;

/**
 * The largest message a peer may send. The largest an honest peer sends is y-webrtc's
 * sync step 2 to a new device: the whole document in one message (a Yjs update, V1). A
 * year of a busy neighbourhood is 16.4 MB (docs/benchmarks.md, figure 6), so this holds
 * two such years. Every peer may make a device hold this much (twice, while joining), so
 * it is not larger. A network whose document outgrows it needs sync in parts; until then
 * a new device could not join it, and this is the number to look at.
 */
export const largestMessageBytes = 32 * MiB;

const moreFollows = 1;
const lastFrame = 0;

export function splitMessage(message: Uint8Array, size = frameBytes): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let start = 0; start < message.length || frames.length === 0; start += size) {
    const part = message.subarray(start, start + size);
    const frame = new Uint8Array(part.length + 1);
    frame[0] = start + size < message.length ? moreFollows : lastFrame;
    frame.set(part, 1);
    frames.push(frame);
  }
  return frames;
}

/** How many frames and bytes splitMessage makes of a message of this length. */
export function framedLength(messageLength: number, size = frameBytes): number {
  return messageLength + Math.max(1, Math.ceil(messageLength / size));
}

export type FrameProblem = 'empty frame' | 'unknown frame kind' | 'message too large';

/** A peer sent what no Buurtruil peer sends: drop it. */
export class FrameError extends Error {
  readonly problem: FrameProblem;

  constructor(problem: FrameProblem) {
    super(`peer sent a bad frame: ${problem}`);
    this.problem = problem;
  }
}

export class MessageJoiner {
  private parts: Uint8Array[] = [];
  private length = 0;
  /** The most a joined message may grow to. */
  private readonly limit: number;

  constructor(limit = largestMessageBytes) {
    this.limit = limit;
  }

  /** Bytes held for a message not yet complete. */
  get held(): number {
    return this.length;
  }

  /** Takes a frame; returns the whole message when this frame completes one. Throws FrameError. */
  push(frame: Uint8Array): Uint8Array | null {
    if (frame.length === 0) throw new FrameError('empty frame');
    const kind = frame[0];
    if (kind !== moreFollows && kind !== lastFrame) throw new FrameError('unknown frame kind');
    const part = frame.subarray(1);
    if (this.length + part.length > this.limit) {
      this.parts = [];
      this.length = 0;
      throw new FrameError('message too large');
    }
    this.parts.push(part);
    this.length += part.length;
    if (kind === moreFollows) return null;
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
