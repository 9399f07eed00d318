// What an archive device writes for a link (LinkDutiesKeeper, src/data/links/linkDuties.ts):
// attestations and statements once per need, a new roster with the secret sealed anew, and
// never a loop — not on a stale state, not after a refused write, not from a device the
// peer would not count.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import type { BodyInput } from '../../../../src/core/Ledger.ts';
import { openLinkSecret, sealLinkSecret } from '../../../../src/core/sealing.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { statementEveryMs } from '../../../../src/data/links/linkDuties.ts';
import { LinkDutiesKeeper } from '../../../../src/data/session/keepers/LinkDutiesKeeper.ts';
import { openLinksToCarry } from '../../../../src/data/session/keepers/openLinksToCarry.ts';
import type { WriteOptions } from '../../../../src/data/session/WritePipeline.ts';
import { failed, type WriteResult } from '../../../../src/data/session/WriteResult.ts';
import { crossPay, idOfLink, madeKnown, stateWith, terms } from '../../core/links/LinkedNetworks.ts';
import { idOf, keyOf, TestNetwork } from '../../core/TestNetwork.ts';

const secret = crypto.getRandomValues(new Uint8Array(32));

/** Our half of the link, with the link secret sealed to our coordinators and kiosks as LinkCommands does. */
function half(
  from: TestNetwork,
  to: TestNetwork,
  readers: Identity[] = [from.founder],
  roster: Identity[] = [to.founder],
  ours: Identity[] = [from.founder],
): SignedEntry {
  return from.write(from.founder, 'link', {
    peer: to.net,
    name: 'Buurt',
    roster: roster.map((r) => r.signing.publicKey),
    coordinators: roster.length,
    ours: ours.map((r) => r.signing.publicKey),
    ourCoordinators: ours.length,
    terms,
    secret: sealLinkSecret(
      secret,
      readers.map((r) => r.box.publicKey),
      from.net,
      idOfLink(from, to),
    ),
  });
}

interface Written {
  type: EntryType;
  body: unknown;
  entry: SignedEntry;
}

/** One device of `network` with its keeper; its state holds `peer`'s entries in `foreign` as foreign ones. */
async function deviceOf(
  network: TestNetwork,
  peer: TestNetwork,
  identity: Identity,
  options: { refuse?: boolean; stale?: boolean } = {},
) {
  const device = {
    foreign: [] as SignedEntry[],
    written: [] as Written[],
    state: null as unknown as NetworkState,
    now: 0,
    keeper: null as unknown as LinkDutiesKeeper,
    /** The timers the keeper set, as the session would run them. */
    timers: [] as { task: () => void; ms: number }[],
    async refresh() {
      device.state = await stateWith(network, peer, device.foreign);
    },
    async follow() {
      await device.keeper.follow(device.state);
      await device.keeper.settled();
    },
    of(type: EntryType): Written[] {
      return device.written.filter((w) => w.type === type);
    },
  };
  device.keeper = new LinkDutiesKeeper({
    identity,
    me: keyOf(identity),
    net: network.net,
    memberState: () => device.state,
    closed: () => false,
    now: () => device.now || network.tick(0) + 1000,
    later: (task, ms) => device.timers.push({ task, ms }),
    async write<T extends EntryType>(type: T, body: BodyInput<T>, opts?: WriteOptions): Promise<WriteResult> {
      if (opts?.stillNeeded && !opts.stillNeeded()) return failed('not-needed');
      if (options.refuse) {
        device.written.push({ type, body, entry: null as unknown as SignedEntry });
        return { ok: false, problem: 'rule', rule: 'not-roster' };
      }
      const entry = network.write(identity, type, body);
      device.written.push({ type, body, entry });
      if (!options.stale) await device.refresh();
      return { ok: true, entry, id: idOf(entry) };
    },
    openLinkSecret: (box) => openLinkSecret(box, identity, network.net, idOfLink(network, peer)),
  });
  await device.refresh();
  return device;
}

function attested(written: Written): string[] {
  return (written.body as Bodies['link-attest']).entries.map(toBase64Url);
}

describe('what an archive device writes for a link', () => {
  it('attests our record and the peer’s to our member once each, then states the totals once, and again a day later', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const aHalf = half(a, b);
    const bHalf = half(b, a);
    const link = idOfLink(a, b);
    const ans = a.member('Ans');
    const bob = b.member('Bob');
    const known = madeKnown(b, bob, link);
    const pay = crossPay(a, ans, link, bob, 30);

    const onA = await deviceOf(a, b, a.founder);
    onA.foreign.push(bHalf, ...known);
    await onA.refresh();
    await onA.follow();
    expect(onA.of('link-attest').map(attested)).toEqual([[idOf(pay)]]);
    // Not counted on both sides yet: nothing to state.
    expect(onA.of('link-statement')).toEqual([]);
    await onA.follow();
    await onA.follow();
    expect(onA.written).toHaveLength(1);

    // The peer's archive device attests the record to its admitted member, and states what it now counts.
    const onB = await deviceOf(b, a, b.founder);
    onB.foreign.push(aHalf, pay, (onA.written[0] as Written).entry);
    await onB.refresh();
    await onB.follow();
    expect(onB.of('link-attest').map(attested)).toEqual([[idOf(pay)]]);
    expect(onB.of('link-statement').map((w) => (w.body as Bodies['link-statement']).count)).toEqual([1]);
    await onB.follow();
    expect(onB.written).toHaveLength(2);

    // Back on our side: both attestations there, the record counts, our statement mirrors theirs.
    onA.foreign.push(...onB.written.map((w) => w.entry));
    await onA.refresh();
    await onA.follow();
    const [ours] = onA.of('link-statement').map((w) => w.body as Bodies['link-statement']);
    const [theirs] = onB.of('link-statement').map((w) => w.body as Bodies['link-statement']);
    expect(ours?.sum).toBe(30);
    expect(theirs?.sum).toBe(-30);
    expect(onA.state.links.get(toBase64Url(link))?.mirror).toBeNull();
    await onA.follow();
    expect(onA.written).toHaveLength(2);

    // A day later, with no change in between, the keeper's one timer runs it again: the same
    // totals are stated once more (the kiosk's daily statement), once.
    expect(onA.timers.map((timer) => timer.ms)).toEqual([statementEveryMs]);
    onA.now = a.tick(0) + statementEveryMs + 2000;
    onA.timers.shift()?.task();
    await onA.keeper.settled();
    await onA.follow();
    expect(onA.of('link-statement')).toHaveLength(2);
    expect(onA.timers).toHaveLength(1);
  });

  it('writes once per need even when the state has not caught up, or the write was refused', async () => {
    for (const options of [{ stale: true }, { refuse: true }]) {
      const a = new TestNetwork();
      const b = new TestNetwork();
      half(a, b);
      const bHalf = half(b, a);
      const bob = b.member('Bob');
      const known = madeKnown(b, bob, idOfLink(a, b));
      const pay = crossPay(a, a.member('Ans'), idOfLink(a, b), bob, 30);
      const device = await deviceOf(a, b, a.founder, options);
      device.foreign.push(bHalf, ...known);
      await device.refresh();
      await device.follow();
      await device.follow();
      // Two changes during a run: one more run, which finds nothing new to write.
      void device.keeper.follow(device.state);
      void device.keeper.follow(device.state);
      await device.keeper.settled();
      expect(device.of('link-attest').map(attested)).toEqual([[idOf(pay)]]);
      expect(device.written).toHaveLength(1);
    }
  });

  it('a device the peer would not count, a member’s device, and a link not open yet write nothing', async () => {
    const a = new TestNetwork();
    const b = new TestNetwork();
    half(a, b);
    const bHalf = half(b, a);
    const ans = a.member('Ans');
    crossPay(a, ans, idOfLink(a, b), b.member('Bob'), 30);
    // Not open: the peer's half has not come.
    const early = await deviceOf(a, b, a.founder);
    await early.follow();
    expect(early.written).toEqual([]);
    // A kiosk not on the roster the peer holds (it came after the link; only a coordinator writes a roster).
    const kiosk = a.member('Kiosk');
    a.grant(kiosk, 'kiosk');
    for (const identity of [kiosk, ans]) {
      const device = await deviceOf(a, b, identity);
      device.foreign.push(bHalf);
      await device.refresh();
      await device.follow();
      expect(device.written).toEqual([]);
    }
  });

  it('a new kiosk: a coordinator writes our roster once, with the link secret sealed anew, and the kiosk then opens and attests', async () => {
    const a = new TestNetwork();
    const b = new TestNetwork();
    half(a, b);
    const bHalf = half(b, a);
    const kiosk = a.member('Kiosk');
    a.grant(kiosk, 'kiosk');
    const onA = await deviceOf(a, b, a.founder);
    onA.foreign.push(bHalf);
    await onA.refresh();
    // Sealed in our `link` to the founder only: the kiosk cannot open it yet.
    const opener = (identity: Identity) => (box: Parameters<typeof openLinkSecret>[0]) =>
      openLinkSecret(box, identity, a.net, idOfLink(a, b));
    expect(openLinksToCarry(onA.state, opener(kiosk))).toEqual([]);

    await onA.follow();
    await onA.follow();
    const rosters = onA.of('link-roster').map((w) => w.body as Bodies['link-roster']);
    expect(rosters).toHaveLength(1);
    expect(rosters[0]?.roster.map(toBase64Url).sort()).toEqual([keyOf(a.founder), keyOf(kiosk)].sort());
    const carried = openLinksToCarry(onA.state, opener(kiosk));
    expect(carried.map((c) => toBase64Url(c.secret))).toEqual([toBase64Url(secret)]);
    // Our rosters' keys go with the link (whose entries only the link room holds come home).
    expect(carried[0]?.ownKeys?.map(toBase64Url).sort()).toEqual([keyOf(a.founder), keyOf(kiosk)].sort());

    // On the kiosk: on the roster now, it attests a new record.
    const bob = b.member('Bob');
    const known = madeKnown(b, bob, idOfLink(a, b));
    const pay = crossPay(a, a.member('Ans'), idOfLink(a, b), bob, 20);
    const onKiosk = await deviceOf(a, b, kiosk);
    onKiosk.foreign.push(bHalf, ...known);
    await onKiosk.refresh();
    await onKiosk.follow();
    expect(onKiosk.of('link-attest').map(attested)).toEqual([[idOf(pay)]]);
  });

  it('names at most 16 heads in `after`, however many attestations did not see each other', async () => {
    const a = new TestNetwork();
    const b = new TestNetwork();
    half(a, b);
    const bHalf = half(b, a);
    const link = idOfLink(a, b);
    const ans = a.member('Ans');
    const bob = b.member('Bob');
    // 17 attestations, none naming another (17 devices at once, say): 17 heads.
    for (let i = 0; i < 17; i++) {
      const pay = crossPay(a, ans, link, bob, 1);
      a.write(a.founder, 'link-attest', { link, entries: [pay.id], after: [] });
    }
    const last = crossPay(a, ans, link, bob, 1);
    const device = await deviceOf(a, b, a.founder);
    device.foreign.push(bHalf, ...madeKnown(b, bob, link));
    await device.refresh();
    expect(device.state.links.get(toBase64Url(link))?.heads.own).toHaveLength(17);
    await device.follow();
    const [written] = device.of('link-attest');
    expect(attested(written as Written)).toEqual([idOf(last)]);
    expect(((written as Written).body as Bodies['link-attest']).after).toHaveLength(16);
  });

  it('two devices that attest the same record at once do no harm: it counts once', async () => {
    const a = new TestNetwork();
    const b = new TestNetwork();
    const cor = a.member('Cor');
    a.grant(cor);
    const aHalf = half(a, b, [a.founder], [b.founder], [a.founder, cor]);
    const bHalf = half(b, a, [b.founder], [a.founder, cor]);
    const link = idOfLink(a, b);
    const bob = b.member('Bob');
    const known = madeKnown(b, bob, link);
    const pay = crossPay(a, a.member('Ans'), link, bob, 30);
    // Both devices see the same state, and neither sees the other's attestation before writing.
    const onFounder = await deviceOf(a, b, a.founder, { stale: true });
    const onCor = await deviceOf(a, b, cor, { stale: true });
    for (const device of [onFounder, onCor]) {
      device.foreign.push(bHalf, ...known);
      await device.refresh();
    }
    for (const device of [onFounder, onCor]) {
      await device.follow();
      expect(device.of('link-attest').map(attested)).toEqual([[idOf(pay)]]);
    }
    // The peer attests too: the record counts once on both sides, its minutes once.
    const onB = await deviceOf(b, a, b.founder);
    onB.foreign.push(aHalf, pay, ...[onFounder, onCor].map((d) => (d.written[0] as Written).entry));
    await onB.refresh();
    await onB.follow();
    const ours = await stateWith(a, b, [bHalf, ...known, ...onB.written.map((w) => w.entry)]);
    const ownLink = ours.links.get(toBase64Url(link));
    expect(ownLink?.attestations.own).toHaveLength(2);
    expect(ownLink?.attestedSum.own).toBe(30);
    expect(ownLink?.records.get(idOf(pay))?.counted).toBe(true);
    expect(ours.clearing.get(b.netId)).toBe(30);
    expect(onB.state.clearing.get(a.netId)).toBe(-30);
    expect(onB.state.links.get(toBase64Url(link))?.attestedSum.peer).toBe(30);
  });
});
