// y-webrtc sends a peer the whole document state in one data-channel message when they
// meet, and Chromium closes a channel on a message over 256 KiB (y-webrtc issue #20): a
// year of a neighbourhood would never reach a new device. This sends every message of
// simple-peer (which y-webrtc uses) as frames and joins them on arrival, with
// back-pressure, so messages of any size arrive. Every Buurtruil peer runs it.
import Peer from 'simple-peer/simplepeer.min.js';
import { MessageJoiner, splitMessage } from './messageFrames.ts';

interface FramedPeer {
  destroyed: boolean;
  destroying: boolean;
  _channel: RTCDataChannel;
  _onChannelMessage(event: { data: unknown }): void;
  _onChannelBufferedAmountLow(): void;
  __joiner?: MessageJoiner;
  __queue?: Uint8Array[];
}

/** Stop filling the channel's buffer past this; resume when it drains. */
const highWater = 4 * 1024 * 1024;
let installed = false;

export function frameDataChannels(): void {
  if (installed) return;
  installed = true;
  const proto = (Peer as unknown as { prototype: FramedPeer & { send(data: unknown): void } }).prototype;
  const receive = proto._onChannelMessage;
  const drained = proto._onChannelBufferedAmountLow;

  const flush = (peer: FramedPeer): void => {
    const queue = peer.__queue ?? [];
    while (queue.length > 0 && !peer.destroyed && peer._channel.bufferedAmount < highWater) {
      peer._channel.send(queue.shift() as Uint8Array<ArrayBuffer>);
    }
  };

  proto.send = function send(this: FramedPeer, data: unknown) {
    if (this.destroying) return;
    if (this.destroyed) throw new Error('cannot send after peer is destroyed');
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : (data as Uint8Array);
    this.__queue ??= [];
    this.__queue.push(...splitMessage(bytes));
    flush(this);
  };

  proto._onChannelMessage = function onMessage(this: FramedPeer, event: { data: unknown }) {
    if (this.destroyed) return;
    const data = event.data;
    const frame = data instanceof ArrayBuffer ? new Uint8Array(data) : (data as Uint8Array);
    this.__joiner ??= new MessageJoiner();
    const message = this.__joiner.push(frame);
    if (message) receive.call(this, { data: message.buffer });
  };

  proto._onChannelBufferedAmountLow = function onDrained(this: FramedPeer) {
    flush(this);
    drained.call(this);
  };
}
