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
import { AnswerRequests } from './AnswerRequests.ts';
import { FrameSendQueue } from './FrameSendQueue.ts';
import { MessageJoiner } from './messageFrames.ts';
import {
  askingForNewest,
  asksForNewest,
  type NewestPosts,
  newestPostsFrame,
  newestPostsFrameKind,
  readNewestPostsFrame,
} from './newestPostsFrame.ts';
import { syncMessagePieces } from './syncMessagePieces.ts';
import type { PieceLimits } from './updatePieces.ts';
import { isYWebrtcMessage } from './yWebrtcMessages.ts';

/** Stop filling the channel's buffer past this; resume when it drains. */
const highWater = 4 * 1024 * 1024;
/** The channel says its buffer drained (onbufferedamountlow) below this. */
export const lowWater = 64 * 1024;

const MiB = 1024 * 1024;
/**
 * A whole doc bigger than this (four years: about 50 MB) goes in pieces of about this size
 * (syncMessagePieces.ts), queued as the channel drains: a single message would pass the
 * largest a peer takes, and the queue's cap.
 */
export const sendPieces: PieceLimits = { maxBytes: 8 * MiB, maxStructs: Number.POSITIVE_INFINITY };
/** Messages waiting to be queued behind a doc in pieces: past this, the peer is not reading. */
export const waitingCapBytes = 128 * MiB;

export class FramedChannel {
  private readonly channel: RTCDataChannel;
  private readonly queue = new FrameSendQueue();
  private readonly joiner = new MessageJoiner();
  private readonly asks = new AnswerRequests();
  private readonly pieces: PieceLimits;
  /** Messages not queued yet, in order, each as the pieces it is sent in (a big doc), with their bytes. */
  private readonly waiting: { pieces: Iterator<Uint8Array>; bytes: number }[] = [];
  private waitingBytes = 0;
  /** A piece taken from `waiting` that the queue had no room for yet. */
  private nextPiece: Uint8Array | null = null;

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
  ) {
    this.channel = channel;
    this.pieces = pieces;
    this.waitingCap = waitingCap;
    this.newest = newest;
  }

  /** Queues a message's frames and sends what the channel has room for; throws when the peer does not read. */
  send(sent: Uint8Array): void {
    let message = sent;
    if (this.newest() !== null) {
      // A sync step 1 of a (nearly) empty doc asks for the newest posts.
      message = askingForNewest(sent);
      if (message !== sent) this.asked = true;
    }
    if (this.waiting.length === 0 && message.length <= this.pieces.maxBytes) {
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

  /** Moves waiting pieces into the queue while it has room; true if it moved any. */
  private topUp(): boolean {
    let moved = false;
    while (this.waiting.length > 0) {
      const message = this.waiting[0] as (typeof this.waiting)[number];
      if (this.nextPiece === null) {
        const next = message.pieces.next();
        if (next.done) {
          this.waiting.shift();
          this.waitingBytes -= message.bytes;
          continue;
        }
        this.nextPiece = next.value;
      }
      if (!this.queue.add(this.nextPiece)) return moved;
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
    const message = this.joiner.push(frame);
    if (!message) return null;
    if (!isYWebrtcMessage(message)) throw new Error('peer sent a message that is not y-webrtc');
    if (!this.asks.allow(message)) throw new Error('peer asked for the whole document too often');
    // Before the message goes to y-webrtc, which answers a step 1 at once with the doc.
    if (asksForNewest(message)) this.sendNewest();
    return message;
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
