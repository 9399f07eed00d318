// Who the lobby trusts, from rosters (docs/protocol.md §6.1): a roster counts when a device
// trusted by what it replaces wrote it; rosters written at the same time are read together,
// and a removed coordinator who names an old roster cannot win, nor take anyone but its
// remover down with it.
import { describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { newIdentity } from '../../../src/core/Identity.ts';
import { lobbyView } from '../../../src/core/lobby.ts';
import { rosterOf } from '../../../src/core/lobbyRoster.ts';
import { lobbySeed } from '../../../src/core/lobbySeed.ts';
import { idOf, keyOf, TestNetwork } from './TestNetwork.ts';

const rowsOf = (...people: Identity[]): RosterRow[] =>
  people.map((person) => ({
    member: person.signing.publicKey,
    device: person.signing.publicKey,
    boxKey: person.box.publicKey,
  }));

/** A network of three coordinators (Carla founded it; Dirk and Esra were granted the role) and a newcomer. */
function threeCoordinators() {
  const network = new TestNetwork();
  const carla = network.founder;
  const people: Identity[] = [];
  const lobby: SignedEntry[] = [network.genesis];
  for (const name of ['Dirk', 'Esra']) {
    const { identity, join } = network.join(name);
    lobby.push(join, network.admit(identity, join), network.grant(identity));
    people.push(identity);
  }
  const [dirk, esra] = people as [Identity, Identity];
  const { identity: nina, join: ninaJoin } = network.join('Nina');
  lobby.push(ninaJoin);
  return { network, carla, dirk, esra, nina, ninaJoin, lobby };
}

function roster(network: TestNetwork, by: Identity, after: SignedEntry[], ...people: Identity[]): SignedEntry {
  return network.write(by, 'roster', { after: after.map((e) => e.id), coordinators: rowsOf(...people) });
}

async function view(network: TestNetwork, entries: SignedEntry[]) {
  const ledger = await network.ledger(entries);
  return lobbyView(network.netId, ledger.entries(), network.clock);
}

const trusted = async (network: TestNetwork, entries: SignedEntry[]) => [
  ...(await view(network, entries)).roster.set.keys(),
];

describe('rosters in the lobby', () => {
  it('before any roster, the founder and the grants say who the coordinators are', async () => {
    const { network, carla, dirk, esra, lobby } = threeCoordinators();
    expect(await trusted(network, lobby)).toEqual([keyOf(carla), keyOf(dirk), keyOf(esra)]);
    expect((await view(network, lobby)).roster.heads).toEqual([]);
  });

  it("a coordinator's roster removes a suspended one: her answers and set-asides stop counting", async () => {
    const { network, carla, dirk, esra, nina, ninaJoin, lobby } = threeCoordinators();
    const fromCarla = roster(network, carla, [], carla, esra);
    const decline = network.write(dirk, 'decline', {
      member: nina.signing.publicKey,
      join: ninaJoin.id,
      note: null,
    });
    const setAside = network.write(dirk, 'set-aside', { before: network.clock });
    const lobbyView = await view(network, [...lobby, fromCarla, decline, setAside]);
    expect([...lobbyView.roster.set.keys()]).toEqual([keyOf(carla), keyOf(esra)]);
    expect(lobbyView.statusOf(keyOf(nina))).toEqual({ kind: 'pending', joinId: idOf(ninaJoin) });
    expect(lobbyView.coordinatorBoxKeys.map((key) => key.join())).not.toContain(dirk.box.publicKey.join());
  });

  it('a suspended coordinator who writes after the roster that removed her is not heard', async () => {
    const { network, carla, dirk, esra, lobby } = threeCoordinators();
    const fromCarla = roster(network, carla, [], carla, esra);
    const fromDirk = roster(network, dirk, [fromCarla], carla, dirk, esra);
    expect(await trusted(network, [...lobby, fromCarla, fromDirk])).toEqual([keyOf(carla), keyOf(esra)]);
  });

  it('naming an old roster and keeping everyone does not keep her in', async () => {
    const { network, carla, dirk, esra, lobby } = threeCoordinators();
    const fromCarla = roster(network, carla, [], carla, esra);
    // Dirk claims not to have seen Carla's, and adds a friend.
    const friend = newIdentity();
    const fromDirk = roster(network, dirk, [], carla, dirk, esra, friend);
    expect(await trusted(network, [...lobby, fromCarla, fromDirk])).toEqual([keyOf(carla), keyOf(esra)]);
  });

  it('naming an old roster and leaving out everyone takes only her remover down with her', async () => {
    const { network, carla, dirk, esra, lobby } = threeCoordinators();
    const fromCarla = roster(network, carla, [], carla, esra);
    const fromDirk = roster(network, dirk, [], dirk);
    const both = [...lobby, fromCarla, fromDirk];
    expect(await trusted(network, both)).toEqual([keyOf(esra)]);
    // Esra's device, online later, names both and puts things right.
    const fromEsra = roster(network, esra, [fromCarla, fromDirk], carla, esra);
    expect(await trusted(network, [...both, fromEsra])).toEqual([keyOf(carla), keyOf(esra)]);
    expect((await view(network, [...both, fromEsra])).roster.heads).toEqual([idOf(fromEsra)]);
  });

  it('two rosters at once: a removal stands, an addition waits for a roster that names both', async () => {
    const { network, carla, dirk, esra, lobby } = threeCoordinators();
    const fatima = newIdentity();
    const fromCarla = roster(network, carla, [], carla, dirk, esra, fatima);
    const fromEsra = roster(network, esra, [], carla, esra);
    const both = [...lobby, fromCarla, fromEsra];
    expect(await trusted(network, both)).toEqual([keyOf(carla), keyOf(esra)]);
    const next = roster(network, carla, [fromCarla, fromEsra], carla, esra, fatima);
    expect(await trusted(network, [...both, next])).toEqual([keyOf(carla), keyOf(esra), keyOf(fatima)]);
  });

  it('a roster naming one the lobby does not hold waits', async () => {
    const { network, carla, dirk, esra, lobby } = threeCoordinators();
    const first = roster(network, carla, [], carla, esra);
    const second = roster(network, carla, [first], carla, esra, dirk);
    expect(await trusted(network, [...lobby, second])).toEqual([keyOf(carla), keyOf(dirk), keyOf(esra)]);
    expect(await trusted(network, [...lobby, second, first])).toEqual([keyOf(carla), keyOf(esra), keyOf(dirk)]);
  });

  it('a roster by a stranger, or by a coordinator the grants no longer know, counts for nothing', async () => {
    const { network, carla, dirk, esra, lobby } = threeCoordinators();
    const stranger = newIdentity();
    const fromStranger = roster(network, stranger, [], stranger);
    const revoke = network.write(carla, 'revoke-role', { member: dirk.signing.publicKey, role: 'coordinator' });
    const fromDirk = roster(network, dirk, [], dirk);
    expect(await trusted(network, [...lobby, revoke, fromStranger, fromDirk])).toEqual([keyOf(carla), keyOf(esra)]);
    // And the lobby's own ledger does not keep the stranger's.
    const { Ledger } = await import('../../../src/core/Ledger.ts');
    const gated = new Ledger(network.netId, { rules: false, now: () => network.clock });
    await gated.add(network.records([...lobby, fromStranger]));
    expect(gated.has(idOf(fromStranger))).toBe(false);
  });

  it('rosterOf lists admitted coordinators by seniority, with their live devices, never a suspended one', async () => {
    const { network, carla, dirk, esra } = threeCoordinators();
    network.suspend(dirk);
    const rows = rosterOf(await network.state());
    expect(rows.map((row) => keyOf({ signing: { publicKey: row.member } } as Identity))).toEqual([
      keyOf(carla),
      keyOf(esra),
    ]);
    // The seed a coordinator copies in holds no suspension.
    const seed = new Set(lobbySeed(await network.state()));
    const types = network.entries.filter((e) => seed.has(idOf(e))).map((e) => e.entry.type);
    expect(types).not.toContain('suspend');
  });

  it('refuses a roster of nobody, or with one device twice', async () => {
    const { network, carla } = threeCoordinators();
    expect(() => network.write(carla, 'roster', { after: [], coordinators: [] })).not.toThrow();
    const ledger = await network.ledger();
    const empty = network.entries.at(-1) as SignedEntry;
    expect(ledger.has(idOf(empty))).toBe(false);
    const twice = network.forge(
      carla,
      'roster',
      { after: [], coordinators: [...rowsOf(carla), ...rowsOf(carla)] },
      { ...network.next(carla) },
    );
    const other = await network.ledger([network.genesis, twice]);
    expect(other.has(idOf(twice))).toBe(false);
  });
});
