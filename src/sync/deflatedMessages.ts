// Deflated messages (docs/protocol.md §7): a new device's first sync is the whole part, some
// megabytes, and a data channel carries a few megabytes a second (about 3 on the bench
// machine); raw DEFLATE (RFC 1951) makes a year's part 6.8 MB -> 3.9 MB. A message is sent
// deflated only to a peer that said it reads them (its ask for the newest posts,
// newestPostsFrame.ts), as frames of kinds 3 (more follows) and 4 (the last), each holding
// its share of the deflated bytes. The browser's own CompressionStream does the work, off
// this code's hands; its answers come later, so the frames are ready later too.
import { frameBytes, largestMessageBytes } from './messageFrames.ts';

export const deflatedMore = 3;
export const deflatedLast = 4;

/** A message at least this long goes deflated to a peer that reads them (a smaller one gains little). */
export const deflateAboveBytes = 64 * 1024;

/** The frames of messages deflated one after another, each ready once the stream has given it. */
export class DeflatingMessages {
  private readonly frames: Uint8Array[] = [];
  private done = false;
  private failed: Error | null = null;

  /** `ready`: more frames are ready (or all are, or deflating failed). */
  constructor(messages: Iterable<Uint8Array>, ready: () => void) {
    this.deflateAll(messages, ready).then(
      () => {
        this.done = true;
        ready();
      },
      (error: unknown) => {
        this.failed = error instanceof Error ? error : new Error(String(error));
        ready();
      },
    );
  }

  /** The next frame; 'later' while the stream has not given it; null once all are taken. Throws if deflating failed. */
  next(): Uint8Array | 'later' | null {
    if (this.failed) throw this.failed;
    const frame = this.frames.shift();
    if (frame) return frame;
    return this.done ? null : 'later';
  }

  private async deflateAll(messages: Iterable<Uint8Array>, ready: () => void): Promise<void> {
    for (const message of messages) {
      const stream = new Blob([message as Uint8Array<ArrayBuffer>])
        .stream()
        .pipeThrough(new CompressionStream('deflate-raw'));
      // Deflated bytes are cut into frames of frameBytes; the last (perhaps empty) says so.
      let held = new Uint8Array(frameBytes);
      let length = 0;
      for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
        for (let at = 0; at < chunk.length; ) {
          if (length === frameBytes) {
            this.frames.push(framed(deflatedMore, held, length));
            held = new Uint8Array(frameBytes);
            length = 0;
          }
          const taken = Math.min(frameBytes - length, chunk.length - at);
          held.set(chunk.subarray(at, at + taken), length);
          length += taken;
          at += taken;
        }
        ready();
      }
      this.frames.push(framed(deflatedLast, held, length));
      ready();
    }
  }
}

function framed(kind: number, bytes: Uint8Array, length: number): Uint8Array {
  const frame = new Uint8Array(length + 1);
  frame[0] = kind;
  frame.set(bytes.subarray(0, length), 1);
  return frame;
}

/** A peer sent a deflated message that does not inflate, or inflates past the largest message. */
export class InflateError extends Error {}

/** One deflated message arriving frame by frame, inflated as it comes; at most `limit` bytes inflated. */
export class InflatingMessage {
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly inflated: Promise<Uint8Array>;
  private received = 0;
  private readonly limit: number;

  constructor(limit = largestMessageBytes) {
    this.limit = limit;
    const stream = new DecompressionStream('deflate-raw');
    this.writer = stream.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array>;
    this.inflated = readAll(stream.readable as ReadableStream<Uint8Array>, limit);
    // Seen by `whole`; a stream that fails early must not also be an unhandled rejection.
    this.inflated.catch(() => {});
    this.writer.closed.catch(() => {});
  }

  /** A frame's bytes (without its kind); throws once the deflated bytes alone pass the limit. */
  push(bytes: Uint8Array): void {
    this.received += bytes.length;
    if (this.received > this.limit) throw new InflateError('deflated message too large');
    if (bytes.length > 0) this.writer.write(bytes.slice()).catch(() => {});
  }

  /** The last frame came: the whole message, inflated. Rejects with InflateError. */
  async whole(): Promise<Uint8Array> {
    this.writer.close().catch(() => {});
    try {
      return await this.inflated;
    } catch (error) {
      throw error instanceof InflateError ? error : new InflateError('deflated message does not inflate');
    }
  }
}

async function readAll(readable: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel().catch(() => {});
      throw new InflateError('deflated message inflates past the largest message');
    }
    chunks.push(value);
  }
  const message = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    message.set(chunk, at);
    at += chunk.length;
  }
  return message;
}
