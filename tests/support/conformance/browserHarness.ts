// Loaded into a bare page by tests/e2e/conformance.e2e.ts (bundled by esbuild at test
// time, never part of the site): the browser's adapters — y-webrtc rooms and PeerJS
// pairing links through the local relay — behind the small calls the conformance drivers
// make from Playwright.
import * as Y from 'yjs';
import { type PairingLink, PeerPairing } from '../../../src/sync/PeerPairing.ts';
import type { RoomLink } from '../../../src/sync/RoomNetwork.ts';
import { WebrtcRoomNetwork } from '../../../src/sync/WebrtcRoomNetwork.ts';

let doc: Y.Doc | null = null;
let link: RoomLink | null = null;
let pairing: (PairingLink & { code?: string; connected?: Promise<void> }) | null = null;

const harness = {
  join(relay: string, room: string, password: string): void {
    doc = new Y.Doc();
    link = new WebrtcRoomNetwork([relay]).join(doc, { name: room, password });
  },
  set(key: string, value: string): void {
    doc?.getMap('shared').set(key, value);
  },
  get(key: string): string | undefined {
    return doc?.getMap('shared').get(key) as string | undefined;
  },
  peers(): number {
    return link?.peers().webrtcPeers ?? 0;
  },
  leave(): void {
    link?.leave();
    link = null;
  },
  async host(relay: string): Promise<string> {
    const host = await PeerPairing.host(relay);
    pairing = host;
    return host.code;
  },
  async hostConnected(): Promise<void> {
    await pairing?.connected;
  },
  async guest(relay: string, code: string): Promise<void> {
    pairing = await PeerPairing.guest(relay, code);
  },
  send(bytes: number[]): void {
    pairing?.send(new Uint8Array(bytes));
  },
  async receive(): Promise<number[] | { problem: string }> {
    if (!pairing) return { problem: 'no-link' };
    try {
      return [...(await pairing.receive())];
    } catch (error) {
      return { problem: (error as { problem?: string }).problem ?? String(error) };
    }
  },
  close(): void {
    pairing?.close();
  },
};

(globalThis as unknown as { conformance: typeof harness }).conformance = harness;
