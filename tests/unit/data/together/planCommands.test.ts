// The writing device's side of pledges (docs/protocol-together.md §3): the rules only flag a
// pledge past the credit limit, so this device refuses to write one; and it writes nothing
// about a plan it does not know or that is closed.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { EntryType } from '../../../../src/core/entry/bodies.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import type { WriteResult } from '../../../../src/data/session/WriteResult.ts';
import { PlanCommands } from '../../../../src/data/together/planCommands.ts';
import { close, neighbourhood, pastVoteEnd, propose, vote } from '../../core/planHistories.ts';
import { idOf, keyOf } from '../../core/TestNetwork.ts';

function writer(state: NetworkState, memberKey: string) {
  const written: EntryType[] = [];
  const host = {
    memberState: state,
    memberKey,
    write: async (type: EntryType): Promise<WriteResult> => {
      written.push(type);
      return { ok: false, problem: 'not-needed' };
    },
  };
  return { commands: new PlanCommands(host), written };
}

describe('PlanCommands', () => {
  it('refuses a pledge past the credit limit, writes one within it', async () => {
    const { network, anna, bram } = neighbourhood();
    const plan = propose(network, anna);
    const state = await network.state();
    const { commands, written } = writer(state, keyOf(bram));
    // 120 welcome minutes and a limit of 600 below zero: 720 may go, 721 not.
    expect(await commands.pledge(idOf(plan), 721)).toEqual({ ok: false, problem: 'over-limit' });
    expect(written).toEqual([]);
    await commands.pledge(idOf(plan), 720);
    expect(written).toEqual(['pledge']);
  });

  it('writes nothing about a plan it does not know, or one that is closed', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const plan = propose(network, anna);
    vote(network, bram, plan, false);
    vote(network, cor, plan, false);
    pastVoteEnd(network);
    close(network, anna, plan);
    const state = await network.state();
    const { commands, written } = writer(state, keyOf(bram));
    expect(await commands.pledge(toBase64Url(new Uint8Array(32)), 60)).toEqual({ ok: false, problem: 'unknown-plan' });
    expect(await commands.vote(idOf(plan), true)).toEqual({ ok: false, problem: 'rule', rule: 'plan-closed' });
    expect(written).toEqual([]);
  });
});
