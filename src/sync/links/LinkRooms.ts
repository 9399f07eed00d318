// The link rooms an archive device (a coordinator's laptop, the kiosk) is in: one for every
// open link of its network (protocol-links.md §2), each a doc of its own in memory, shared
// through the network's own relays, with a LinkCarrier between it and the member doc. Told
// the open links after every change, it joins the new rooms and leaves those of links that
// ended. A room flooded with what never counts is left, and joined again a while later with
// a fresh doc: what crosses is in both networks' own docs, so nothing is lost.
import * as Y from 'yjs';
import { toBase64Url } from '../../core/encoding/base64url.ts';
import type { RoomLink, RoomNetwork } from '../RoomNetwork.ts';
import { type CarrierOptions, LinkCarrier, type OwnDoc } from './LinkCarrier.ts';
import { linkRoomAddress } from './linkRoomAddress.ts';

/** One open link, as the data layer names it: the link id, the peer network, the room's secret. */
export interface LinkToCarry {
  link: Uint8Array;
  peer: Uint8Array;
  /** The link room secret (opened from the `link` entry's sealed box). */
  secret: Uint8Array;
  /**
   * Our entries (ids) to carry out: those our rules counted (core/links/carry.ts,
   * toCarryOut). Without, every authentic entry of ours that crosses and names the link.
   */
  out?: readonly string[];
  /** The peer's roster keys (every step) and the ids its counted attestations name: whose word is taken (PeerTrust.ts). */
  peerKeys?: readonly Uint8Array[];
  attested?: readonly string[];
  /** Our own rosters' keys (every step): whose entries of ours in the room come home (LinkCarrier.ts). */
  ownKeys?: readonly Uint8Array[];
}

export interface LinkRoomsOptions extends Omit<CarrierOptions, 'onFlooded'> {
  /** How long a flooded link room stays left before it is joined with a fresh doc, in ms. */
  rejoinAfterMs?: number;
}

/** A minute: a flood costs its sender a minute of carrying, and this device nothing that grows. */
const defaultRejoinAfterMs = 60_000;

interface JoinedLinkRoom {
  doc: Y.Doc;
  room: RoomLink;
  carrier: LinkCarrier;
}

export class LinkRooms {
  private readonly network: RoomNetwork;
  private readonly own: OwnDoc;
  private readonly options: LinkRoomsOptions;
  /** By link id and room name (a new secret is a new room), what is wanted now. */
  private readonly wanted = new Map<string, LinkToCarry>();
  private readonly joined = new Map<string, JoinedLinkRoom>();
  private readonly waiting = new Map<string, ReturnType<typeof setTimeout>>();
  private closed = false;

  constructor(network: RoomNetwork, own: OwnDoc, options: LinkRoomsOptions = {}) {
    this.network = network;
    this.own = own;
    this.options = options;
  }

  /** Carries exactly these links: joins the rooms of new ones, leaves those of the others. */
  follow(links: readonly LinkToCarry[]): void {
    if (this.closed) return;
    this.wanted.clear();
    for (const link of links) this.wanted.set(keyOf(link), link);
    for (const key of [...this.joined.keys(), ...this.waiting.keys()]) if (!this.wanted.has(key)) this.leave(key);
    for (const [key, link] of this.wanted) {
      const joined = this.joined.get(key);
      if (joined) {
        if (link.out) joined.carrier.offer(link.out);
        if (link.peerKeys) joined.carrier.trustMore(link.peerKeys, link.attested ?? []);
        if (link.ownKeys) joined.carrier.knowOwnKeys(link.ownKeys);
      } else if (!this.waiting.has(key)) this.join(key, link);
    }
  }

  /** The links whose rooms this device is in now (base64url link ids). */
  carrying(): string[] {
    return [...new Set([...this.joined.keys()].map((key) => key.split(' ')[0] as string))];
  }

  /** Settles once every room's carrier has carried what it noticed so far. */
  async settled(): Promise<void> {
    await Promise.all([...this.joined.values()].map(({ carrier }) => carrier.settled()));
  }

  close(): void {
    this.closed = true;
    for (const key of [...this.joined.keys(), ...this.waiting.keys()]) this.leave(key);
    this.wanted.clear();
  }

  private join(key: string, link: LinkToCarry): void {
    const doc = new Y.Doc();
    const carrier: LinkCarrier = new LinkCarrier(
      this.own,
      doc,
      { id: link.link, peer: link.peer, peerKeys: link.peerKeys, attested: link.attested, ownKeys: link.ownKeys },
      // Told from inside the doc's own events: the doc is left once they are over.
      {
        ...this.options,
        offered: link.out !== undefined,
        onFlooded: () => queueMicrotask(() => this.flooded(key, carrier)),
      },
    );
    // The carrier observes first, so what the room brings on joining is seen.
    let room: RoomLink;
    try {
      room = this.network.join(doc, linkRoomAddress(link.secret));
    } catch (error) {
      // y-webrtc refuses a second doc in a room of the same name on one page (this browser
      // in both linked networks at once): carry nothing here; the next change tries again.
      console.error(error);
      carrier.close();
      doc.destroy();
      return;
    }
    this.joined.set(key, { doc, room, carrier });
    void carrier.start();
    if (link.out) carrier.offer(link.out);
  }

  private leave(key: string): void {
    const timer = this.waiting.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.waiting.delete(key);
    const joined = this.joined.get(key);
    if (!joined) return;
    this.joined.delete(key);
    joined.carrier.close();
    joined.room.leave();
    joined.doc.destroy();
  }

  /** Leaves a flooded room, and joins it again with a fresh doc after a while, if still wanted. */
  private flooded(key: string, carrier: LinkCarrier): void {
    if (this.joined.get(key)?.carrier !== carrier) return;
    this.leave(key);
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      const link = this.wanted.get(key);
      if (link && !this.closed) this.join(key, link);
    }, this.options.rejoinAfterMs ?? defaultRejoinAfterMs);
    this.waiting.set(key, timer);
  }
}

function keyOf(link: LinkToCarry): string {
  return `${toBase64Url(link.link)} ${linkRoomAddress(link.secret).name} ${toBase64Url(link.peer)}`;
}
