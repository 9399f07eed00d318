// Checkpoints between sessions (CheckpointKeeper, docs/protocol.md §4.8): once a quarter
// ended 30 days ago the coordinator's device proposes one by itself, with its summary and
// pages in the doc; a lone coordinator is the quorum, so it counts; every device that holds
// the history checks it, keeps it in its record, and shows the same balances and history.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idFromText } from '../../../../src/core/encoding/base64url.ts';
import type { NetworkSession } from '../../../../src/data/session/index.ts';
import { Neighbourhood, until } from '../../../support/Neighbourhood.ts';

let hood = new Neighbourhood();
afterEach(async () => {
  vi.useRealTimers();
  await hood.close();
  hood = new Neighbourhood();
});

function pay(from: NetworkSession, to: NetworkSession, minutes: number, what: string) {
  return from.write('transfer', { to: idFromText(to.memberKey), minutes, what, post: null, proposal: null });
}

const balances = (session: NetworkSession) =>
  [...(session.memberState?.members.values() ?? [])].map((member) => [member.key, member.balance]).sort();

describe('checkpoints between sessions', () => {
  it('the coordinator proposes when due, it counts, and a member checks it and shows the same balances', async () => {
    const { session: carla, invite } = await hood.found('Carla');
    const anna = await hood.admitted(carla, invite, 'Anna');
    expect((await pay(anna, carla, 30, 'Boodschappen')).ok).toBe(true);
    await until(carla, () => (carla.memberState?.transfers.size ?? 0) === 1);

    // Five months on: the quarter the network was founded in ended more than 30 days ago.
    const now = new Date();
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 5, 1));
    expect((await pay(carla, anna, 45, 'Fiets')).ok).toBe(true);

    // Checked, kept in the record, and the state judged across it.
    const across = (session: NetworkSession) => Boolean(session.record.checkpoint && session.memberState?.checkpoint);
    await until(carla, () => across(carla));
    await until(anna, () => across(anna) && (anna.memberState?.members.get(anna.memberKey)?.balance ?? 0) === 15);
    await until(anna, () => balances(anna).join() === balances(carla).join());
    expect(balances(anna)).toEqual(balances(carla));
    // Each device keeps the checkpoint that counts, as it checked it, in its record of the network.
    expect(anna.record.checkpoint).toBe(carla.record.checkpoint);
    // Anna's phone judged across it: the state holds what came after, her view her whole history.
    expect([...(anna.memberState?.transfers.values() ?? [])].map((transfer) => transfer.minutes)).toEqual([45]);
    const rows = await anna.db.transfers.toArray();
    expect(rows.map((row) => row.minutes).sort()).toEqual([30, 45]);
    // The coordinator's laptop keeps the archive: it shows the history below the checkpoint beside it.
    await until(carla, () => (carla.memberState?.transfers.size ?? 0) === 2);
    expect([...(carla.memberState?.transfers.values() ?? [])].map((transfer) => transfer.minutes)).toEqual([30, 45]);
    expect(carla.memberState?.acts.map((act) => act.type)).toContain('admit');
    expect(carla.memberState?.acts.map((act) => act.type)).toContain('checkpoint');

    // At the next opening the phone judges across it from its first derivation on: the
    // pages are kept beside its view, read before the verified copy.
    expect((await anna.db.pages.toArray()).map((row) => row.hash)).toContain(anna.record.checkpoint);
    anna.close();
    const reopened = await hood.reopen(anna);
    await reopened.memberReady;
    expect(reopened.memberState?.checkpoint).toBeDefined();
    expect([...(reopened.memberState?.transfers.values() ?? [])].map((transfer) => transfer.minutes)).toEqual([45]);
    expect(balances(reopened)).toEqual(balances(carla));
  }, 60_000);
});
