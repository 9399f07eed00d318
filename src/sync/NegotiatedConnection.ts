// The RTCPeerConnection under DataChannelPeer.ts (which keeps the data channel): the offer or
// the answer, the ICE candidates both ways, and the glare answer on a fresh connection.

/** What the connection asks of the peer whose channel it carries (DataChannelPeer.ts). */
export interface ConnectionOwner {
  /** A signal for the other side: an offer, an answer or a candidate, in simple-peer's format. */
  signal(signal: object): void;
  /** The connection failed: the peer is destroyed with this error. */
  fail(error: Error): void;
  destroyed(): boolean;
  /** The peer is connected (ICE and its channel both up). */
  connected(): boolean;
  /** ICE says connected: the peer is, once its channel is open too. */
  onIceConnected(): void;
  hasChannel(): boolean;
  useChannel(channel: RTCDataChannel): void;
  /** The glare answer drops this side's own channel, never negotiated with the other side's. */
  dropChannel(): void;
}

export class NegotiatedConnection {
  private pc: RTCPeerConnection | null = null;
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private ice = false;
  /** This side answers the other's offer, and talks over the channel the other side opened. */
  private answering: boolean;
  private readonly config: RTCConfiguration;
  private readonly owner: ConnectionOwner;

  constructor(config: RTCConfiguration, answering: boolean, owner: ConnectionOwner) {
    this.config = config;
    this.answering = answering;
    this.owner = owner;
  }

  /** The first connection (throws as RTCPeerConnection does). */
  open(): RTCPeerConnection {
    const pc = this.connection();
    this.pc = pc;
    return pc;
  }

  /** A connection is there (not closed by the peer's destroy). */
  get live(): boolean {
    return this.pc !== null;
  }

  /** ICE said connected (on the connection in use). */
  get iceConnected(): boolean {
    return this.ice;
  }

  /** Closes the connection for good (the peer's destroy). */
  close(): void {
    const pc = this.pc;
    if (pc) {
      try {
        pc.close();
      } catch {}
      pc.oniceconnectionstatechange = pc.onconnectionstatechange = pc.onicecandidate = pc.ondatachannel = null;
    }
    this.pc = null;
  }

  /** A connection wired to this peer; the channel comes from the offering side when this side answers. */
  private connection(): RTCPeerConnection {
    const pc = new RTCPeerConnection(this.config);
    const current = () => this.pc === pc;
    pc.oniceconnectionstatechange = () => {
      if (current()) this.onIceState();
    };
    pc.onconnectionstatechange = () => {
      if (current() && pc.connectionState === 'failed') this.owner.fail(new Error('Connection failed.'));
    };
    pc.onicecandidate = (event) => {
      if (this.owner.destroyed() || !event.candidate || !current()) return;
      const { candidate, sdpMLineIndex, sdpMid } = event.candidate;
      this.owner.signal({ type: 'candidate', candidate: { candidate, sdpMLineIndex, sdpMid } });
    };
    pc.ondatachannel = (event) => {
      // One channel per peer; another is not this protocol.
      if (!current() || !this.answering || this.owner.hasChannel()) event.channel.close();
      else this.owner.useChannel(event.channel);
    };
    return pc;
  }

  private onIceState(): void {
    const state = this.pc?.iceConnectionState;
    if (this.owner.destroyed() || !state) return;
    if (state === 'connected' || state === 'completed') {
      this.ice = true;
      this.owner.onIceConnected();
    }
    if (state === 'failed') this.owner.fail(new Error('Ice connection failed.'));
    if (state === 'closed') this.owner.fail(new Error('Ice connection closed.'));
  }

  /** A candidate from the other side: added once its description is set, kept until then. */
  takeCandidate(candidate: RTCIceCandidateInit): void {
    if (this.pc?.remoteDescription?.type) this.addCandidate(candidate);
    else this.pendingCandidates.push(candidate);
  }

  /**
   * Both sides offered at once ("glare") and y-webrtc gave this initiating side the other's
   * offer (its own lost on the glare token): this side answers now, so the connection carries
   * the channel the offerer opened. Its own channel, never negotiated with the other side's,
   * would open all the same and carry messages nobody reads: both sides "connected" for good,
   * the docs never synced (a link room's two archive devices then never meet; a room's only
   * other device is never heard). A connection that is up keeps its channel.
   */
  answerInstead(): void {
    if (this.answering || this.owner.connected() || this.owner.destroyed()) return;
    this.answering = true;
    this.owner.dropChannel();
    this.ice = false;
    // A fresh connection answers: Chromium's rollback of our own offer on the same one at
    // times gathered no candidate for the answer (so it never connected; seen in
    // tests/e2e/peerGlare.e2e.ts). The other side's candidates all follow its offer.
    const old = this.pc;
    try {
      this.pc = this.connection();
    } catch (error) {
      this.owner.fail(error as Error);
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

  makeOffer(): void {
    const pc = this.pc;
    // The other side's offer came first: this side answers it instead (answerInstead).
    if (this.owner.destroyed() || !pc || this.answering) return;
    pc.createOffer()
      .then(async (offer) => {
        if (this.owner.destroyed() || this.pc !== pc) return;
        await pc.setLocalDescription(offer);
        if (this.owner.destroyed() || this.pc !== pc) return;
        const made = pc.localDescription ?? offer;
        this.owner.signal({ type: made.type, sdp: made.sdp });
      })
      // An offer cut short because this side answers the other's instead is no failure.
      .catch((error: Error) => {
        if (this.pc === pc) this.owner.fail(error);
      });
  }

  takeDescription(description: RTCSessionDescriptionInit): void {
    const pc = this.pc as RTCPeerConnection;
    pc.setRemoteDescription(description)
      .then(async () => {
        if (this.owner.destroyed()) return;
        for (const candidate of this.pendingCandidates) this.addCandidate(candidate);
        this.pendingCandidates = [];
        if (pc.remoteDescription?.type !== 'offer') return;
        const answer = await pc.createAnswer();
        if (this.owner.destroyed()) return;
        await pc.setLocalDescription(answer);
        if (this.owner.destroyed()) return;
        const made = pc.localDescription ?? answer;
        this.owner.signal({ type: made.type, sdp: made.sdp });
      })
      .catch((error: Error) => this.owner.fail(error));
  }

  private addCandidate(candidate: RTCIceCandidateInit): void {
    const pc = this.pc;
    if (!pc) return;
    pc.addIceCandidate(candidate).catch((error: Error) => {
      // A candidate this browser cannot use (an mDNS .local name, say) is skipped, as simple-peer does.
      const address = typeof candidate.candidate === 'string' ? candidate.candidate.split(' ')[4] : undefined;
      if (address && !address.endsWith('.local')) this.owner.fail(error);
    });
  }
}
