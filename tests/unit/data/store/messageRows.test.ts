// §7.2: private messages stay with their people. A device's view holds the rows of its own
// member's conversations (and, on a kiosk or a coordinator's device, the card members'),
// never other people's sealed messages, which stay in the doc only. Hours rows likewise:
// only the hours history reads them, each for its own member.
import { afterEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../../../src/core/Ledger.ts';
import { sealMessage } from '../../../../src/core/sealing.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { NetworkDatabase, NetworkProjection } from '../../../../src/data/store/index.ts';
import { messageReaders } from '../../../../src/data/store/messageReaders.ts';
import { idOf, keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const open: NetworkDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('message rows', () => {
  it("a device's view holds its own member's conversations, not other people's", async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const carla = network.member('Carla');
    const post = network.post(anna);
    const message = (from: typeof anna, to: typeof anna, text: string) =>
      network.write(from, 'message', {
        to: to.signing.publicKey,
        post: post.id,
        sealed: sealMessage(text, [from.box.publicKey, to.box.publicKey], from.signing.publicKey, to.signing.publicKey),
      });
    const annaToBram = message(anna, bram, 'Zaterdag om tien?');
    const bramToAnna = message(bram, anna, 'Prima!');
    const carlaToAnna = message(carla, anna, 'Kan ik ook helpen?');
    const views = new Map<string, string[]>();
    for (const [name, member] of [
      ['Anna', anna],
      ['Bram', bram],
      ['Carla', carla],
      ['founder', network.founder],
    ] as const) {
      const db = new NetworkDatabase(`test-${crypto.randomUUID()}`);
      open.push(db);
      const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
      const projection = new NetworkProjection(
        db,
        ledger,
        () => {},
        (state) => messageReaders(state, keyOf(member)),
      );
      // Half of the entries in one change (in place), the rest after a reconcile.
      const records = network.records();
      const first = await ledger.add(records.slice(0, -2));
      await projection.update({ ...first });
      const second = await ledger.add(records.slice(-2));
      await projection.update({ ...second });
      await projection.reconcile();
      views.set(name, (await db.messages.toArray()).map((row) => row.id).sort());
    }
    expect(views.get('Anna')).toEqual([idOf(annaToBram), idOf(bramToAnna), idOf(carlaToAnna)].sort());
    expect(views.get('Bram')).toEqual([idOf(annaToBram), idOf(bramToAnna)].sort());
    expect(views.get('Carla')).toEqual([idOf(carlaToAnna)]);
    expect(views.get('founder')).toEqual([]);
  });

  it('a kiosk and a coordinator also keep the conversations of card members, who have no device', () => {
    const member = (key: string, roles: string[], enrolled: boolean) => ({
      key,
      roles: new Set(roles),
      enrolled: enrolled ? { by: 'c', name: key, area: '', consent: '' } : null,
    });
    const state = {
      members: new Map([
        ['kiosk', member('kiosk', ['kiosk'], false)],
        ['coordinator', member('coordinator', ['coordinator'], false)],
        ['anna', member('anna', [], false)],
        ['card', member('card', [], true)],
      ]),
    } as unknown as NetworkState;
    expect([...messageReaders(state, 'kiosk')].sort()).toEqual(['card', 'kiosk']);
    expect([...messageReaders(state, 'coordinator')].sort()).toEqual(['card', 'coordinator']);
    expect([...messageReaders(state, 'anna')]).toEqual(['anna']);
  });

  it("a device's view holds its own member's hours, not every transfer of the network", async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const carla = network.member('Carla');
    const annaPays = network.transfer(anna, bram, 60);
    const carlaPays = network.transfer(carla, anna, 30);
    const bramPays = network.transfer(bram, carla, 90);
    const rowsOf = async (member: typeof anna) => {
      const db = new NetworkDatabase(`test-${crypto.randomUUID()}`);
      open.push(db);
      const ledger = new Ledger(network.netId, { now: () => network.clock + 1000 });
      const projection = new NetworkProjection(
        db,
        ledger,
        () => {},
        (state) => messageReaders(state, keyOf(member)),
      );
      const records = network.records();
      await projection.update({ ...(await ledger.add(records.slice(0, -1))) });
      await projection.update({ ...(await ledger.add(records.slice(-1))) });
      await projection.reconcile();
      return (await db.transfers.toArray()).map((row) => row.id).sort();
    };
    expect(await rowsOf(anna)).toEqual([idOf(annaPays), idOf(carlaPays)].sort());
    expect(await rowsOf(bram)).toEqual([idOf(annaPays), idOf(bramPays)].sort());
    expect(await rowsOf(network.founder)).toEqual([]);
  });
});
