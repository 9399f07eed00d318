// Issue 20: "A rogue coordinator must never be able to move hours by signing a false
// checkpoint without every full device flagging it." A checkpoint whose summary is not the
// summary of its frontier is found false by every device holding the frontier, does not
// count, and ends its signer's coordinator and kiosk roles as a removal would.
import { describe, expect, it } from 'vitest';
import { type CheckpointVerdict, checkCheckpoint } from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { countingCheckpoints } from '../../../../src/core/checkpoint/counting.ts';
import { paginate } from '../../../../src/core/checkpoint/pages.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { hash } from '../../../../src/core/crypto/hash.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import type { VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { scramble } from '../scenarios.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { verified } from './checkpointing.ts';
import { day } from './histories.ts';

function network() {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const anna = network.member('Anna');
  const bram = network.member('Bram');
  network.transfer(anna, bram, 30);
  const until = network.clock;
  network.tick(31 * day);
  const honest = checkpointSummary(network.netId, { part: 1, after: null, until }, verified(network.entries));
  return { network, carla, anna, bram, until, honest };
}

function held(entries: readonly SignedEntry[]): Map<string, VerifiedEntry> {
  return new Map(verified(entries).map((item) => [item.idText, item]));
}

describe('a false checkpoint', () => {
  it('a rogue coordinator who signs a summary giving someone hours is found false on every device holding the frontier, counts not, and loses the role', () => {
    const { network, carla, anna, until, honest } = network_();
    // Carla takes the honest pages and gives Anna 10 hours more.
    const sections = structuredClone(honest.sections);
    const record = sections.members.find((member) => member.key === keyOf(anna)) as unknown as {
      balance: number;
      received: number;
    };
    record.balance += 600;
    record.received += 600;
    const forged = paginate({ net: network.net, part: 1, after: null, until }, sections);
    const falseEntry = network.write(carla, 'checkpoint', { part: 1, after: null, summary: forged.hash });
    const later = network.write(carla, 'pot-grant', { to: carla.signing.publicKey, minutes: 600, reason: '' });
    const document = { summary: forged.summary, pages: forged.pages };
    const body = bodyOf(falseEntry, 'checkpoint');

    // Every device that holds the frontier finds it false, whatever else it holds, in any order.
    const frontierOnly = network.entries.filter((e) => honest.frontier.has(idOf(e)));
    for (const entries of [network.entries, frontierOnly, scramble(network.entries, 7)]) {
      const verdict = checkCheckpoint(network.netId, body, document, held(entries));
      expect(verdict.kind).toBe('false');
      const membersPage = honest.pages.findIndex((page, index) => !equal(page, forged.pages[index]));
      expect(verdict).toMatchObject({ page: membersPage, why: 'differs' });
      expect(toBase64Url((verdict as { correct: Uint8Array }).correct)).toBe(
        toBase64Url(hash(honest.pages[membersPage] as Uint8Array)),
      );
    }
    // A device without the frontier cannot tell; a device without the pages neither.
    expect(checkCheckpoint(network.netId, body, document, held(network.entries.slice(0, 3))).kind).toBe('unknown');
    expect(checkCheckpoint(network.netId, body, undefined, held(network.entries)).kind).toBe('unknown');

    const falseOnes = new Set([idOf(falseEntry)]);
    const state = deriveState(network.netId, verified(network.entries), network.clock + 1000, {
      falseCheckpoints: falseOnes,
    });
    const verdicts = (id: string): CheckpointVerdict =>
      id === idOf(falseEntry)
        ? checkCheckpoint(network.netId, body, document, held(network.entries))
        : { kind: 'unknown', why: 'no-summary' };
    expect(countingCheckpoints(state, verdicts)).toEqual([]);
    // Its roles end at the false entry; what it did before stands, what it does after does not count.
    expect(state.members.get(keyOf(carla))?.roles.has('coordinator')).toBe(false);
    expect(state.rejected.get(idOf(later))?.reason).toBe('not-coordinator');
    expect(state.members.get(keyOf(carla))?.balance).toBe(120);
    expect(state.members.get(keyOf(anna))?.balance).toBe(90);
    // Without the verdict (a device that cannot tell) the same entries leave her role.
    const unaware = deriveState(network.netId, verified(network.entries), network.clock + 1000);
    expect(unaware.members.get(keyOf(carla))?.roles.has('coordinator')).toBe(true);
  });

  it("takes away the signer's act from another of its devices written at the same time, as a removal would", () => {
    const { network, carla, until, honest } = network_();
    const laptop = newIdentity();
    network.addDevice(carla, laptop);
    const knew = network.frontier();
    const sections = structuredClone(honest.sections);
    (sections.network[0] as unknown as { pot: number }).pot += 6000;
    const forged = paginate({ net: network.net, part: 1, after: null, until }, sections);
    const falseEntry = network.write(
      carla,
      'checkpoint',
      { part: 1, after: null, summary: forged.hash },
      { seen: knew },
    );
    // The laptop had not seen the false checkpoint: concurrent with it.
    const grant = network.write(
      laptop,
      'pot-grant',
      { to: carla.signing.publicKey, minutes: 600, reason: '' },
      { seen: knew },
    );
    const now = network.clock + 1000;
    const falseOnes = new Set([idOf(falseEntry)]);
    const state = deriveState(network.netId, verified(network.entries), now, { falseCheckpoints: falseOnes });
    expect(state.rejected.get(idOf(grant))?.reason).toBe('not-coordinator');
    expect(state.members.get(keyOf(carla))?.roles.size).toBe(0);
    // Not found false, the same grant counts.
    expect(deriveState(network.netId, verified(network.entries), now).applied.has(idOf(grant))).toBe(true);
  });

  it('a summary whose frontier is not closed, or reaches past its date, is false', () => {
    const { network, carla, until, honest } = network_();
    // Carla names a frontier without Bram's admission, whose transfer is in it.
    const sections = structuredClone(honest.sections);
    const late = network.transfer(carla, carla, 1);
    for (const record of sections.heads) {
      if (record.key === toBase64Url(carla.signing.publicKey)) {
        (record.tips as { id: string; seq: number }[])[0] = {
          ...(record.tips as { id: string; seq: number }[])[0],
          id: idOf(late),
          seq: late.entry.seq,
        } as never;
      }
    }
    const forged = paginate({ net: network.net, part: 1, after: null, until }, sections);
    const entry = network.write(carla, 'checkpoint', { part: 1, after: null, summary: forged.hash });
    const verdict = checkCheckpoint(
      network.netId,
      bodyOf(entry, 'checkpoint'),
      { summary: forged.summary, pages: forged.pages },
      held(network.entries),
    );
    expect(verdict).toMatchObject({ kind: 'false', why: 'too-late' });
  });

  it('the honest summary is found true, by a device holding the same entries in another order', () => {
    const { network, carla, honest } = network_();
    const entry = network.write(carla, 'checkpoint', { part: 1, after: null, summary: honest.hash });
    const verdict = checkCheckpoint(
      network.netId,
      bodyOf(entry, 'checkpoint'),
      { summary: honest.summary, pages: honest.pages },
      held(scramble(network.entries, 3)),
    );
    expect(verdict).toMatchObject({ kind: 'true' });
    expect(verdict.kind === 'true' && [...verdict.holders].sort()).toEqual(
      [keyOf(network.founder), keyOf(carla)].sort(),
    );
  });
});

const network_ = network;

function equal(a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && toBase64Url(a) === toBase64Url(b);
}
