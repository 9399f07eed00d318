// What y-webrtc asks of simple-peer, on the browser's own RTCPeerConnection: one ordered
// data channel, messages framed (framedDataChannels.ts), and simple-peer's events and
// signal format ({type: 'offer' | 'answer', sdp}, {type: 'candidate', candidate}), so a
// device still running simple-peer meets this one. simple-peer's browser build carries
// Node's streams and Buffer: 29 KiB gzipped of the board's JavaScript (docs/benchmarks.md,
// figure 7). The build puts this module in its place (astro.config.mjs, resolve.alias).
import { FramedChannel, lowWater } from './framedDataChannels.ts';

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
  private pc: RTCPeerConnection | null = null;
  private channel: RTCDataChannel | null = null;
  private framed: FramedChannel | null = null;
  private readonly listeners = new Map<PeerEvent, Set<Listener>>();
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private iceConnected = false;
  private channelOpen = false;
  private isConnected = false;
  private closingTimer: ReturnType<typeof setInterval> | undefined;
  /** This side answers the other's offer, and talks over the channel the other side opened. */
  private answering: boolean;
  private readonly config: RTCConfiguration;

  constructor(options: PeerOptions = {}) {
    this.initiator = options.initiator ?? false;
    this.answering = !this.initiator;
    this.config = options.config ?? {};
    let pc: RTCPeerConnection;
    try {
      pc = this.connection();
    } catch (error) {
      this.destroy(error as Error);
      return;
    }
    this.pc = pc;
    if (this.initiator) {
      // simple-peer's channel name: 20 random bytes in hex.
      const name = [...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, '0')).join('');
      this.useChannel(pc.createDataChannel(name));
      // Not at once: Chromium has crashed on an offer made in the same task as the connection.
      setTimeout(() => this.makeOffer(), 0);
    }
  }

  /** A connection wired to this peer; the channel comes from the offering side when this side answers. */
  private connection(): RTCPeerConnection {
    const pc = new RTCPeerConnection(this.config);
    const current = () => this.pc === pc;
    pc.oniceconnectionstatechange = () => {
      if (current()) this.onIceState();
    };
    pc.onconnectionstatechange = () => {
      if (current() && pc.connectionState === 'failed') this.destroy(new Error('Connection failed.'));
    };
    pc.onicecandidate = (event) => {
      if (this.destroyed || !event.candidate || !current()) return;
      const { candidate, sdpMLineIndex, sdpMid } = event.candidate;
      this.emit('signal', { type: 'candidate', candidate: { candidate, sdpMLineIndex, sdpMid } });
    };
    pc.ondatachannel = (event) => {
      // One channel per peer; another is not this protocol.
      if (!current() || !this.answering || this.channel) event.channel.close();
      else this.useChannel(event.channel);
    };
    return pc;
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
    if (this.destroyed || !this.pc) throw new Error('cannot signal after peer is destroyed');
    const signal = (typeof data === 'string' ? parsed(data) : data) as Signal | null;
    if (typeof signal !== 'object' || signal === null) {
      this.destroy(new Error('signal() called with invalid signal data'));
      return;
    }
    // Asked for by a peer that adds audio or video; Buurtruil never does, so nothing to do.
    if (signal.renegotiate || signal.transceiverRequest) return;
    if (signal.candidate) {
      const candidate = signal.candidate as RTCIceCandidateInit;
      if (this.pc.remoteDescription?.type) this.addCandidate(candidate);
      else this.pendingCandidates.push(candidate);
    }
    if (signal.sdp && signal.type === 'offer') this.answerInstead();
    if (signal.sdp) this.takeDescription({ type: signal.type, sdp: signal.sdp } as RTCSessionDescriptionInit);
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
      const pc = this.pc;
      if (pc) {
        try {
          pc.close();
        } catch {}
        pc.oniceconnectionstatechange = pc.onconnectionstatechange = pc.onicecandidate = pc.ondatachannel = null;
      }
      this.pc = null;
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
    this.framed = new FramedChannel(channel);
    channel.binaryType = 'arraybuffer';
    channel.bufferedAmountLowThreshold = lowWater;
    channel.onmessage = (event) => this.receive(event.data);
    channel.onbufferedamountlow = () => {
      if (!this.destroyed) this.framed?.flush();
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
    let message: Uint8Array | null;
    try {
      message = this.framed.receive(data);
    } catch (error) {
      this.destroy(error as Error);
      return;
    }
    // Not caught: an error here may as well come from this device's own doc observers,
    // and dropping an honest peer for it would make it reconnect and fail again.
    if (message) this.emit('data', message);
  }

  private onIceState(): void {
    const state = this.pc?.iceConnectionState;
    if (this.destroyed || !state) return;
    if (state === 'connected' || state === 'completed') {
      this.iceConnected = true;
      this.maybeConnected();
    }
    if (state === 'failed') this.destroy(new Error('Ice connection failed.'));
    if (state === 'closed') this.destroy(new Error('Ice connection closed.'));
  }

  private maybeConnected(): void {
    if (this.isConnected || this.destroyed || !this.iceConnected || !this.channelOpen) return;
    this.isConnected = true;
    this.emit('connect');
  }

  /**
   * Both sides offered at once ("glare") and y-webrtc gave this initiating side the other's
   * offer (its own lost on the glare token): this side answers now, so the connection carries
   * the channel the offerer opened. Its own channel, never negotiated with the other side's,
   * would open all the same and carry messages nobody reads: both sides "connected" for good,
   * the docs never synced (a link room's two archive devices then never meet; a room's only
   * other device is never heard). A connection that is up keeps its channel.
   */
  private answerInstead(): void {
    if (this.answering || this.isConnected || this.destroyed) return;
    this.answering = true;
    const own = this.channel;
    this.channel = null;
    this.framed = null;
    this.channelOpen = false;
    this.iceConnected = false;
    clearInterval(this.closingTimer);
    if (own) {
      own.onmessage = own.onopen = own.onclose = own.onerror = own.onbufferedamountlow = null;
      try {
        own.close();
      } catch {}
    }
    // A fresh connection answers: Chromium's rollback of our own offer on the same one at
    // times gathered no candidate for the answer (so it never connected; seen in
    // tests/e2e/peerGlare.e2e.ts). The other side's candidates all follow its offer.
    const old = this.pc;
    try {
      this.pc = this.connection();
    } catch (error) {
      this.destroy(error as Error);
      return;
    }
    this.pendingCandidates = [];
    if (old) {
      old.oniceconnectionstatechange = old.onconnectionstatechange = old.onicecandidate = old.ondatachannel = null;
      try {
        old.close();
      } catch {}
    }
  }

  private makeOffer(): void {
    const pc = this.pc;
    // The other side's offer came first: this side answers it instead (answerInstead).
    if (this.destroyed || !pc || this.answering) return;
    pc.createOffer()
      .then(async (offer) => {
        if (this.destroyed || this.pc !== pc) return;
        await pc.setLocalDescription(offer);
        if (this.destroyed || this.pc !== pc) return;
        const made = pc.localDescription ?? offer;
        this.emit('signal', { type: made.type, sdp: made.sdp });
      })
      // An offer cut short because this side answers the other's instead is no failure.
      .catch((error: Error) => {
        if (this.pc === pc) this.destroy(error);
      });
  }

  private takeDescription(description: RTCSessionDescriptionInit): void {
    const pc = this.pc as RTCPeerConnection;
    pc.setRemoteDescription(description)
      .then(async () => {
        if (this.destroyed) return;
        for (const candidate of this.pendingCandidates) this.addCandidate(candidate);
        this.pendingCandidates = [];
        if (pc.remoteDescription?.type !== 'offer') return;
        const answer = await pc.createAnswer();
        if (this.destroyed) return;
        await pc.setLocalDescription(answer);
        if (this.destroyed) return;
        const made = pc.localDescription ?? answer;
        this.emit('signal', { type: made.type, sdp: made.sdp });
      })
      .catch((error: Error) => this.destroy(error));
  }

  private addCandidate(candidate: RTCIceCandidateInit): void {
    const pc = this.pc;
    if (!pc) return;
    pc.addIceCandidate(candidate).catch((error: Error) => {
      // A candidate this browser cannot use (an mDNS .local name, say) is skipped, as simple-peer does.
      const address = typeof candidate.candidate === 'string' ? candidate.candidate.split(' ')[4] : undefined;
      if (address && !address.endsWith('.local')) this.destroy(error);
    });
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
