// The adapters' conformance suites (tests/support/conformance/) against the memory
// adapters and IndexedDB (fake-indexeddb) in Node. The browser's y-webrtc and PeerJS
// adapters run the same cases in tests/e2e/conformance.e2e.ts.
import { describe, it } from 'vitest';
import * as Y from 'yjs';
import { indexeddbDocStorage } from '../../../src/sync/indexeddbDocStorage.ts';
import { MemoryDocStorage } from '../../../src/sync/MemoryDocStorage.ts';
import { memoryPairingLinks } from '../../../src/sync/MemoryPairingLink.ts';
import { MemoryRoomNetwork } from '../../../src/sync/MemoryRoomNetwork.ts';
import type { PairingLink } from '../../../src/sync/PairingLink.ts';
import type { RoomLink } from '../../../src/sync/RoomNetwork.ts';
import { docStorageCases } from '../../support/conformance/docStorageCases.ts';
import { type End, pairingLinkCases } from '../../support/conformance/pairingLinkCases.ts';
import { roomNetworkCases, type Who } from '../../support/conformance/roomNetworkCases.ts';

let counter = 0;
const fresh = (prefix: string) => `${prefix}-${Date.now()}-${counter++}`;

describe.each([
  ['MemoryDocStorage', () => new MemoryDocStorage()],
  ['indexeddbDocStorage (y-indexeddb format)', () => indexeddbDocStorage],
])('DocStorage: %s', (_name, makeStorage) => {
  for (const testCase of docStorageCases) {
    it(testCase.name, () => testCase.run({ storage: makeStorage(), freshName: () => fresh('doc') }));
  }
});

describe('RoomNetwork: MemoryRoomNetwork', () => {
  for (const testCase of roomNetworkCases) {
    it(testCase.name, async () => {
      const network = new MemoryRoomNetwork();
      const sides = new Map<Who, { doc: Y.Doc; link: RoomLink | null }>();
      const side = (who: Who) => {
        const found = sides.get(who);
        if (!found) throw new Error(`${who} has not joined`);
        return found;
      };
      await testCase.run({
        freshRoom: () => fresh('room'),
        join: async (who, room, password) => {
          const doc = new Y.Doc();
          sides.set(who, { doc, link: network.join(doc, { name: room, password }) });
        },
        set: async (who, key, value) => void side(who).doc.getMap('shared').set(key, value),
        get: async (who, key) => side(who).doc.getMap('shared').get(key) as string | undefined,
        peers: async (who) => side(who).link?.peers().webrtcPeers ?? 0,
        leave: async (who) => {
          side(who).link?.leave();
          side(who).link = null;
        },
      });
    });
  }
});

describe('PairingLink: MemoryPairingLink', () => {
  for (const testCase of pairingLinkCases) {
    it(testCase.name, async () => {
      let ends: Record<End, PairingLink> | null = null;
      const end = (which: End) => {
        if (!ends) throw new Error('not connected');
        return ends[which];
      };
      await testCase.run({
        connect: async () => {
          const [opener, answerer] = memoryPairingLinks();
          ends = { opener, answerer };
        },
        send: async (which, bytes) => end(which).send(new Uint8Array(bytes)),
        receive: (which) =>
          end(which)
            .receive()
            .then(
              (bytes) => [...bytes],
              (error: { problem?: string }) => ({ problem: error.problem ?? String(error) }),
            ),
        close: async (which) => end(which).close(),
      });
    });
  }
});
