// Deflated messages (docs/protocol.md §7): a new device's first sync is the whole part, some
// megabytes, and a data channel carries a few megabytes a second (about 3 on the bench
// machine); raw DEFLATE (RFC 1951) makes a year's part 6.8 MB -> 3.9 MB. Only the answer to
// a new device's ask for the newest posts (newestPostsFrame.ts), which says it reads them,
// goes deflated: frames of kinds 3 (more follows) and 4 (the last), each holding its share
// of the deflated bytes. The browser's own CompressionStream does the work; its answers come
// later, so the frames are ready later too. What a peer sends deflated may inflate to at most
// 16 times its bytes and 1 MiB, and a channel holds at most 64 MiB of it at once: a few KiB
// that inflate to gigabytes drop the peer.
import { frameBytes, largestMessageBytes } from './messageFrames.ts';

export const deflatedMore = 3;
export const deflatedLast = 4;

/** A message at least this long goes deflated to a peer that reads them (a smaller one gains little). */
export const deflateAboveBytes = 64 * 1024;
/** A deflated message may inflate to at most this many times its deflated bytes, and `inflateSlackBytes` (a part: 1.75). */
export const inflateRatio = 16;
export const inflateSlackBytes = 1024 * 1024;
/** What a channel may hold inflated and not yet delivered, all its deflated messages together. */
export const inflatedHeldBytes = 2 * largestMessageBytes;

/** The frames of messages deflated one after another, each ready once the stream has given it. */
export class DeflatingMessages {
  private readonly frames: Uint8Array[] = [];
  private done = false;
  private failed: Error | null = null;

  /** `ready`: more frames are ready (or all are, or deflating failed); `stopped`: the channel closed, deflate no more. */
  constructor(messages: Iterable<Uint8Array>, ready: () => void, stopped: () => boolean) {
    this.deflateAll(messages, ready, stopped).then(
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

  private async deflateAll(messages: Iterable<Uint8Array>, ready: () => void, stopped: () => boolean): Promise<void> {
    for (const message of messages) {
      if (stopped()) return;
      // For measuring: when a peer starts and ends deflating an answer (the bench reads them).
      performance.mark('buurtruil:deflating', { detail: { bytes: message.length } });
      let deflated = 0;
      const stream = new Blob([message as Uint8Array<ArrayBuffer>])
        .stream()
        .pipeThrough(new CompressionStream('deflate-raw'));
      // Deflated bytes are cut into frames of frameBytes; the last (perhaps empty) says so.
      let held = new Uint8Array(frameBytes);
      let length = 0;
      for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
        // Leaving the loop cancels the stream.
        if (stopped()) return;
        deflated += chunk.length;
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
      performance.mark('buurtruil:deflated', { detail: { bytes: deflated } });
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

/** A peer sent a deflated message that does not inflate, or inflates too far. */
export class InflateError extends Error {}

/** The inflated bytes a channel holds until they are delivered (`inflatedHeldBytes`). */
export class InflatedBudget {
  private held = 0;
  private readonly limit: number;

  constructor(limit = inflatedHeldBytes) {
    this.limit = limit;
  }

  take(bytes: number): void {
    this.held += bytes;
    if (this.held > this.limit) throw new InflateError('deflated messages inflate past what a channel holds');
  }

  give(bytes: number): void {
    this.held -= bytes;
  }
}

/** One deflated message arriving frame by frame, inflated as it comes. */
export class InflatingMessage {
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly inflated: Promise<Uint8Array>;
  private received = 0;
  /** Inflated bytes taken from the budget, given back by `done`. */
  private taken = 0;
  private readonly limit: number;
  private readonly budget: InflatedBudget;

  /** `limit`: the most it may inflate to, and its deflated bytes may be. */
  constructor(budget: InflatedBudget, limit = largestMessageBytes) {
    this.budget = budget;
    this.limit = limit;
    const stream = new DecompressionStream('deflate-raw');
    this.writer = stream.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array>;
    this.inflated = this.readAll(stream.readable as ReadableStream<Uint8Array>);
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
      this.done();
      throw error instanceof InflateError ? error : new InflateError('deflated message does not inflate');
    }
  }

  /** Delivered (or refused): its bytes leave the channel's budget. */
  done(): void {
    this.budget.give(this.taken);
    this.taken = 0;
  }

  private async readAll(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
    const reader = readable.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      // Output comes only from input already written: past the ratio, it is a bomb.
      const fair = Math.min(this.limit, inflateRatio * this.received + inflateSlackBytes);
      try {
        if (length > fair) throw new InflateError('deflated message inflates past what it may');
        this.budget.take(value.length);
        this.taken += value.length;
      } catch (error) {
        await reader.cancel().catch(() => {});
        throw error;
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
}
