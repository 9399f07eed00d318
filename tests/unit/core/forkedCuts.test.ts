// A member who forks on purpose must not get paid hours back through a coordinator's act:
// Mark pays Xandra a day's help, signs many cheap branches off an early entry of his own
// chain, and then is suspended, moved to a new key or reinstated. The act names every
// head the coordinator's device knows (cut-more parts when one entry cannot hold them),
// so Xandra keeps her day whatever the number of branches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idFromText } from '../../../src/core/encoding/base64url.ts';
import { maxHeads } from '../../../src/core/entry/bodies.ts';
import { maxEntryBytes, type SignedEntry } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { flagsOf } from '../../../src/core/state/flags.ts';
import { chainTips } from '../../../src/core/state/membership.ts';
import { scramble } from './scenarios.ts';
import { bodyOf, idOf, keyOf, snapshot, TestNetwork } from './TestNetwork.ts';

/** Signing hundreds of entries is slow on a loaded machine. */
const slow = { timeout: 120_000 };

const day = 24 * 60;
const welcome = 120;

/** `count` branches of `author`'s chain, each a post right after `early`. */
function forksAfter(network: TestNetwork, author: Identity, early: SignedEntry, count: number): SignedEntry[] {
  const body = bodyOf(early, 'post');
  const forks = Array.from({ length: count }, (_, n) =>
    network.forge(author, 'post', { ...body, title: `Tak ${n}` }, { seq: early.entry.seq + 1, prev: early.id }),
  );
  network.entries.push(...forks);
  return forks;
}

/** Mark pays Xandra a day's help, then signs `count` forks off an early entry of his own. */
function forkedPayment(count: number) {
  const network = new TestNetwork();
  const mark = network.member('Mark');
  const xandra = network.member('Xandra');
  const early = network.post(mark);
  network.post(mark, { title: 'Nog een vraag' });
  const payment = network.transfer(mark, xandra, day);
  const forks = forksAfter(network, mark, early, count);
  return { network, mark, xandra, early, payment, forks };
}

/**
 * What a coordinator's act names for these heads: the heads themselves when they fit,
 * else cut-more parts (of parts, if need be) written first by `by`.
 */
function named(network: TestNetwork, heads: readonly Uint8Array[], by = network.founder): Uint8Array[] {
  let level = [...heads];
  while (level.length > maxHeads) {
    const parts: Uint8Array[] = [];
    for (let at = 0; at < level.length; at += maxHeads) {
      parts.push(network.write(by, 'cut-more', { cut: level.slice(at, at + maxHeads) }).id);
    }
    level = parts;
  }
  return level;
}

/** Every head the founder's device knows of `member`'s devices (what the commands name). */
async function headsKnown(network: TestNetwork, member: Identity): Promise<Uint8Array[]> {
  const state = await network.state();
  const devices = state.members.get(keyOf(member))?.devices ?? [];
  return devices.flatMap((device) => chainTips(state, device)).map(idFromText);
}

describe('a coordinator act on a member who forked on purpose', slow, () => {
  it.each([16, 300])('suspension with %i forks: Xandra keeps the day Mark paid her, Mark stops', async (count) => {
    const { network, mark, xandra, early, payment } = forkedPayment(count);
    const heads = await headsKnown(network, mark);
    expect(heads).toHaveLength(count + 1);
    network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: named(network, heads),
      reason: '',
    });
    // After the suspension: neither a new branch at the old place nor the real tip counts.
    const [late] = forksAfter(network, mark, early, 1);
    const after = network.transfer(mark, xandra, 60);
    const state = await network.state();
    expect(state.members.get(keyOf(mark))?.status).toBe('suspended');
    expect(state.transfers.has(idOf(payment))).toBe(true);
    expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + day);
    expect(state.members.get(keyOf(mark))?.balance).toBe(welcome - day);
    expect(state.rejected.get(idOf(late as SignedEntry))?.reason).toBe('suspended');
    expect(state.rejected.get(idOf(after))?.reason).toBe('suspended');
  });

  it.each([16, 300])('move to a new key with %i forks: the payment stays, the old key stops', async (count) => {
    const { network, mark, xandra, payment } = forkedPayment(count);
    const fresh = newIdentity();
    network.write(network.founder, 'move-member', {
      member: mark.signing.publicKey,
      device: fresh.signing.publicKey,
      boxKey: fresh.box.publicKey,
      cut: named(network, await headsKnown(network, mark)),
      reason: 'Telefoon kwijt',
    });
    const thief = network.transfer(mark, xandra, 60);
    network.transfer(fresh, xandra, 30);
    const state = await network.state();
    expect(state.devices.get(keyOf(mark))?.removed).toBe(true);
    expect(state.transfers.has(idOf(payment))).toBe(true);
    expect(state.rejected.get(idOf(thief))?.reason).toBe('suspended');
    expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + day + 30);
  });

  it.each([16, 300])(
    'reinstatement with %i forks: the day stays, and what follows the real tip counts',
    async (count) => {
      const { network, mark, xandra } = forkedPayment(count);
      network.write(network.founder, 'suspend', {
        member: mark.signing.publicKey,
        cut: named(network, await headsKnown(network, mark)),
        reason: '',
      });
      network.write(network.founder, 'reinstate', {
        member: mark.signing.publicKey,
        from: named(network, await headsKnown(network, mark)),
      });
      const again = network.transfer(mark, xandra, day);
      const state = await network.state();
      const acts = state.acts.map((act) => act.type).filter((type) => type === 'suspend' || type === 'reinstate');
      expect(acts).toEqual(['suspend', 'reinstate']);
      expect(state.members.get(keyOf(mark))?.status).toBe('admitted');
      expect(state.transfers.has(idOf(again))).toBe(true);
      expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + 2 * day);
    },
  );

  it('three devices, each forked: every device keeps what it wrote before the suspension', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const xandra = network.member('Xandra');
    const devices = [mark, newIdentity(), newIdentity()];
    for (const device of devices.slice(1)) {
      network.write(mark, 'device-add', { device: device.signing.publicKey, boxKey: device.box.publicKey, label: '' });
    }
    const kept: SignedEntry[] = [];
    for (const device of devices) {
      const early = network.post(device, { title: 'Van dit apparaat' });
      kept.push(early, network.transfer(device, xandra, 100));
      forksAfter(network, device, early, 7);
    }
    const heads = await headsKnown(network, mark);
    expect(heads.length).toBeGreaterThan(16);
    network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: named(network, heads),
      reason: '',
    });
    const state = await network.state();
    expect(state.members.get(keyOf(mark))?.status).toBe('suspended');
    for (const entry of kept) expect(state.rejected.has(idOf(entry))).toBe(false);
    for (const device of devices) expect(state.devices.get(keyOf(device))?.windows.at(-1)?.end?.size).toBe(8);
    expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + 300);
  });

  it('an act opens only its own author’s parts', async () => {
    const { network, mark, payment, forks } = forkedPayment(3);
    const fatima = network.member('Fatima');
    network.grant(fatima);
    // Fatima's part, named in the founder's suspension: not the founder's to name.
    const foreign = network.write(fatima, 'cut-more', { cut: [payment.id, ...forks.map((f) => f.id)] });
    const byOther = network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: [foreign.id],
      reason: '',
    });
    let state = await network.state();
    expect(state.rejected.get(idOf(byOther))?.reason).toBe('bad-ref');
    // Parts on their own change nothing, and are no act of the audit log.
    expect(state.members.get(keyOf(mark))?.status).toBe('admitted');
    expect(state.acts.map((act) => act.type)).not.toContain('cut-more');

    // Mark's own part listing his forks, named in a move of Mark: only one of his entries,
    // where the cut ends; the coordinator's act does not read Mark's list.
    const own = network.write(mark, 'cut-more', { cut: forks.map((f) => f.id) });
    network.write(network.founder, 'move-member', {
      member: mark.signing.publicKey,
      device: newIdentity().signing.publicKey,
      boxKey: newIdentity().box.publicKey,
      cut: [own.id],
      reason: '',
    });
    state = await network.state();
    expect(state.devices.get(keyOf(mark))?.removed).toBe(true);
    expect(state.transfers.has(idOf(payment))).toBe(true);
    for (const fork of forks) expect(state.rejected.get(idOf(fork))?.reason).toBe('suspended');
  });

  it('a part naming a head that has not arrived waits, and so does the act; both count once it is there', async () => {
    const { network, mark, xandra, payment, forks } = forkedPayment(300);
    network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: named(
        network,
        [payment, ...forks].map((e) => e.id),
      ),
      reason: '',
    });
    const without = network.entries.filter((e) => e !== payment);
    const early = await network.state(without);
    expect(early.members.get(keyOf(mark))?.status).toBe('admitted');
    const suspension = network.entries.at(-1) as SignedEntry;
    expect(early.rejected.get(idOf(suspension))?.reason).toBe('missing-ref');
    const state = await network.state();
    expect(state.members.get(keyOf(mark))?.status).toBe('suspended');
    expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + day);
  });

  it('a cut holds at most 256 ids, and the largest acts fit in an entry', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const ids = Array.from({ length: maxHeads + 1 }, () => crypto.getRandomValues(new Uint8Array(20)));
    const tooMany = network.write(network.founder, 'suspend', { member: mark.signing.publicKey, cut: ids, reason: '' });
    const partTooBig = network.write(network.founder, 'cut-more', { cut: ids });
    const ledger = await network.ledger();
    expect(ledger.rejections().get(idOf(tooMany))?.reason).toBe('malformed');
    expect(ledger.rejections().get(idOf(partTooBig))?.reason).toBe('malformed');
    expect(maxHeads).toBe(256);
    // The largest of each: 256 ids, a reason of 500 four-byte characters, 16 ids seen.
    const reason = '𝄞'.repeat(500);
    const seen = ids.slice(0, 16).map((id) => ({ id }) as SignedEntry);
    const full = ids.slice(0, maxHeads);
    const fresh = newIdentity();
    const largest: SignedEntry[] = [
      network.write(network.founder, 'suspend', { member: mark.signing.publicKey, cut: full, reason }, { seen }),
      network.write(network.founder, 'reinstate', { member: mark.signing.publicKey, from: full }, { seen }),
      network.write(network.founder, 'cut-more', { cut: full }, { seen }),
      network.write(
        network.founder,
        'move-member',
        {
          member: mark.signing.publicKey,
          device: fresh.signing.publicKey,
          boxKey: fresh.box.publicKey,
          cut: full,
          reason,
        },
        { seen },
      ),
    ];
    for (const entry of largest) expect(entry.bytes.length).toBeLessThan(maxEntryBytes);
  });

  it('any order and repetition of a forked history with parts gives the same state', async () => {
    // Suspended at every head (parts of 256), reinstated at every head, and a branch
    // written after each: the cut and the new start must come out the same however the
    // entries arrive.
    const { network, mark, xandra, early } = forkedPayment(300);
    network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: named(network, await headsKnown(network, mark)),
      reason: '',
    });
    forksAfter(network, mark, early, 2);
    network.write(network.founder, 'reinstate', {
      member: mark.signing.publicKey,
      from: named(network, await headsKnown(network, mark)),
    });
    network.transfer(mark, xandra, 30);
    const reference = snapshot(await network.state());
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        expect(snapshot(await network.state(scramble(network.entries, seed)))).toEqual(reference);
        const ledger = await network.ledger([]);
        for (const record of network.records(scramble(network.entries, seed + 1))) await ledger.add([record]);
        expect(snapshot(ledger.state)).toEqual(reference);
      }),
      { numRuns: 4 },
    );
  });
});

describe('a device with many branches', slow, () => {
  it('is flagged over-forked beyond four heads; a restored backup (two) is an ordinary fork', async () => {
    const network = new TestNetwork();
    const mark = network.member('Mark');
    const anna = network.member('Anna');
    forksAfter(network, mark, network.post(mark), 5);
    const annaEarly = network.post(anna);
    network.post(anna, { title: 'Verder' });
    forksAfter(network, anna, annaEarly, 1);
    const flags = flagsOf(await network.state(), network.clock);
    expect(flags).toContainEqual({
      kind: 'over-forked',
      action: 'check-device',
      member: keyOf(mark),
      device: keyOf(mark),
      heads: 5,
    });
    expect(flags.filter((flag) => flag.kind === 'fork').map((flag) => (flag as { member: string }).member)).toEqual([
      keyOf(anna),
    ]);
  });
});

describe('a head of another member named in a cut', slow, () => {
  it('is passed over: the act cuts the member at its own heads, and the other member loses nothing', async () => {
    const { network, mark, xandra, payment } = forkedPayment(0);
    const other = network.post(xandra);
    const mixed = network.write(network.founder, 'cut-more', { cut: [payment.id, other.id] });
    const suspension = network.write(network.founder, 'suspend', {
      member: mark.signing.publicKey,
      cut: [mixed.id],
      reason: '',
    });
    const state = await network.state();
    expect(state.rejected.has(idOf(suspension))).toBe(false);
    expect(state.members.get(keyOf(mark))?.status).toBe('suspended');
    expect(state.members.get(keyOf(xandra))?.balance).toBe(welcome + day);
    expect(state.posts.has(idOf(other))).toBe(true);
  });
});
