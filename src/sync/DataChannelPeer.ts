// What y-webrtc asks of simple-peer, on the browser's own RTCPeerConnection: one ordered
// data channel, messages framed (framedDataChannels.ts), and simple-peer's events and
// signal format ({type: 'offer' | 'answer', sdp}, {type: 'candidate', candidate}), so a
// device still running simple-peer meets this one. simple-peer's browser build carries
// Node's streams and Buffer: 29 KiB gzipped of the board's JavaScript (docs/benchmarks.md,
// figure 7). The build puts this module in its place (astro.config.mjs, resolve.alias).
import { FramedChannel, lowWater, sendPieces, waitingCapBytes } from './framedDataChannels.ts';
import { NegotiatedConnection } from './NegotiatedConnection.ts';
import type { NewestPosts } from './newestPostsFrame.ts';

type Listener = (...args: never[]) => void;
type PeerEvent = 'signal' | 'connect' | 'data' | 'close' | 'error';

interface PeerOptions {
  initiator?: boolean;
  config?: RTCConfiguration;
}

/** A signal from the other side (through the relay, sealed with the room's password): anything. */
interface Signal {
  type?: unknown;
  sdp?: unknown;
  candidate?: unknown;
  renegotiate?: unknown;
  transceiverRequest?: unknown;
}

/** Chromium can leave a channel "closing" for ever (crbug 882743): closed after two looks this far apart. */
const closingCheckMs = 5000;

export default class DataChannelPeer {
  readonly initiator: boolean;
  destroyed = false;
  destroying = false;
  /** The room's newest posts, given once y-webrtc made this peer for a room (WebrtcRoomNetwork.ts). */
  newestPosts: NewestPosts | null = null;
  /** When a frame last came from the peer (Date.now()); 0 before the first. */
  heardAt = 0;
  /** A message of the peer is being handed to y-webrtc now (notBackToSender.ts). */
  delivering = false;

  /** A message of the peer is on its way in: frames of it came, or it waits its turn (a resync waits too). */
  get receiving(): boolean {
    return this.framed?.receiving ?? false;
  }
  /** The RTCPeerConnection: offer or answer, ICE candidates, the glare answer (NegotiatedConnection.ts). */
  private readonly connection: NegotiatedConnection;
  private channel: RTCDataChannel | null = null;
  private framed: FramedChannel | null = null;
  private readonly listeners = new Map<PeerEvent, Set<Listener>>();
  private channelOpen = false;
  private isConnected = false;
  private closingTimer: ReturnType<typeof setInterval> | undefined;

  constructor(options: PeerOptions = {}) {
    this.initiator = options.initiator ?? false;
    this.connection = new NegotiatedConnection(options.config ?? {}, !this.initiator, {
      signal: (signal) => this.emit('signal', signal),
      fail: (error) => this.destroy(error),
      destroyed: () => this.destroyed,
      connected: () => this.isConnected,
      onIceConnected: () => this.maybeConnected(),
      hasChannel: () => this.channel !== null,
      useChannel: (channel) => this.useChannel(channel),
      dropChannel: () => this.dropChannel(),
    });
    let pc: RTCPeerConnection;
    try {
      pc = this.connection.open();
    } catch (error) {
      this.destroy(error as Error);
      return;
    }
    if (this.initiator) {
      // simple-peer's channel name: 20 random bytes in hex.
      const name = [...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, '0')).join('');
      this.useChannel(pc.createDataChannel(name));
      // Not at once: Chromium has crashed on an offer made in the same task as the connection.
      setTimeout(() => this.connection.makeOffer(), 0);
    }
  }

  /** Open for messages (y-webrtc reads `connected` of its own connection object, set on 'connect'). */
  get connected(): boolean {
    return this.isConnected && this.channel?.readyState === 'open';
  }

  on(event: PeerEvent, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    this.listeners.set(event, set);
    set.add(listener);
    return this;
  }

  once(event: PeerEvent, listener: Listener): this {
    const once = (...args: never[]) => {
      this.off(event, once);
      listener(...args);
    };
    return this.on(event, once);
  }

  off(event: PeerEvent, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  /** A signal the other side sent; what no peer sends drops the connection. */
  signal(data: unknown): void {
    if (this.destroying) return;
    if (this.destroyed || !this.connection.live) throw new Error('cannot signal after peer is destroyed');
    const signal = (typeof data === 'string' ? parsed(data) : data) as Signal | null;
    if (typeof signal !== 'object' || signal === null) {
      this.destroy(new Error('signal() called with invalid signal data'));
      return;
    }
    // Asked for by a peer that adds audio or video; Buurtruil never does, so nothing to do.
    if (signal.renegotiate || signal.transceiverRequest) return;
    if (signal.candidate) this.connection.takeCandidate(signal.candidate as RTCIceCandidateInit);
    if (signal.sdp && signal.type === 'offer') this.connection.answerInstead();
    if (signal.sdp)
      this.connection.takeDescription({ type: signal.type, sdp: signal.sdp } as RTCSessionDescriptionInit);
    if (!signal.sdp && !signal.candidate) this.destroy(new Error('signal() called with invalid signal data'));
  }

  /**
   * Sends one message as frames once the channel is open, as simple-peer did: a peer's sync
   * step 1 can arrive before this side's own ICE check says connected, and the answer to it
   * must go out then. Throws before the channel is open (y-webrtc catches it, and sends
   * everything again on connect).
   */
  send(data: Uint8Array | string): void {
    if (this.destroying) return;
    if (this.destroyed) throw new Error('cannot send after peer is destroyed');
    if (this.channel?.readyState !== 'open' || !this.framed)
      throw new Error('cannot send before the data channel is open');
    try {
      this.framed.send(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    } catch (error) {
      this.destroy(error as Error);
    }
  }

  /** Closes the connection; 'error' (when given one) and 'close' follow in a microtask, as in simple-peer. */
  destroy(error?: Error): void {
    if (this.destroyed || this.destroying) return;
    this.destroying = true;
    queueMicrotask(() => {
      this.destroyed = true;
      this.destroying = false;
      this.isConnected = false;
      clearInterval(this.closingTimer);
      const channel = this.channel;
      if (channel) {
        try {
          channel.close();
        } catch {}
        channel.onmessage = channel.onopen = channel.onclose = channel.onerror = channel.onbufferedamountlow = null;
      }
      this.connection.close();
      this.channel = null;
      this.framed = null;
      if (error) this.emit('error', error);
      this.emit('close');
    });
  }

  private emit(event: PeerEvent, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => void)(...args);
  }

  private useChannel(channel: RTCDataChannel): void {
    this.channel = channel;
    this.framed = new FramedChannel(channel, sendPieces, waitingCapBytes, () => this.newestPosts, {
      deliver: (message) => {
        if (!this.destroyed && !this.destroying) this.emitData(message);
      },
      fail: (error) => this.destroy(error),
    });
    channel.binaryType = 'arraybuffer';
    channel.bufferedAmountLowThreshold = lowWater;
    channel.onmessage = (event) => this.receive(event.data);
    channel.onbufferedamountlow = () => {
      if (this.destroyed) return;
      try {
        this.framed?.flush();
      } catch (error) {
        this.destroy(error as Error);
      }
    };
    channel.onopen = () => {
      this.channelOpen = true;
      this.maybeConnected();
    };
    channel.onclose = () => this.destroy();
    channel.onerror = (event) => {
      const error = (event as RTCErrorEvent).error;
      this.destroy(error instanceof Error ? error : new Error('data channel error'));
    };
    let closing = false;
    this.closingTimer = setInterval(() => {
      if (this.channel?.readyState !== 'closing') closing = false;
      else if (closing) this.destroy();
      else closing = true;
    }, closingCheckMs);
  }

  private receive(data: unknown): void {
    if (this.destroyed || this.destroying || !this.framed) return;
    this.heardAt = Date.now();
    let message: Uint8Array | null;
    try {
      message = this.framed.receive(data);
    } catch (error) {
      this.destroy(error as Error);
      return;
    }
    // Not caught: an error here may as well come from this device's own doc observers,
    // and dropping an honest peer for it would make it reconnect and fail again.
    if (message) this.emitData(message);
  }

  private emitData(message: Uint8Array): void {
    this.delivering = true;
    try {
      this.emit('data', message);
    } finally {
      this.delivering = false;
    }
  }

  private maybeConnected(): void {
    if (this.isConnected || this.destroyed || !this.connection.iceConnected || !this.channelOpen) return;
    this.isConnected = true;
    this.emit('connect');
  }

  /** The glare answer (NegotiatedConnection.ts answerInstead) drops this side's own channel. */
  private dropChannel(): void {
    const own = this.channel;
    this.channel = null;
    this.framed = null;
    this.channelOpen = false;
    clearInterval(this.closingTimer);
    if (own) {
      own.onmessage = own.onopen = own.onclose = own.onerror = own.onbufferedamountlow = null;
      try {
        own.close();
      } catch {}
    }
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
