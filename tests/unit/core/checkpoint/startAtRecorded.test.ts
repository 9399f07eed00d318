// The next opening starts from the checkpoint a device's record keeps (startAtRecorded.ts):
// from its pages when they read and its frontier is held, else from the beginning.
import { describe, expect, it } from 'vitest';
import { startAtRecorded } from '../../../../src/core/checkpoint/startAtRecorded.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { hash } from '../../../../src/core/crypto/hash.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, picture, verified } from './checkpointing.ts';
import { day } from './histories.ts';

function cutNetwork() {
  const network = new TestNetwork();
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  network.transfer(anna, bram, 30);
  const until = network.clock;
  network.tick(40 * day);
  network.transfer(bram, anna, 45);
  const now = network.clock + 1000;
  const all = verified(network.entries);
  const built = checkpointSummary(network.netId, { part: 1, after: null, until }, all);
  const pages = new Map([built.summary, ...built.pages].map((bytes) => [toBase64Url(hash(bytes)), bytes]));
  const held = new Map(all.map((item) => [item.idText, item]));
  return { network, all, built, pages, held, until, now };
}

describe('starting at the recorded checkpoint', () => {
  it('judges what came after the frontier from its state, as the device that checked it does', () => {
    const { network, all, built, pages, held, until, now } = cutNetwork();
    const start = startAtRecorded(network.netId, toBase64Url(built.hash), (key) => pages.get(key), held);
    const state = deriveState(network.netId, all, now, { start });
    expect(state.checkpoint).toBeDefined();
    const { archive } = acrossCheckpoint(network.netId, network.entries, until, now);
    expect(picture(state)).toEqual(picture(archive));
  });

  it('starts from the beginning when a page is missing or the frontier is not all held', () => {
    const { network, all, built, pages, held, now } = cutNetwork();
    const whole = picture(deriveState(network.netId, all, now));
    const summaryText = toBase64Url(built.hash);
    const noPage = new Map(pages);
    noPage.delete(toBase64Url(hash(built.pages[0] as Uint8Array)));
    const withoutPage = startAtRecorded(network.netId, summaryText, (key) => noPage.get(key), held);
    expect(deriveState(network.netId, all, now, { start: withoutPage }).checkpoint).toBeUndefined();
    expect(picture(deriveState(network.netId, all, now, { start: withoutPage }))).toEqual(whole);

    const [first] = built.frontier.keys();
    const partly = new Map(held);
    partly.delete(first as string);
    const withoutEntry = startAtRecorded(network.netId, summaryText, (key) => pages.get(key), partly);
    expect(deriveState(network.netId, all, now, { start: withoutEntry }).checkpoint).toBeUndefined();
  });

  it('finds the frontier in steps, the page given its turns: a device that was there all along holds all of it', () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    for (let i = 0; i < 40; i++) network.transfer(i % 2 ? anna : bram, i % 2 ? bram : anna, 15);
    const until = network.clock;
    network.tick(40 * day);
    const all = verified(network.entries);
    const built = checkpointSummary(network.netId, { part: 1, after: null, until }, all);
    const pages = new Map([built.summary, ...built.pages].map((bytes) => [toBase64Url(hash(bytes)), bytes]));
    const held = new Map(all.map((item) => [item.idText, item]));
    const start = startAtRecorded(network.netId, toBase64Url(built.hash), (key) => pages.get(key), held);
    const steps = start();
    let turns = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) turns++;
    expect(step.value.checkpoint).toBeDefined();
    expect(turns).toBeGreaterThan(1);
    // Read once: the next derivation starts at once.
    const again = start();
    expect(again.next().done).toBe(true);
  });
});
