// How often one peer may make this device build and send an answer.
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { AnswerRequests, askGivenBackMs, maxAnswerRequestsPerConnection } from '../../../src/sync/AnswerRequests.ts';
import { resyncAtMs, resyncEveryMs } from '../../../src/sync/resyncSchedule.ts';
import { asksForAnswer, isYWebrtcMessage } from '../../../src/sync/yWebrtcMessages.ts';

// y-webrtc's messages as it writes them (src/y-webrtc.js).
function syncMessage(write: (encoder: encoding.Encoder, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('entries').set('a', new Uint8Array(2000));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder, doc);
  return encoding.toUint8Array(encoder);
}

const step1 = syncMessage((encoder, doc) => syncProtocol.writeSyncStep1(encoder, doc));
const step2 = syncMessage((encoder, doc) => syncProtocol.writeSyncStep2(encoder, doc));
const update = syncMessage((encoder, doc) => syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc)));
const queryAwareness = Uint8Array.of(3);
const awareness = Uint8Array.of(1, 0);

describe('AnswerRequests', () => {
  it('knows which y-webrtc messages ask for an answer', () => {
    expect(asksForAnswer(step1)).toBe(true);
    expect(asksForAnswer(queryAwareness)).toBe(true);
    expect([step2, update, awareness, new Uint8Array(0)].some(asksForAnswer)).toBe(false);
  });

  it('tells y-webrtc messages from anything else', () => {
    expect([step1, step2, update, awareness, queryAwareness].every(isYWebrtcMessage)).toBe(true);
    for (const other of [Uint8Array.of(2), Uint8Array.of(4, 1), Uint8Array.of(200, 1), new Uint8Array(0)]) {
      expect(isYWebrtcMessage(other)).toBe(false);
    }
  });

  it('lets a peer ask a few times on one connection, then no more', () => {
    const asks = new AnswerRequests();
    for (let i = 0; i < maxAnswerRequestsPerConnection; i++) expect(asks.allow(step1)).toBe(true);
    expect(asks.allow(update)).toBe(true);
    expect(asks.allow(step1)).toBe(false);
    expect(asks.allow(queryAwareness)).toBe(false);
  });

  it('gives an ask back now and then, never more than the most at once: a flood after a quiet hour is still refused', () => {
    let now = 0;
    const asks = new AnswerRequests(maxAnswerRequestsPerConnection, () => now);
    for (let i = 0; i < maxAnswerRequestsPerConnection; i++) expect(asks.allow(step1)).toBe(true);
    expect(asks.allow(step1)).toBe(false);
    now += askGivenBackMs;
    expect(asks.allow(step1)).toBe(true);
    expect(asks.allow(step1)).toBe(false);
    now += 3_600_000;
    const allowed = Array.from({ length: 10 }, () => asks.allow(step1)).filter(Boolean).length;
    expect(allowed).toBe(maxAnswerRequestsPerConnection);
  });

  it('lets in every ask of an honest Buurtruil peer for as long as the connection lasts, even a second late', () => {
    let now = 0;
    const asks = new AnswerRequests(maxAnswerRequestsPerConnection, () => now);
    // y-webrtc's at connect, WebrtcRoomNetwork's at its ages, then every resyncEveryMs (each may come late, never early).
    const times = [0, ...resyncAtMs];
    while (times.length < 200) times.push((times.at(-1) as number) + resyncEveryMs);
    for (const [i, time] of times.entries()) {
      now = time + (i % 2) * 1000;
      expect(asks.allow(step1)).toBe(true);
    }
  });

  it('never limits updates', () => {
    const asks = new AnswerRequests(1);
    for (let i = 0; i < 1000; i++) expect(asks.allow(update)).toBe(true);
  });
});
