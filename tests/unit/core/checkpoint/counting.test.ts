// Which checkpoints count (docs/protocol.md §4.8): a quorum of distinct coordinator or kiosk
// members (k = 2 by default, never more than hold either role), built on the counting one
// before it, not false, the lowest summary hash among rivals; duplicates and order change
// nothing.
import { describe, expect, it } from 'vitest';
import {
  type CheckpointVerdict,
  checkCheckpoint,
  type SummaryDocument,
} from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { countingCheckpoints } from '../../../../src/core/checkpoint/counting.ts';
import { type BuiltSummary, checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { type CheckpointBase, proposalAfterInSteps } from '../../../../src/core/checkpoint/summaryAfter.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { runToEnd } from '../../../../src/core/state/steps.ts';
import { scramble } from '../scenarios.ts';
import { bodyOf, idOf, TestNetwork } from '../TestNetwork.ts';
import { verified } from './checkpointing.ts';
import { day } from './histories.ts';

/** A network with a founder and, if asked, a second coordinator and a kiosk; a quarter of history. */
function quarter({ second = true, kiosk = false } = {}) {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  if (second) network.grant(carla);
  const kees = network.member('Kiosk');
  if (kiosk) network.grant(kees, 'kiosk');
  const anna = network.member('Anna');
  network.transfer(anna, carla, 45);
  const until = network.clock;
  network.tick(31 * day);
  const documents = new Map<string, SummaryDocument>();
  const bases = new Map<string, CheckpointBase>();
  // Part n is built on the part n − 1 it names (summaryAfter.ts); one on an unknown summary from the beginning.
  const summarise = (part: number, after: Uint8Array | null, at = until): BuiltSummary => {
    const header = { part, after, until: at };
    const base = after && bases.get(toBase64Url(after));
    const held = new Map(verified(network.entries).map((item) => [item.idText, item]));
    const built = base
      ? runToEnd(proposalAfterInSteps(network.netId, header, base, held))
      : checkpointSummary(network.netId, header, verified(network.entries));
    if (!built) throw new Error('not built');
    documents.set(toBase64Url(built.hash), { summary: built.summary, pages: built.pages });
    bases.set(toBase64Url(built.hash), {
      sections: built.sections,
      until: at,
      frontier: new Set(built.frontier.keys()),
    });
    return built;
  };
  const sign = (by: Identity, built: BuiltSummary, part = 1, after: Uint8Array | null = null) =>
    network.write(by, 'checkpoint', { part, after, summary: built.hash });
  /** What counts on a device holding `entries` (all of them by default). */
  const counting = (entries: readonly SignedEntry[] = network.entries) => {
    const held = new Map(verified(entries).map((item) => [item.idText, item]));
    const verdicts = new Map<string, CheckpointVerdict>();
    const trueOnes = new Map<string, CheckpointBase>();
    const checkpoints = entries.filter((e) => e.entry.type === 'checkpoint');
    for (const e of checkpoints.sort((a, b) => bodyOf(a, 'checkpoint').part - bodyOf(b, 'checkpoint').part)) {
      const body = bodyOf(e, 'checkpoint');
      const base = body.after ? trueOnes.get(toBase64Url(body.after)) : undefined;
      const document = documents.get(toBase64Url(body.summary));
      const verdict = checkCheckpoint(network.netId, body, document, held, undefined, undefined, base);
      verdicts.set(idOf(e), verdict);
      if (verdict.kind === 'true') trueOnes.set(toBase64Url(body.summary), verdict);
    }
    const state = deriveState(network.netId, verified(entries), network.clock + 1000);
    return countingCheckpoints(state, (id) => verdicts.get(id) ?? { kind: 'unknown', why: 'no-summary' }).map((c) => [
      c.part,
      toBase64Url(c.summary),
      c.signers.length,
    ]);
  };
  return { network, carla, kees, anna, until, summarise, sign, counting };
}

describe('counting checkpoints', () => {
  it('two coordinators signing the same true summary count; one of two alone does not', () => {
    const { network, carla, summarise, sign, counting } = quarter();
    const built = summarise(1, null);
    sign(network.founder, built);
    expect(counting()).toEqual([]);
    sign(carla, built);
    expect(counting()).toEqual([[1, toBase64Url(built.hash), 2]]);
  });

  it('a network with one coordinator and no kiosk checkpoints alone; a kiosk counts as a signer', () => {
    const alone = quarter({ second: false });
    alone.sign(alone.network.founder, alone.summarise(1, null));
    expect(alone.counting()).toHaveLength(1);

    const withKiosk = quarter({ second: false, kiosk: true });
    const built = withKiosk.summarise(1, null);
    withKiosk.sign(withKiosk.network.founder, built);
    expect(withKiosk.counting()).toEqual([]);
    withKiosk.sign(withKiosk.kees, built);
    expect(withKiosk.counting()).toEqual([[1, toBase64Url(built.hash), 2]]);
  });

  it('a checkpoint signed less than 30 days after its `until` does not count', () => {
    const { network, carla, summarise, sign, counting, until } = quarter();
    const early = summarise(1, null, until);
    network.clock = until + 29 * day;
    sign(network.founder, early);
    sign(carla, early);
    expect(counting()).toEqual([]);
  });

  it('a member without the role signs for nothing', () => {
    const { network, anna, summarise, sign, counting } = quarter();
    const built = summarise(1, null);
    sign(network.founder, built);
    const byAnna = sign(anna, built);
    expect(counting()).toEqual([]);
    const state = deriveState(network.netId, verified(network.entries), network.clock + 1000);
    expect(state.rejected.get(idOf(byAnna))?.reason).toBe('not-coordinator');
  });

  it('a checkpoint with a wrong `after` does not count; the next part on the counting one does', () => {
    const { network, carla, summarise, sign, counting, until } = quarter();
    const first = summarise(1, null);
    // Part 1 that claims to follow something: nothing counts before it.
    const stray = new Uint8Array(32).fill(7);
    const wrong = summarise(1, stray);
    sign(network.founder, wrong, 1, stray);
    sign(carla, wrong, 1, stray);
    expect(counting()).toEqual([]);
    sign(network.founder, first);
    sign(carla, first);
    // Part 2 on a summary that is not the counting part 1's: does not count.
    network.tick(100 * day);
    const later = until + 95 * day;
    const offChain = summarise(2, wrong.hash, later);
    sign(network.founder, offChain, 2, wrong.hash);
    sign(carla, offChain, 2, wrong.hash);
    expect(counting().map(([part]) => part)).toEqual([1]);
    const second = summarise(2, first.hash, later);
    sign(network.founder, second, 2, first.hash);
    sign(carla, second, 2, first.hash);
    expect(counting()).toEqual([
      [1, toBase64Url(first.hash), 2],
      [2, toBase64Url(second.hash), 2],
    ]);
  });

  it('of two true summaries with the same `after`, the lower hash counts', () => {
    const { network, carla, summarise, sign, counting, until } = quarter();
    const a = summarise(1, null);
    const b = summarise(1, null, until - 60_000);
    for (const built of [a, b]) {
      sign(network.founder, built);
      sign(carla, built);
    }
    const lower = Buffer.compare(a.hash, b.hash) < 0 ? a : b;
    expect(counting()).toEqual([[1, toBase64Url(lower.hash), 2]]);
  });

  it('a coordinator appointed after `until` signs with one who held the role then; two appointed since do not count alone', () => {
    const { network, anna, summarise, sign, counting } = quarter({ second: false });
    const built = summarise(1, null);
    // The summary's holders: the founder alone. Anna and Dirk are coordinators since.
    network.grant(anna);
    const dirk = network.member('Dirk');
    network.grant(dirk);
    sign(anna, built);
    sign(dirk, built);
    expect(counting()).toEqual([]);
    sign(network.founder, built);
    expect(counting()).toEqual([[1, toBase64Url(built.hash), 3]]);
  });

  it('duplicated and reordered checkpoint entries give the same result', () => {
    const { network, carla, summarise, sign, counting } = quarter();
    const built = summarise(1, null);
    sign(network.founder, built);
    sign(carla, built);
    const reference = counting();
    expect(reference).toHaveLength(1);
    for (const seed of [1, 2, 3]) expect(counting(scramble(network.entries, seed))).toEqual(reference);
  });
});
