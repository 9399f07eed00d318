// y-webrtc sends a peer the whole document state in one data-channel message when they
// meet, and Chromium closes a channel on a message over 256 KiB (y-webrtc issue #20): a
// year of a neighbourhood would never reach a new device. A FramedChannel sends every
// message of a peer (DataChannelPeer.ts, which y-webrtc uses) as frames and joins them on
// arrival, with back-pressure, so messages of any size arrive. Every Buurtruil peer runs it.
// Every peer is held to caps (messageFrames.ts, FrameSendQueue.ts, AnswerRequests.ts): one
// that sends past them, makes this device queue past them, or sends what is not a
// y-webrtc message, is dropped (the receiving or sending call throws; the peer is destroyed).
import { AnswerRequests } from './AnswerRequests.ts';
import { FrameSendQueue } from './FrameSendQueue.ts';
import { MessageJoiner } from './messageFrames.ts';
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

  constructor(channel: RTCDataChannel, pieces: PieceLimits = sendPieces, waitingCap = waitingCapBytes) {
    this.channel = channel;
    this.pieces = pieces;
    this.waitingCap = waitingCap;
  }

  /** Queues a message's frames and sends what the channel has room for; throws when the peer does not read. */
  send(message: Uint8Array): void {
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
    const message = this.joiner.push(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
    if (!message) return null;
    if (!isYWebrtcMessage(message)) throw new Error('peer sent a message that is not y-webrtc');
    if (!this.asks.allow(message)) throw new Error('peer asked for the whole document too often');
    return message;
  }
}
