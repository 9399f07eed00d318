// The peer y-webrtc uses (src/sync/DataChannelPeer.ts), on stand-ins for the browser's
// RTCPeerConnection and RTCDataChannel: when it may send, and what makes it drop a peer.
// The real handshake runs in tests/e2e/conformance.e2e.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import DataChannelPeer from '../../../src/sync/DataChannelPeer.ts';

class FakeChannel {
  readyState: RTCDataChannelState = 'connecting';
  bufferedAmount = 0;
  bufferedAmountLowThreshold = 0;
  binaryType = 'blob';
  readonly sent: Uint8Array[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onbufferedamountlow: (() => void) | null = null;
  send(frame: Uint8Array): void {
    if (this.readyState !== 'open') throw new Error('InvalidStateError');
    this.sent.push(frame);
  }
  close(): void {
    this.readyState = 'closed';
  }
  open(): void {
    this.readyState = 'open';
    this.onopen?.();
  }
}

class FakeConnection {
  static last: FakeConnection | null = null;
  iceConnectionState: RTCIceConnectionState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  remoteDescription: RTCSessionDescriptionInit | null = null;
  oniceconnectionstatechange: (() => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  onicecandidate: ((event: { candidate: RTCIceCandidate | null }) => void) | null = null;
  ondatachannel: ((event: { channel: FakeChannel }) => void) | null = null;
  constructor() {
    FakeConnection.last = this;
  }
  localDescription: RTCSessionDescriptionInit | null = null;
  /** The channels this side opened (an initiator opens one). */
  readonly created: FakeChannel[] = [];
  createDataChannel(): FakeChannel {
    const channel = new FakeChannel();
    this.created.push(channel);
    return channel;
  }
  async createOffer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'offer', sdp: 'local offer' };
  }
  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'answer', sdp: 'local answer' };
  }
  async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.localDescription = description;
  }
  // As Chromium does: an offer taken while this side's own is out rolls that back (no error).
  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remoteDescription = description;
  }
  close(): void {}
  ice(state: RTCIceConnectionState): void {
    this.iceConnectionState = state;
    this.oniceconnectionstatechange?.();
  }
}

const realConnection = globalThis.RTCPeerConnection;
beforeEach(() => {
  (globalThis as { RTCPeerConnection: unknown }).RTCPeerConnection = FakeConnection;
});
afterEach(() => {
  (globalThis as { RTCPeerConnection: unknown }).RTCPeerConnection = realConnection;
});

/** A non-initiating peer whose other side opened the data channel. */
function answeringPeer(): { peer: DataChannelPeer; pc: FakeConnection; channel: FakeChannel } {
  const peer = new DataChannelPeer({ initiator: false, config: { iceServers: [] } });
  const pc = FakeConnection.last as FakeConnection;
  const channel = new FakeChannel();
  pc.ondatachannel?.({ channel });
  return { peer, pc, channel };
}

// y-webrtc's sync step 1 (message type 0, step 0), in one last frame (kind 0).
const syncStep1 = Uint8Array.of(0, 0, 0, 1, 0);
const frameOf = (message: Uint8Array) => Uint8Array.of(0, ...message);

describe('DataChannelPeer', () => {
  it('answers a message that arrives before its own ICE check says connected (the answer is not lost)', () => {
    const { peer, channel } = answeringPeer();
    channel.open();
    const answer = Uint8Array.of(0, 1, 0);
    peer.on('data', () => peer.send(answer));
    // The other side is connected and sends its sync step 1; this side's ICE state still says "checking".
    channel.onmessage?.({ data: frameOf(syncStep1).buffer });
    expect(channel.sent).toEqual([frameOf(answer)]);
  });

  it("says 'connect' once ICE is connected and the channel is open, in either order", () => {
    const { peer, pc, channel } = answeringPeer();
    let connects = 0;
    peer.on('connect', () => connects++);
    pc.ice('connected');
    expect(connects).toBe(0);
    channel.open();
    expect(connects).toBe(1);
    expect(peer.connected).toBe(true);
    pc.ice('completed');
    expect(connects).toBe(1);
  });

  it('refuses to send before the channel is open (y-webrtc catches it and sends again on connect)', () => {
    const { peer, channel } = answeringPeer();
    expect(() => peer.send(Uint8Array.of(0, 1, 0))).toThrow();
    expect(channel.sent).toEqual([]);
  });

  it('drops a peer that sends text, or a message that is not y-webrtc', async () => {
    for (const data of ['hallo', frameOf(Uint8Array.of(9, 9)).buffer]) {
      const { peer, channel } = answeringPeer();
      channel.open();
      const heard: string[] = [];
      peer.on('data', () => heard.push('data'));
      peer.on('error', () => heard.push('error'));
      peer.on('close', () => heard.push('close'));
      channel.onmessage?.({ data });
      await Promise.resolve();
      expect(heard).toEqual(['error', 'close']);
      expect(peer.destroyed).toBe(true);
    }
  });

  it("answers the other side's offer when both offered at once, and talks over the channel that offer opened", async () => {
    // y-webrtc's glare: both devices started a connection; the one with the lower token takes
    // the other's offer into its own initiating peer. Before, that peer kept its own channel,
    // which the other side never reads (real Chromium: both "connected", nothing arrives).
    const peer = new DataChannelPeer({ initiator: true, config: { iceServers: [] } });
    const pc = FakeConnection.last as FakeConnection;
    const own = pc.created[0] as FakeChannel;
    const signals: { type?: string }[] = [];
    peer.on('signal', (signal: { type?: string }) => signals.push(signal));
    await new Promise((resolve) => setTimeout(resolve, 0));
    peer.signal({ type: 'offer', sdp: 'their offer' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(signals.map((signal) => signal.type)).toContain('answer');
    // A fresh connection answers (see answerInstead); the first one's channel may open all the same.
    const answering = FakeConnection.last as FakeConnection;
    expect(answering).not.toBe(pc);
    expect(answering.remoteDescription).toEqual({ type: 'offer', sdp: 'their offer' });
    const theirs = new FakeChannel();
    answering.ondatachannel?.({ channel: theirs });
    theirs.open();
    own.open();
    let connects = 0;
    peer.on('connect', () => connects++);
    const heard: Uint8Array[] = [];
    peer.on('data', (message: Uint8Array) => heard.push(message));
    pc.ice('connected');
    expect(connects).toBe(0);
    answering.ice('connected');
    expect(connects).toBe(1);
    peer.send(Uint8Array.of(0, 1, 0));
    expect(theirs.sent).toEqual([frameOf(Uint8Array.of(0, 1, 0))]);
    expect(own.sent).toEqual([]);
    theirs.onmessage?.({ data: frameOf(syncStep1).buffer });
    expect(heard).toEqual([syncStep1]);
  });

  it('an initiator whose own offer was answered keeps its channel and closes one the other side opens', async () => {
    const peer = new DataChannelPeer({ initiator: true, config: { iceServers: [] } });
    const pc = FakeConnection.last as FakeConnection;
    const own = pc.created[0] as FakeChannel;
    await new Promise((resolve) => setTimeout(resolve, 0));
    peer.signal({ type: 'answer', sdp: 'their answer' });
    const stray = new FakeChannel();
    pc.ondatachannel?.({ channel: stray });
    expect(stray.readyState).toBe('closed');
    own.open();
    pc.ice('connected');
    expect(peer.connected).toBe(true);
    peer.send(Uint8Array.of(0, 1, 0));
    expect(own.sent).toEqual([frameOf(Uint8Array.of(0, 1, 0))]);
  });

  it('drops a peer whose signal is not a signal', async () => {
    const { peer } = answeringPeer();
    const heard: string[] = [];
    peer.on('close', () => heard.push('close'));
    peer.signal({ type: 'nonsense' });
    await Promise.resolve();
    expect(heard).toEqual(['close']);
  });
});
