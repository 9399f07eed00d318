// What the together pages show once a coordinator hid something (protocol.md §3.4): a hidden
// story or plan leaves the page of everyone not in it; its own people (and, for a plan whose
// hours go on, the coordinators) still see it, marked hidden. The hide commands write
// `hide-post` only about an entry this device knows.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { EntryType } from '../../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import type { SessionView } from '../../../../src/data/session/SessionView.ts';
import type { WriteResult } from '../../../../src/data/session/WriteResult.ts';
import { PlanCommands } from '../../../../src/data/together/planCommands.ts';
import { plansOf } from '../../../../src/data/together/planSelectors.ts';
import { StoriesCommands } from '../../../../src/data/together/storiesCommands.ts';
import { storiesFor } from '../../../../src/data/together/storiesSelectors.ts';
import { ThanksCommands } from '../../../../src/data/together/thanksCommands.ts';
import { boardThanks } from '../../../../src/data/together/thanksSelectors.ts';
import { neighbourhood, propose } from '../../core/planHistories.ts';
import { idOf, keyOf, type TestNetwork } from '../../core/TestNetwork.ts';

const viewOf = (state: NetworkState, who: Identity) => ({ memberState: state, memberKey: keyOf(who) }) as SessionView;

function story(network: TestNetwork, anna: Identity, bram: Identity): SignedEntry {
  const written = network.write(anna, 'story', { title: 'De verhuizing', text: '', people: [bram.signing.publicKey] });
  for (const who of [anna, bram])
    network.write(who, 'story-consent', { story: written.id, report: true, named: false });
  return written;
}

function writer(state: NetworkState, memberKey: string) {
  const written: { type: EntryType; body: unknown }[] = [];
  const host = {
    memberState: state,
    memberKey,
    write: async (type: EntryType, body: unknown): Promise<WriteResult> => {
      written.push({ type, body });
      return { ok: true } as WriteResult;
    },
  };
  return { host, written };
}

describe('hidden entries on the together pages', () => {
  it('a hidden story leaves the page of those not in it; its people see it hidden, not in the report', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const written = story(network, anna, bram);
    const shown = await network.state();
    expect(storiesFor(viewOf(shown, cor)).map((s) => s.id)).toEqual([idOf(written)]);
    network.write(network.founder, 'hide-post', { post: written.id, reason: '' });
    const state = await network.state();
    expect(storiesFor(viewOf(state, cor))).toEqual([]);
    expect(storiesFor(viewOf(state, network.founder))).toEqual([]);
    for (const who of [anna, bram]) {
      const [line] = storiesFor(viewOf(state, who));
      expect(line?.hidden).toBe(true);
      expect(line?.inReport).toBe(false);
    }
  });

  it('a hidden plan leaves the page of those not in it; pledgers, guides and coordinators still see it', async () => {
    const { network, anna, bram, cor, founder } = neighbourhood();
    const plan = propose(network, anna);
    network.write(bram, 'pledge', { plan: plan.id, minutes: 60 });
    expect(plansOf(viewOf(await network.state(), cor))?.plans.map((p) => p.id)).toEqual([idOf(plan)]);
    network.write(founder, 'hide-post', { post: plan.id, reason: '' });
    const state = await network.state();
    expect(plansOf(viewOf(state, cor))?.plans).toEqual([]);
    for (const who of [anna, bram, founder]) {
      expect(plansOf(viewOf(state, who))?.plans.map((p) => [p.id, p.hidden])).toEqual([[idOf(plan), true]]);
    }
  });

  it('a member hiding a thank-you changes nothing on the board', async () => {
    const { network, anna, bram, cor } = neighbourhood();
    const thanks = network.write(anna, 'thanks', { to: bram.signing.publicKey, text: 'Dank je!', transfer: null });
    for (const who of [anna, bram]) network.write(who, 'thanks-show', { thanks: thanks.id, show: true });
    network.write(cor, 'hide-post', { post: thanks.id, reason: '' });
    expect(boardThanks(viewOf(await network.state(), cor)).map((t) => t.id)).toEqual([idOf(thanks)]);
    network.write(network.founder, 'hide-post', { post: thanks.id, reason: '' });
    expect(boardThanks(viewOf(await network.state(), cor))).toEqual([]);
  });

  it('the hide commands write hide-post naming a known entry, and nothing about an unknown one', async () => {
    const { network, anna, bram, founder } = neighbourhood();
    const plan = propose(network, anna);
    const written = story(network, anna, bram);
    const thanks = network.write(anna, 'thanks', { to: bram.signing.publicKey, text: 'Dank je!', transfer: null });
    const state = await network.state();
    const { host, written: out } = writer(state, keyOf(founder));
    const unknown = toBase64Url(new Uint8Array(32).fill(9));
    for (const hide of [
      (id: string) => new PlanCommands(host).hide(id),
      (id: string) => new StoriesCommands(host).hide(id),
      (id: string) => new ThanksCommands(host).hide(id),
    ]) {
      expect(await hide(unknown)).toEqual({ ok: false, problem: 'unknown-post' });
    }
    expect(out).toEqual([]);
    await new PlanCommands(host).hide(idOf(plan));
    await new StoriesCommands(host).hide(idOf(written));
    await new ThanksCommands(host).hide(idOf(thanks));
    expect(out.map(({ type, body }) => [type, toBase64Url((body as { post: Uint8Array }).post)])).toEqual([
      ['hide-post', idOf(plan)],
      ['hide-post', idOf(written)],
      ['hide-post', idOf(thanks)],
    ]);
  });
});
