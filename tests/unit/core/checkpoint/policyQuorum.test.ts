// The policy across a checkpoint (docs/protocol.md §3.4, §4.8): the quorum a checkpoint needs
// is the `checkpointQuorum` of the policy in its own summary, and a phone that starts from the
// summary holds the same policy as an archive device.
import { describe, expect, it } from 'vitest';
import {
  type CheckpointVerdict,
  checkCheckpoint,
  type SummaryDocument,
} from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { countingCheckpoints } from '../../../../src/core/checkpoint/counting.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { defaultPolicy, type Policy } from '../../../../src/core/entry/bodies.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { bodyOf, idOf, TestNetwork } from '../TestNetwork.ts';
import { acrossCheckpoint, verified } from './checkpointing.ts';
import { day } from './histories.ts';

/** Three coordinators; a policy in the quarter; the quarter's summary and who signed it. */
function quarter(fields: Partial<Policy>) {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const dirk = network.member('Dirk');
  network.grant(dirk);
  network.write(network.founder, 'policy', { ...defaultPolicy, ...fields });
  const until = network.clock;
  network.tick(31 * day);
  const built = checkpointSummary(network.netId, { part: 1, after: null, until }, verified(network.entries));
  const document: SummaryDocument = { summary: built.summary, pages: built.pages };
  const sign = (by: Identity) => network.write(by, 'checkpoint', { part: 1, after: null, summary: built.hash });
  const signers = () => {
    const held = new Map(verified(network.entries).map((item) => [item.idText, item]));
    const verdicts = new Map<string, CheckpointVerdict>();
    for (const e of network.entries) {
      if (e.entry.type === 'checkpoint') {
        verdicts.set(idOf(e), checkCheckpoint(network.netId, bodyOf(e, 'checkpoint'), document, held));
      }
    }
    const state = deriveState(network.netId, verified(network.entries), network.clock + 1000);
    return countingCheckpoints(state, (id) => verdicts.get(id) ?? { kind: 'unknown', why: 'no-summary' }).map(
      (c) => c.signers.length,
    );
  };
  return { network, carla, dirk, until, sign, signers };
}

describe('the checkpoint quorum comes from the policy in the summary', () => {
  it('checkpointQuorum 1: one coordinator of three checkpoints alone', () => {
    const { network, signers, sign } = quarter({ checkpointQuorum: 1 });
    expect(signers()).toEqual([]);
    sign(network.founder);
    expect(signers()).toEqual([1]);
  });

  it('checkpointQuorum 3: two of three signing is not enough, three is', () => {
    const { network, carla, dirk, signers, sign } = quarter({ checkpointQuorum: 3 });
    sign(network.founder);
    sign(carla);
    expect(signers()).toEqual([]);
    sign(dirk);
    expect(signers()).toEqual([3]);
  });

  it('a policy written after the frontier does not change the quorum of the summary before it', () => {
    const { network, carla, signers, sign } = quarter({ checkpointQuorum: 2 });
    network.write(network.founder, 'policy', { ...defaultPolicy, checkpointQuorum: 1 });
    sign(network.founder);
    expect(signers()).toEqual([]);
    sign(carla);
    expect(signers()).toEqual([2]);
  });

  it('a phone starting from the summary holds the policy the archive device derives', () => {
    const { network, until } = quarter({ voteShare: 75, activityPay: 'pot', shareAcross: false });
    const { phone, archive, built } = acrossCheckpoint(network.netId, network.entries, until, network.clock + 1000);
    expect(phone.policy).toEqual({ ...defaultPolicy, voteShare: 75, activityPay: 'pot', shareAcross: false });
    expect(archive.policy).toEqual(phone.policy);
    const latest = built.state.policyChanged.at(-1)?.id;
    expect(built.sections.carried.map((record) => record.key)).toContain(latest);
  });
});
