import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, picture, verified } from './checkpointing.ts';

describe('smoke', () => {
  it('a simple history', () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.transfer(anna, bram, 30);
    const post = network.post(anna);
    const until = network.clock;
    network.tick(40 * 24 * 3600 * 1000);
    network.transfer(bram, anna, 10);
    network.write(anna, 'post-close', { post: post.id, reason: 'done' });
    network.suspend(bram);
    network.transfer(bram, anna, 15);
    const now = network.clock + 1000;
    const { phone, archive, built } = acrossCheckpoint(network.netId, network.entries, until, now);
    const full = deriveState(network.netId, verified(network.entries), now);
    console.log(
      built.pages.length,
      built.pages.map((p) => p.length),
    );
    expect(picture(phone)).toEqual(picture(archive));
    expect(picture(archive)).toEqual(picture(full));
  });
});
