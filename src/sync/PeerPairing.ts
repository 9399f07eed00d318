// A direct link between two devices, set up through the PeerJS server at the relay's
// /peerjs: for pairing a new device, moving a member to a new key, provisioning the kiosk.
//
//   const host = await PeerPairing.host(relay);       // shows groupCode(host.code): "7K3M-Q9XD"
//   await host.connected;                             // the other device typed the code
//   const guest = await PeerPairing.guest(relay, typed);  // on the other device
//   host.send(bytes); await guest.receive(); ...; close() on both
//
// `relay` is a signalling URL (ws:// or wss://.../signal) of this site's relay: its host,
// port and scheme find the PeerJS server beside it. Never PeerJS's public cloud, and no
// STUN or TURN (`iceServers: []`), as for the rooms. The code is 8 Crockford characters
// (40 bits): it only finds the other device. What makes the link safe is the check code
// both screens show afterwards (src/sync/pairingHandshake.ts, src/core/pairing.ts).
//
// Every byte from the other end is hostile: one connection per host, messages of at most
// 16 KiB, at most 16 waiting unread; past that the link is closed.
import Peer, { type DataConnection } from 'peerjs';
import { normalizeCrockford, randomCrockford } from '../core/encoding/crockford.ts';
import type { PairingSide } from '../core/pairing.ts';
import { PairingError, type PairingLink } from './PairingLink.ts';

export { PairingError, type PairingLink, type PairingProblem } from './PairingLink.ts';

/** Characters in a pairing code. */
export const pairingCodeLength = 8;
const maxMessageBytes = 16 * 1024;
const maxWaiting = 16;
/** How long a guest waits for the link to come up, in ms (a busy machine takes seconds). */
const connectTimeoutMs = 60_000;
const idPrefix = 'buurtruil-';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Where the PeerJS server of a signalling relay is: same host, port and scheme, path /peerjs. */
export function peerServerOf(relay: string): { host: string; port: number; secure: boolean; path: string } {
  const url = new URL(relay);
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  return { host: url.hostname, port: Number(url.port) || (secure ? 443 : 80), secure, path: '/peerjs/' };
}

function newPeer(relay: string, id: string): Peer {
  return new Peer(id, { ...peerServerOf(relay), key: 'peerjs', config: { iceServers: [] }, debug: 0 });
}

export class PeerPairing implements PairingLink {
  /** The code the other device types (canonical: no separators). A guest's is the one it was given. */
  readonly code: string;
  /** Settles when the other device is connected; rejects with a PairingError. */
  readonly connected: Promise<void>;
  /** The guest opened the link (it typed the code), the host answers. */
  readonly side: PairingSide;
  private readonly peer: Peer;
  private connection: DataConnection | null = null;
  private readonly waiting: Uint8Array[] = [];
  private readonly readers: { resolve(bytes: Uint8Array): void; reject(error: Error): void }[] = [];
  private closed = false;
  private markConnected: () => void = () => {};
  private failConnected: (error: PairingError) => void = () => {};

  private constructor(peer: Peer, code: string, side: PairingSide) {
    this.peer = peer;
    this.code = code;
    this.side = side;
    this.connected = new Promise<void>((resolve, reject) => {
      this.markConnected = resolve;
      this.failConnected = reject;
    });
    // A rejection nobody waits for is not an error of the page.
    this.connected.catch(() => {});
  }

  /** Opens this device to be found by a code; resolves once the relay knows it. */
  static host(relay: string, attempts = 3): Promise<PeerPairing> {
    const code = randomCrockford(pairingCodeLength, randomBytes);
    const pairing = new PeerPairing(newPeer(relay, idPrefix + code), code, 'answerer');
    return new Promise<PeerPairing>((resolve, reject) => {
      pairing.peer.on('open', () => resolve(pairing));
      pairing.peer.on('connection', (connection) => pairing.adopt(connection));
      pairing.peer.on('error', (error) => {
        // Someone else shows this code right now: take another.
        if (error.type === 'unavailable-id' && attempts > 1) {
          pairing.close();
          PeerPairing.host(relay, attempts - 1).then(resolve, reject);
          return;
        }
        pairing.fail('unreachable');
        reject(new PairingError('unreachable'));
      });
    });
  }

  /** Connects to the device showing `typed`; resolves once the link is up. */
  static guest(relay: string, typed: string): Promise<PeerPairing> {
    const code = normalizeCrockford(typed);
    if (code?.length !== pairingCodeLength) return Promise.reject(new PairingError('unknown-code'));
    const pairing = new PeerPairing(newPeer(relay, idPrefix + randomCrockford(16, randomBytes)), code, 'opener');
    const timer = setTimeout(() => pairing.fail('unreachable'), connectTimeoutMs);
    pairing.peer.on('open', () => {
      pairing.adopt(pairing.peer.connect(idPrefix + code, { serialization: 'raw', reliable: true }));
    });
    pairing.peer.on('error', (error) =>
      pairing.fail(error.type === 'peer-unavailable' ? 'unknown-code' : 'unreachable'),
    );
    return pairing.connected.then(
      () => {
        clearTimeout(timer);
        return pairing;
      },
      (error: unknown) => {
        clearTimeout(timer);
        throw error;
      },
    );
  }

  send(bytes: Uint8Array): void {
    if (this.closed || !this.connection) throw new PairingError('closed');
    void this.connection.send(bytes);
  }

  receive(): Promise<Uint8Array> {
    const next = this.waiting.shift();
    if (next) return Promise.resolve(next);
    if (this.closed) return Promise.reject(new PairingError('closed'));
    return new Promise((resolve, reject) => this.readers.push({ resolve, reject }));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.failConnected(new PairingError('closed'));
    for (const reader of this.readers.splice(0)) reader.reject(new PairingError('closed'));
    this.connection?.close();
    this.peer.destroy();
  }

  private adopt(connection: DataConnection): void {
    // One device at a time: a second one (someone guessing codes) is turned away.
    if (this.connection || this.closed || connection.serialization !== 'raw') {
      connection.close();
      return;
    }
    this.connection = connection;
    connection.on('open', () => this.markConnected());
    connection.on('data', (data) => this.arrived(data));
    connection.on('close', () => this.close());
    connection.on('error', () => this.close());
  }

  private arrived(data: unknown): void {
    const bytes =
      data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? new Uint8Array(data) : null;
    if (!bytes || bytes.length > maxMessageBytes || this.waiting.length >= maxWaiting) {
      this.close();
      return;
    }
    const reader = this.readers.shift();
    if (reader) reader.resolve(bytes);
    else this.waiting.push(bytes);
  }

  private fail(problem: 'unreachable' | 'unknown-code'): void {
    this.failConnected(new PairingError(problem));
    this.close();
  }
}
