// The peer of a device that has not updated yet: simple-peer with the frames of rounds 1-4
// (src/sync/framedDataChannels.ts as it was, patched onto simple-peer's prototype), so
// tests/e2e/conformance.e2e.ts can check that it and DataChannelPeer.ts still meet.
// Loaded only by simplePeerHarness.ts, which the test bundles without the site's alias.
import Peer from 'simple-peer/simplepeer.min.js';
import { AnswerRequests } from '../../../src/sync/AnswerRequests.ts';
import { FrameSendQueue } from '../../../src/sync/FrameSendQueue.ts';
import { MessageJoiner } from '../../../src/sync/messageFrames.ts';
import { isYWebrtcMessage } from '../../../src/sync/yWebrtcMessages.ts';

interface FramedPeer {
  destroyed: boolean;
  destroying: boolean;
  _channel: RTCDataChannel;
  _onChannelMessage(event: { data: unknown }): void;
  _onChannelBufferedAmountLow(): void;
  destroy(error?: Error): void;
  __joiner?: MessageJoiner;
  __queue?: FrameSendQueue;
  __asks?: AnswerRequests;
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
    peer.__queue?.drain(
      (frame) => peer._channel.send(frame as Uint8Array<ArrayBuffer>),
      () => !peer.destroyed && peer._channel.bufferedAmount < highWater,
    );
  };

  proto.send = function send(this: FramedPeer, data: unknown) {
    if (this.destroying) return;
    if (this.destroyed) throw new Error('cannot send after peer is destroyed');
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : (data as Uint8Array);
    this.__queue ??= new FrameSendQueue();
    if (!this.__queue.add(bytes)) {
      this.destroy(new Error('peer does not read what it is sent: send queue full'));
      return;
    }
    flush(this);
  };

  proto._onChannelMessage = function onMessage(this: FramedPeer, event: { data: unknown }) {
    if (this.destroyed || this.destroying) return;
    const data = event.data;
    // Frames are binary; a text message is from a peer that does not speak this protocol.
    if (!(data instanceof ArrayBuffer || data instanceof Uint8Array)) {
      this.destroy(new Error('peer sent a text message'));
      return;
    }
    const frame = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    this.__joiner ??= new MessageJoiner();
    this.__asks ??= new AnswerRequests();
    let message: Uint8Array | null;
    try {
      message = this.__joiner.push(frame);
    } catch (error) {
      this.destroy(error as Error);
      return;
    }
    if (!message) return;
    if (!isYWebrtcMessage(message)) {
      this.destroy(new Error('peer sent a message that is not y-webrtc'));
      return;
    }
    if (!this.__asks.allow(message)) {
      this.destroy(new Error('peer asked for the whole document too often'));
      return;
    }
    // Not caught: an error here may as well come from this device's own doc observers,
    // and dropping an honest peer for it would make it reconnect and fail again.
    receive.call(this, { data: message.buffer });
  };

  proto._onChannelBufferedAmountLow = function onDrained(this: FramedPeer) {
    flush(this);
    drained.call(this);
  };
}
