// A doc bigger than a peer takes in one message (four years: some 50 MB) goes in pieces
// (src/sync/framedDataChannels.ts, syncMessagePieces.ts): the receiver gets updates and a last
// step 2 that together make the same doc, what was sent after it comes after it, and a peer
// that does not read is still dropped.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { FramedChannel } from '../../../src/sync/framedDataChannels.ts';

/** A data channel that takes frames while `room` says so. */
function channel(room: () => boolean = () => true) {
  const frames: Uint8Array[] = [];
  const fake = {
    readyState: 'open',
    get bufferedAmount() {
      return room() ? 0 : Number.MAX_SAFE_INTEGER;
    },
    send: (frame: Uint8Array) => frames.push(frame),
  };
  return { frames, fake: fake as unknown as RTCDataChannel };
}

function bigDoc(): Y.Doc {
  const doc = new Y.Doc();
  const map = doc.getMap<Uint8Array>('entries');
  doc.transact(() => {
    for (let i = 0; i < 3000; i++) map.set(`entry-${i}`, new Uint8Array(300).fill(i % 256));
  });
  return doc;
}

function step2Of(doc: Y.Doc): Uint8Array {
  const out = encoding.createEncoder();
  encoding.writeVarUint(out, 0);
  syncProtocol.writeSyncStep2(out, doc);
  return encoding.toUint8Array(out);
}

const awareness = Uint8Array.of(1, 0);
const pieces = { maxBytes: 64 * 1024, maxStructs: Number.POSITIVE_INFINITY };

describe('a whole doc sent in pieces', () => {
  it('arrives as updates and a last step 2 that make the same doc, before what was sent after it', () => {
    const source = bigDoc();
    const big = step2Of(source);
    expect(big.length).toBeGreaterThan(10 * pieces.maxBytes);
    const { frames, fake } = channel();
    const sender = new FramedChannel(fake, pieces);
    sender.send(awareness);
    sender.send(big);
    sender.send(awareness);
    const receiver = new FramedChannel(channel().fake);
    const messages = frames.map((frame) => receiver.receive(frame)).filter((m) => m !== null);
    expect(messages.length).toBeGreaterThan(10);
    expect(messages[0]).toEqual(awareness);
    expect(messages.at(-1)).toEqual(awareness);
    const doc = new Y.Doc();
    const kinds = messages.slice(1, -1).map((message) => {
      const decoder = decoding.createDecoder(message);
      expect(decoding.readVarUint(decoder)).toBe(0);
      expect(message.length).toBeLessThan(2 * pieces.maxBytes);
      return syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, null);
    });
    expect(kinds.slice(0, -1).every((kind) => kind === syncProtocol.messageYjsUpdate)).toBe(true);
    expect(kinds.at(-1)).toBe(syncProtocol.messageYjsSyncStep2);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(source));
  });

  it('sends the pieces as the channel drains, and still drops a peer that does not read', () => {
    let room = false;
    const { frames, fake } = channel(() => room);
    const sender = new FramedChannel(fake, pieces, 4 * 1024 * 1024);
    const big = step2Of(bigDoc());
    sender.send(big);
    expect(frames).toHaveLength(0);
    // More docs fill the queue (its own cap), then wait behind it up to the cap of waiting: then the peer is not reading.
    expect(() => {
      for (let i = 0; i < 100; i++) sender.send(big);
    }).toThrow(/does not read/);
    room = true;
    sender.flush();
    const receiver = new FramedChannel(channel().fake);
    const messages = frames.map((frame) => receiver.receive(frame)).filter((m) => m !== null);
    const doc = new Y.Doc();
    for (const message of messages) {
      const decoder = decoding.createDecoder(message);
      decoding.readVarUint(decoder);
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, null);
    }
    expect(doc.getMap('entries').size).toBe(3000);
    expect(messages.length).toBeGreaterThan(10);
  });
});
