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
import { isYWebrtcMessage } from './yWebrtcMessages.ts';

/** Stop filling the channel's buffer past this; resume when it drains. */
const highWater = 4 * 1024 * 1024;
/** The channel says its buffer drained (onbufferedamountlow) below this. */
export const lowWater = 64 * 1024;

export class FramedChannel {
  private readonly channel: RTCDataChannel;
  private readonly queue = new FrameSendQueue();
  private readonly joiner = new MessageJoiner();
  private readonly asks = new AnswerRequests();

  constructor(channel: RTCDataChannel) {
    this.channel = channel;
  }

  /** Queues a message's frames and sends what the channel has room for; throws when the peer does not read. */
  send(message: Uint8Array): void {
    if (!this.queue.add(message)) throw new Error('peer does not read what it is sent: send queue full');
    this.flush();
  }

  /** Sends more frames: call when the channel's buffer drained. */
  flush(): void {
    this.queue.drain(
      (frame) => this.channel.send(frame as Uint8Array<ArrayBuffer>),
      () => this.channel.readyState === 'open' && this.channel.bufferedAmount < highWater,
    );
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
