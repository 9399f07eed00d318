// Review of issue 19 (trust, round three) by someone who did not write the fixes: a member
// who tries to make a coordinator's cut void (each test failed before its fix). A stolen
// phone its member retired, and the lobby's cases, are in reviewRoundThree.test.ts.
import { describe, expect, it } from 'vitest';
import type { Bodies } from '../../../src/core/entry/bodies.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { findJoinWork } from '../../../src/core/joinWork.ts';
import { sealJoinDetails } from '../../../src/core/sealing.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

describe('a member who forks on purpose and the heads a coordinator names', () => {
  it("cannot void a coordinator's suspension by having an accomplice claim the same device key at the same time", async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const eve = network.member('Eve');
    const beforeAdd = network.frontier();
    const extra = newIdentity();
    const marksAdd = network.write(mark, 'device-add', {
      device: extra.signing.publicKey,
      boxKey: extra.box.publicKey,
      label: '',
    });
    network.post(extra, { title: 'Van het extra toestel' });
    // The coordinator suspends Mark, naming every head it knows, the extra device's too.
    const suspension = network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: [...network.head(mark), ...network.head(extra)],
      reason: '',
    });
    // Eve's claim of the same key, written as if before Mark's, published only now (an id
    // that sorts first: tried until it does, which costs a couple of signatures).
    let evesAdd = network.forge(
      eve,
      'device-add',
      { device: extra.signing.publicKey, boxKey: extra.box.publicKey, label: '' },
      { ...network.next(eve), seen: beforeAdd },
    );
    for (let label = 0; idOf(evesAdd) > idOf(marksAdd); label++) {
      evesAdd = network.forge(
        eve,
        'device-add',
        { device: extra.signing.publicKey, boxKey: extra.box.publicKey, label: `${label}` },
        { ...network.next(eve), seen: beforeAdd },
      );
    }
    network.entries.push(evesAdd);
    const state = await network.state();
    expect(state.rejected.get(idOf(suspension))).toBeUndefined();
    expect(state.members.get(keyOf(mark))?.status).toBe('suspended');
  });
});

describe('a member who forks on purpose, alone', () => {
  it("cannot void a coordinator's suspension by a join the extra device signed on a fork of its own chain", async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const extra = newIdentity();
    network.write(mark, 'device-add', { device: extra.signing.publicKey, boxKey: extra.box.publicKey, label: '' });
    network.post(extra, { title: 'Van het extra toestel' });
    const suspension = network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: [...network.head(mark), ...network.head(extra)],
      reason: '',
    });
    // The extra device's key also asks to join, on a second branch of its chain: joins go first.
    const genesis = network.genesis.entry.body as Bodies['genesis'];
    const join = network.forge(
      extra,
      'join',
      {
        boxKey: extra.box.publicKey,
        sealed: sealJoinDetails(
          { name: 'X', area: '', offers: [], words: '', languages: [], note: '', contact: '' },
          [network.founder.box.publicKey],
          network.net,
          extra.signing.publicKey,
        ),
        work: findJoinWork(network.net, extra.signing.publicKey, extra.box.publicKey, genesis.joinWork),
      },
      { seq: 1, prev: null },
    );
    network.entries.push(join);
    const state = await network.state();
    expect(state.rejected.get(idOf(suspension))).toBeUndefined();
    expect(state.members.get(keyOf(mark))?.status).toBe('suspended');
  });
});

describe('a stolen phone the member retired, and two coordinators at once', () => {
  it("a move naming the retired phone's tip stands beside a suspension that had already ended the phone's payments", async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.grant(fatima);
    const mark = network.member('Mark');
    const laptop = newIdentity();
    network.write(mark, 'device-add', { device: laptop.signing.publicKey, boxKey: laptop.box.publicKey, label: '' });
    network.transfer(mark, fatima, 30);
    network.write(laptop, 'device-remove', { device: mark.signing.publicKey, cut: network.head(mark) });
    const split = network.frontier();
    const heads = [...network.head(laptop), ...network.head(mark)];
    // The founder (the senior) suspends Mark; Fatima, not having seen it, moves Mark to a new key.
    network.write(network.founder, 'suspend', { member: mark.signing.publicKey, cut: heads, reason: '' });
    const fresh = newIdentity();
    const move = network.write(
      fatima,
      'move-member',
      {
        member: mark.signing.publicKey,
        device: fresh.signing.publicKey,
        boxKey: fresh.box.publicKey,
        cut: heads,
        reason: 'telefoon gestolen',
      },
      { seen: split },
    );
    const state = await network.state();
    expect(state.rejected.get(idOf(move))).toBeUndefined();
    expect(state.devices.get(keyOf(fresh))?.member).toBe(keyOf(mark));
  });
});
