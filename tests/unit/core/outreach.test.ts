// The outreach list: who may be left out, and why.
import { describe, expect, it } from 'vitest';
import { inactiveAfter, outreachList } from '../../../src/core/state/outreach.ts';
import { keyOf, TestNetwork } from './TestNetwork.ts';

/** Signing real histories is slow on a loaded machine. */
const slow = { timeout: 60_000 };

const day = 24 * 60 * 60 * 1000;

describe('the outreach list', slow, () => {
  it('names each neighbour with every reason that applies, and leaves out the ones who take part', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    const cor = network.member('Cor');
    const dewi = network.member('Dewi');
    const request = network.post(anna);
    network.post(cor, { kind: 'offer', title: 'Ik kook graag' });
    network.write(bram, 'match-accept', { post: request.id, with: anna.signing.publicKey });
    network.write(cor, 'match-accept', { post: request.id, with: anna.signing.publicKey });
    network.transfer(anna, bram, 60, 'Mee naar de huisarts');
    const list = outreachList(await network.state(), network.clock);
    // Longest quiet first: Dewi wrote nothing after joining, Bram last answered, Anna last paid.
    expect(list).toEqual([
      { member: keyOf(dewi), reasons: [{ kind: 'never-posted' }, { kind: 'never-responded' }] },
      { member: keyOf(bram), reasons: [{ kind: 'never-posted' }] },
      { member: keyOf(anna), reasons: [{ kind: 'never-responded' }, { kind: 'only-received', minutes: 60 }] },
    ]);
    // Cor posted and responded: not on the list.
    expect(list.map((item) => item.member)).not.toContain(keyOf(cor));
  });

  it('leaves out coordinators, kiosks and suspended members', async () => {
    const network = new TestNetwork();
    const fatima = network.member('Fatima');
    network.grant(fatima, 'coordinator');
    const kiosk = network.member('Kiosk buurthuis');
    network.grant(kiosk, 'kiosk');
    const eef = network.member('Eef');
    network.suspend(eef);
    expect(outreachList(await network.state(), network.clock)).toEqual([]);
  });

  it('welcome hours, pot grants and reversed transfers are not "only received"', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.write(network.founder, 'pot-grant', {
      to: anna.signing.publicKey,
      minutes: 120,
      reason: 'Voor de buurtlunch',
    });
    const paid = network.transfer(bram, anna, 60);
    network.write(network.founder, 'reverse-transfer', { transfer: paid.id, reason: 'Per ongeluk' });
    const list = outreachList(await network.state(), network.clock);
    expect(list.flatMap((item) => item.reasons).filter((reason) => reason.kind === 'only-received')).toEqual([]);
  });

  it('someone with nothing written for six weeks is inactive, counted from their last entry or their admission', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const admitted = network.clock;
    const bram = network.member('Bram');
    network.clock += 20 * day;
    const last = network.post(bram);
    const state = await network.state();
    const inactive = (now: number) =>
      outreachList(state, now).flatMap((item) =>
        item.reasons.filter((reason) => reason.kind === 'inactive').map((reason) => [item.member, reason]),
      );
    expect(inactive(admitted + inactiveAfter - 1)).toEqual([]);
    expect(inactive(admitted + inactiveAfter)).toEqual([[keyOf(anna), { kind: 'inactive', since: admitted }]]);
    expect(inactive(last.entry.time + inactiveAfter)).toEqual([
      [keyOf(anna), { kind: 'inactive', since: admitted }],
      [keyOf(bram), { kind: 'inactive', since: last.entry.time }],
    ]);
  });

  it('lists the longest quiet first', async () => {
    const network = new TestNetwork();
    const anna = network.member('Anna');
    const bram = network.member('Bram');
    network.clock += 10 * day;
    network.post(anna);
    const list = outreachList(await network.state(), network.clock + 60 * day);
    expect(list.map((item) => item.member)).toEqual([keyOf(bram), keyOf(anna)]);
  });
});
