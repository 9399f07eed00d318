// y-webrtc sends a peer the whole document state in one data-channel message when they
// meet, and Chromium closes a channel on a message over 256 KiB (y-webrtc issue #20): a
// year of a neighbourhood would never reach a new device. A FramedChannel sends every
// message of a peer (DataChannelPeer.ts, which y-webrtc uses) as frames and joins them on
// arrival, with back-pressure, so messages of any size arrive. Every Buurtruil peer runs it.
// Every peer is held to caps (messageFrames.ts, FrameSendQueue.ts, AnswerRequests.ts): one
// that sends past them, makes this device queue past them, or sends what is not a
// y-webrtc message, is dropped (the receiving or sending call throws; the peer is destroyed).
// Beside messages, one frame of its own kind: the newest posts, sent first to a new device
// that asks (newestPostsFrame.ts); a bad one is ignored, never a reason to drop the peer.
// To a peer whose ask says it reads them, the answer to that ask goes deflated
// (deflatedMessages.ts): it is ready later, and so is one that arrives so; messages keep
// their order both ways.
import { AnswerRequests } from './AnswerRequests.ts';
import {
  DeflatingMessages,
  deflateAboveBytes,
  deflatedLast,
  deflatedMore,
  InflatedBudget,
  InflatingMessage,
} from './deflatedMessages.ts';
import { FrameSendQueue } from './FrameSendQueue.ts';
import { MessageJoiner } from './messageFrames.ts';
import {
  askingForNewest,
  asksForNewest,
  type NewestPosts,
  newestPostsFrame,
  newestPostsFrameKind,
  readNewestPostsFrame,
  readsDeflated,
} from './newestPostsFrame.ts';
import { syncMessagePieces } from './syncMessagePieces.ts';
import type { PieceLimits } from './updatePieces.ts';
import { isYWebrtcMessage } from './yWebrtcMessages.ts';

// Stop filling the channel's buffer past highWater; resume once it drains below lowWater. A
// year's part (3.6 MB deflated) crossed loopback in 2.8–3.6 s with 4 MiB / 64 KiB, in about 1.2 s with these.
const highWater = 2 * 1024 * 1024;
export const lowWater = 512 * 1024;

const MiB = 1024 * 1024;
/**
 * A whole doc bigger than this (four years: about 50 MB) goes in pieces of about this size
 * (syncMessagePieces.ts), queued as the channel drains: a single message would pass the
 * largest a peer takes, and the queue's cap.
 */
export const sendPieces: PieceLimits = { maxBytes: 8 * MiB, maxStructs: Number.POSITIVE_INFINITY };
/** Messages waiting to be queued behind a doc in pieces: past this, the peer is not reading. */
export const waitingCapBytes = 128 * MiB;

/** Where a message that is ready later goes (one that arrived deflated, or behind one). */
export interface LaterMessages {
  /** A whole message, checked, in order. */
  deliver(message: Uint8Array): void;
  /** The peer sent what no Buurtruil peer sends, or a deflate failed: drop it. */
  fail(error: Error): void;
}

/** Messages not queued yet: each as the messages it is sent in (a big doc in pieces), or as frames deflated. */
type Waiting =
  | { pieces: Iterator<Uint8Array>; deflated?: undefined; bytes: number }
  | { deflated: DeflatingMessages; bytes: number };

export class FramedChannel {
  private readonly channel: RTCDataChannel;
  private readonly queue = new FrameSendQueue();
  private readonly joiner = new MessageJoiner();
  private readonly asks = new AnswerRequests();
  private readonly pieces: PieceLimits;
  /** Messages not queued yet, in order, with their bytes. */
  private readonly waiting: Waiting[] = [];
  private waitingBytes = 0;
  /** A piece (or deflated frame) taken from `waiting` that the queue had no room for yet. */
  private nextPiece: Uint8Array | null = null;
  private readonly later: LaterMessages;
  /** The peer asked for the newest posts and said it reads deflated messages: its answer (a sync step 2) goes so. */
  private deflateTo = false;
  /** This side asked so, and the answer (a sync step 2) has not come: a peer may send deflated frames. */
  private deflatedWindow = false;
  /** A deflated message arriving. */
  private inflating: InflatingMessage | null = null;
  private readonly inflated = new InflatedBudget();
  /** Messages to deliver later, in order: the one inflating and what arrived behind it. */
  private delivering: Promise<void> = Promise.resolve();
  private deliveriesAhead = 0;

  private readonly waitingCap: number;
  /** The room's newest posts, once y-webrtc's connection says which room this is (none: not asked, not sent). */
  private readonly newest: () => NewestPosts | null;
  /** This side asked the peer for its newest posts (its doc was nearly empty), and has not had them yet. */
  private asked = false;
  /** This side sent the peer its newest posts already: once a connection. */
  private sentNewest = false;

  constructor(
    channel: RTCDataChannel,
    pieces: PieceLimits = sendPieces,
    waitingCap = waitingCapBytes,
    newest: () => NewestPosts | null = () => null,
    // Without one (a channel that only reads what `receive` returns), a message ready later is lost.
    later: LaterMessages = { deliver: () => {}, fail: () => {} },
  ) {
    this.channel = channel;
    this.pieces = pieces;
    this.waitingCap = waitingCap;
    this.newest = newest;
    this.later = later;
  }

  /** Queues a message's frames and sends what the channel has room for; throws when the peer does not read. */
  send(sent: Uint8Array): void {
    let message = sent;
    if (this.newest() !== null) {
      // A sync step 1 of a (nearly) empty doc asks for the newest posts.
      message = askingForNewest(sent);
      if (message !== sent) this.asked = this.deflatedWindow = true;
    }
    // Only the answer to the ask goes deflated: the sync step 2 y-webrtc sends at once.
    const deflate = this.deflateTo && isSyncStep2(message);
    if (deflate) this.deflateTo = false;
    if (deflate && message.length >= deflateAboveBytes) {
      if (this.waitingBytes + message.length > this.waitingCap) {
        throw new Error('peer does not read what it is sent: send queue full');
      }
      const closed = () => this.channel.readyState === 'closing' || this.channel.readyState === 'closed';
      const deflated = new DeflatingMessages(syncMessagePieces(message, this.pieces), () => this.flushLater(), closed);
      this.waiting.push({ deflated, bytes: message.length });
      this.waitingBytes += message.length;
    } else if (this.waiting.length === 0 && message.length <= this.pieces.maxBytes) {
      if (!this.queue.add(message)) throw new Error('peer does not read what it is sent: send queue full');
    } else {
      // A big doc, or anything behind one: queued piece by piece as the channel drains.
      if (this.waitingBytes + message.length > this.waitingCap) {
        throw new Error('peer does not read what it is sent: send queue full');
      }
      this.waiting.push({ pieces: syncMessagePieces(message, this.pieces), bytes: message.length });
      this.waitingBytes += message.length;
    }
    this.flush();
  }

  /** Sends more frames: call when the channel's buffer drained. */
  flush(): void {
    const hasRoom = () => this.channel.readyState === 'open' && this.channel.bufferedAmount < highWater;
    const send = (frame: Uint8Array) => this.channel.send(frame as Uint8Array<ArrayBuffer>);
    this.queue.drain(send, hasRoom);
    while (this.topUp()) this.queue.drain(send, hasRoom);
  }

  /** Deflated frames are ready: send them (a failure drops the peer, as a send would). */
  private flushLater(): void {
    try {
      this.flush();
    } catch (error) {
      this.later.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Moves waiting pieces into the queue while it has room; true if it moved any. */
  private topUp(): boolean {
    let moved = false;
    while (this.waiting.length > 0) {
      const message = this.waiting[0] as Waiting;
      let piece = this.nextPiece;
      if (piece === null) {
        const next = message.deflated ? message.deflated.next() : (message.pieces.next().value ?? null);
        if (next === 'later') return moved;
        if (next === null) {
          this.waiting.shift();
          this.waitingBytes -= message.bytes;
          continue;
        }
        piece = next as Uint8Array;
        this.nextPiece = piece;
      }
      const added = message.deflated ? this.queue.addFrame(piece) : this.queue.add(piece);
      if (!added) return moved;
      this.nextPiece = null;
      moved = true;
    }
    return moved;
  }

  /** A frame arrived: the message it completes, or null while parts are missing. Throws for what no Buurtruil peer sends. */
  receive(data: unknown): Uint8Array | null {
    // Frames are binary; a text message is from a peer that does not speak this protocol.
    if (!(data instanceof ArrayBuffer || data instanceof Uint8Array)) throw new Error('peer sent a text message');
    const frame = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    if (frame[0] === newestPostsFrameKind) {
      this.takeNewest(frame);
      return null;
    }
    if (frame[0] === deflatedMore || frame[0] === deflatedLast) {
      this.takeDeflated(frame);
      return null;
    }
    const message = this.joiner.push(frame);
    if (!message) return null;
    // Behind a message still inflating: in order, later.
    if (this.deliveriesAhead > 0) {
      this.deliverLater(Promise.resolve(message));
      return null;
    }
    return this.checked(message);
  }

  /** A message is on its way in (frames of it, or one inflating or waiting its turn): the peer is still answering. */
  get receiving(): boolean {
    return this.deliveriesAhead > 0 || this.inflating !== null || this.joiner.held > 0;
  }

  /** A whole message as y-webrtc may have it; throws for what no Buurtruil peer sends. */
  private checked(message: Uint8Array): Uint8Array {
    if (!isYWebrtcMessage(message)) throw new Error('peer sent a message that is not y-webrtc');
    if (!this.asks.allow(message)) throw new Error('peer asked for the whole document too often');
    // Before the message goes to y-webrtc, which answers a step 1 at once with the doc.
    if (asksForNewest(message)) {
      if (readsDeflated(message)) this.deflateTo = true;
      this.sendNewest();
    }
    // The answer to this side's ask has come: no more deflated frames.
    if (isSyncStep2(message)) this.deflatedWindow = false;
    return message;
  }

  /** A frame of a deflated message: only while this side waits for the answer to its ask. */
  private takeDeflated(frame: Uint8Array): void {
    if (!this.deflatedWindow) throw new Error('peer sent a deflated message unasked');
    if (!this.inflating) performance.mark('buurtruil:deflated-first');
    const inflating = this.inflating ?? new InflatingMessage(this.inflated);
    this.inflating = inflating;
    inflating.push(frame.subarray(1));
    if (frame[0] === deflatedMore) return;
    this.inflating = null;
    const whole = inflating.whole().then((message) => {
      // For measuring and the tests: a message came deflated (a new device's first sync).
      performance.mark('buurtruil:inflated', { detail: { bytes: message.length } });
      return message;
    });
    this.deliverLater(whole, () => inflating.done());
  }

  /**
   * Delivers `message` once it and everything before it are ready. What the peer sent wrong
   * drops it; an error of this device's own (its doc's observers) does not, as on the plain
   * path (DataChannelPeer.receive): the peer would connect again and send it all again.
   */
  private deliverLater(message: Promise<Uint8Array>, done: () => void = () => {}): void {
    // Handled in its turn, below; refused before then, it is not an unhandled rejection.
    message.catch(() => {});
    this.deliveriesAhead++;
    this.delivering = this.delivering
      .then(async () => {
        let whole: Uint8Array;
        try {
          whole = this.checked(await message);
        } catch (error) {
          this.later.fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        try {
          this.later.deliver(whole);
        } catch (error) {
          console.error('a message from a peer could not be taken in:', error);
        }
      })
      .finally(() => {
        done();
        this.deliveriesAhead--;
      });
  }

  /** A new device asked: its newest posts go out before the doc, once a connection. */
  private sendNewest(): void {
    const newest = this.newest();
    if (this.sentNewest || newest === null) return;
    this.sentNewest = true;
    const frame = newestPostsFrame(newest.newest());
    // A full queue leaves it out: it is only ever a head start.
    if (frame !== null && this.queue.addFrame(frame)) this.flush();
  }

  /** The newest posts a peer sent: to the room only if this side asked, once; anything wrong is ignored. */
  private takeNewest(frame: Uint8Array): void {
    const newest = this.newest();
    if (!this.asked || newest === null) return;
    this.asked = false;
    const entries = readNewestPostsFrame(frame);
    if (entries !== null) newest.heard(entries);
  }
}

/** y-protocols' sync step 2 (y-webrtc's [messageSync, step 2, …]): the answer to a step 1. */
function isSyncStep2(message: Uint8Array): boolean {
  return message[0] === 0 && message[1] === 1;
}
