// The activity commands write what the rules judge in causal order: a coordinator's "was
// er" for a card member is a `came-for`, and its cancel of someone else's activity an
// `activity-call-off` (docs/protocol-together.md §1), so stepping down later undoes neither;
// the organiser's own cancel and "Ik was er" stay its own ordinary entries.
import { describe, expect, it } from 'vitest';
import type { EntryType } from '../../../../src/core/entry/bodies.ts';
import { type Identity, newIdentity } from '../../../../src/core/Identity.ts';
import type { BodyInput } from '../../../../src/core/Ledger.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import type { SessionView } from '../../../../src/data/session/index.ts';
import { agendaAt, agendaItem, TogetherCommands } from '../../../../src/data/together/index.ts';
import { idOf, keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const hour = 60 * 60 * 1000;

/** The commands as `who`'s device runs them, on the network's state as it is now. */
async function commandsOf(network: TestNetwork, who: Identity) {
  let state: NetworkState = await network.state();
  const written: EntryType[] = [];
  const commands = new TogetherCommands({
    memberState: () => state,
    noMemberRoom: () => 'no-member-room',
    memberKey: () => keyOf(who),
    async write<T extends EntryType>(type: T, body: BodyInput<T>) {
      written.push(type);
      const entry = network.write(who, type, body);
      state = await network.state();
      return { ok: true as const, entry, id: keyOf(who) };
    },
  });
  return { commands, written, state: () => state };
}

function neighbourhood() {
  const network = new TestNetwork();
  const olga = network.member('Olga');
  const fatima = network.member('Fatima');
  network.grant(fatima);
  // Kees, a card member: enrolled without a device, with a card share.
  const kees = newIdentity();
  network.write(network.founder, 'enroll', {
    member: kees.signing.publicKey,
    boxKey: kees.box.publicKey,
    name: 'Kees',
    area: 'Oost',
    welcome: 60,
    opening: 0,
    consent: 'Uitgelegd.',
    epoch: 0,
    secret: null,
  });
  network.write(network.founder, 'card', {
    member: kees.signing.publicKey,
    share: { eph: new Uint8Array(32).fill(9), keys: [], box: new Uint8Array(16) },
  });
  const starts = network.clock + hour;
  const activity = network.write(olga, 'activity', {
    title: 'Samen koken',
    text: '',
    category: 'bezoek',
    place: 'Buurthuis',
    starts,
    ends: starts + hour,
    seats: 0,
    worth: 60,
    pay: 'participants',
  });
  network.clock = starts + hour;
  network.write(olga, 'attendance', { activity: activity.id, present: [kees.signing.publicKey] });
  return { network, olga, fatima, kees, id: idOf(activity) };
}

describe('a coordinator writes its acts for others as authority entries', () => {
  it('"was er" for a card member is a came-for, and pays the organiser', async () => {
    const { network, olga, fatima, kees, id } = neighbourhood();
    const { commands, written, state } = await commandsOf(network, fatima);
    await commands.cameFor(id, keyOf(kees));
    expect(written).toEqual(['came-for']);
    expect(state().members.get(keyOf(olga))?.balance).toBe(180);
    const named = state().activities.get(id);
    expect(named && agendaItem(state(), named, keyOf(fatima)).came.has(keyOf(kees))).toBe(true);
  });

  it("a coordinator's cancel of someone else's activity is a call-off; the organiser's own a cancel", async () => {
    const { network, olga, fatima, id } = neighbourhood();
    const byFatima = await commandsOf(network, fatima);
    await byFatima.commands.cancel(id, ' Buurthuis dicht ');
    expect(byFatima.written).toEqual(['activity-call-off']);
    const view = { memberState: byFatima.state(), memberKey: keyOf(fatima) } as SessionView;
    expect(agendaAt(network.clock - 2 * hour)(view)?.items).toEqual([]);
    const byOlga = await commandsOf(network, olga);
    await byOlga.commands.cancel(id, '');
    expect(byOlga.written).toEqual(['activity-cancel']);
  });
});
