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

  it('drops a peer whose signal is not a signal', async () => {
    const { peer } = answeringPeer();
    const heard: string[] = [];
    peer.on('close', () => heard.push('close'));
    peer.signal({ type: 'nonsense' });
    await Promise.resolve();
    expect(heard).toEqual(['close']);
  });
});
