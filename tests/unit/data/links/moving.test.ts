// Moving house across a link at the data level (protocol-links.md §5): the member asks, the
// old coordinator agrees, the new coordinator takes them in, and the member's device finds
// the new network's room key in what crossed. Each desk writes through MoveCommands into a
// test network; what crosses is handed over as foreign entries, with attestations.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { EntryType } from '../../../../src/core/entry/bodies.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../../src/core/Identity.ts';
import type { BodyInput } from '../../../../src/core/Ledger.ts';
import { isCrossingType } from '../../../../src/core/links/crossingTypes.ts';
import { sealRoomSecret } from '../../../../src/core/sealing.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import type { NetworkRecord } from '../../../../src/data/devices/DeviceDatabase.ts';
import {
  incomingMoves,
  MoveCommands,
  type MoveHost,
  moveChoices,
  movedOut,
  moveRequests,
  myMove,
} from '../../../../src/data/links/index.ts';
import type { WriteResult } from '../../../../src/data/session/WriteResult.ts';
import { attest, idOfLink, stateWith, writeLink } from '../../core/links/LinkedNetworks.ts';
import { keyOf, TestNetwork } from '../../core/TestNetwork.ts';

/** One person's device in one network: writes into it, sees it with what crossed from the peer. */
class Desk implements MoveHost {
  memberState: NetworkState | null = null;
  readonly written: SignedEntry[] = [];
  readonly moves = new MoveCommands(this);
  readonly record: NetworkRecord;

  private readonly network: TestNetwork;
  private readonly peer: TestNetwork;
  readonly identity: Identity;
  /** The member this device writes for: itself, unless it is a member's second device. */
  private readonly member: Identity;

  constructor(network: TestNetwork, peer: TestNetwork, identity: Identity, member = identity) {
    this.network = network;
    this.peer = peer;
    this.identity = identity;
    this.member = member;
    this.record = {
      id: network.netId,
      name: 'Oosterpark',
      area: '',
      role: 'member',
      lobbySecret: '',
      relays: ['ws://127.0.0.1:4321/signal'],
      roomSecret: null,
      epoch: 0,
      details: null,
      joinId: null,
      opened: 0,
    };
  }

  get net(): Uint8Array {
    return this.network.net;
  }

  get me(): string {
    return toBase64Url(this.identity.signing.publicKey);
  }

  get memberKey(): string {
    return toBase64Url(this.member.signing.publicKey);
  }

  async write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult> {
    const entry = this.network.write(this.identity, type, body);
    this.written.push(entry);
    return { ok: true, entry, id: toBase64Url(entry.id) };
  }

  /** The move-out this desk wrote (after the cut-more part that holds the member's heads). */
  moveOut(): SignedEntry | undefined {
    return this.written.find((entry) => entry.entry.type === 'move-out');
  }

  async sees(foreign: readonly SignedEntry[]): Promise<NetworkState> {
    this.memberState = await stateWith(this.network, this.peer, foreign);
    return this.memberState;
  }
}

function linked() {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const aHalf = writeLink(a, b);
  const bHalf = writeLink(b, a, { name: 'Oosterpark' });
  const link = idOfLink(a, b);
  const ans = a.member('Ans');
  const olga = a.member('Olga');
  a.transfer(olga, ans, 30);
  a.write(ans, 'profile', { name: 'Ans', area: '', offers: [], words: '', languages: [], paused: false, perWeek: 0 });
  return {
    a,
    b,
    aHalf,
    bHalf,
    link,
    ans,
    olga,
    id: toBase64Url(link),
    member: new Desk(a, b, ans),
    oldCoordinator: new Desk(a, b, a.founder),
    newCoordinator: new Desk(b, a, b.founder),
  };
}

describe('moving house (data)', () => {
  it('the member asks, both coordinators agree, and the member keeps the same balance in the new network', async () => {
    const { a, b, aHalf, bHalf, link, ans, id, member, oldCoordinator, newCoordinator } = linked();
    await member.sees([bHalf]);
    expect(moveChoices(member.memberState as NetworkState)).toEqual([{ link: id, name: 'Transvaal' }]);
    expect(member.moves.canAsk()).toBe(true);
    expect((await member.moves.askToMove(id)).ok).toBe(true);
    const [away] = member.written;

    const oldState = await oldCoordinator.sees([bHalf]);
    expect(myMove(oldState, keyOf(ans))).toEqual({ kind: 'asked', link: id, to: 'Transvaal' });
    expect(moveRequests(oldState)).toMatchObject([{ member: keyOf(ans), name: 'Ans', minutes: 150, to: 'Transvaal' }]);
    expect((await oldCoordinator.moves.moveOut(keyOf(ans))).ok).toBe(true);
    const out = oldCoordinator.moveOut();
    const a1 = attest(a, link, [away as SignedEntry, out as SignedEntry]);

    const newState = await newCoordinator.sees([aHalf, away as SignedEntry, out as SignedEntry, a1]);
    expect(incomingMoves(newState)).toMatchObject([
      {
        member: keyOf(ans),
        name: 'Ans',
        minutes: 150,
        from: 'Oosterpark',
        record: toBase64Url((out as SignedEntry).id),
      },
    ]);
    expect((await newCoordinator.moves.moveIn(toBase64Url((out as SignedEntry).id))).ok).toBe(true);
    const [moveIn] = newCoordinator.written;
    const b1 = attest(b, link, [moveIn as SignedEntry]);

    const arrived = await newCoordinator.sees([aHalf, away as SignedEntry, out as SignedEntry, a1]);
    expect(arrived.members.get(keyOf(ans))).toMatchObject({ status: 'admitted', balance: 150 });
    expect(incomingMoves(arrived)).toEqual([]);

    const left = await oldCoordinator.sees([bHalf, moveIn as SignedEntry, b1]);
    expect(movedOut(left)).toEqual([{ member: keyOf(ans), name: 'Ans', to: 'Transvaal' }]);
    expect(left.members.get(keyOf(ans))?.status).toBe('suspended');
    expect(moveRequests(left)).toEqual([]);

    // The member's device finds the new network's room key in the move-in that crossed.
    await member.sees([bHalf, moveIn as SignedEntry, b1]);
    expect(member.moves.newHome()).toMatchObject({
      id: b.netId,
      name: 'Transvaal',
      role: 'member',
      roomSecret: toBase64Url(b.roomSecret),
      epoch: 0,
      member: keyOf(ans),
    });
  });

  it('the move-out names no head of the member’s devices: only a part that stays home (§7)', async () => {
    const { a, b, bHalf, link, ans, member, oldCoordinator } = linked();
    const laptop = newIdentity();
    a.addDevice(ans, laptop);
    // The laptop's last entry crossed: a head naming it would tell the peer it is Ans's.
    const paid = a.write(laptop, 'cross-pay', {
      link,
      to: b.founder.signing.publicKey,
      minutes: 10,
      what: 'Fiets',
      post: null,
    });
    await member.sees([bHalf]);
    await member.moves.askToMove(toBase64Url(link));
    await oldCoordinator.sees([bHalf]);
    expect((await oldCoordinator.moves.moveOut(keyOf(ans))).ok).toBe(true);
    const out = oldCoordinator.moveOut() as SignedEntry;
    const part = oldCoordinator.written.find((entry) => entry.entry.type === 'cut-more') as SignedEntry;
    const named = (out.entry.body as { cut: Uint8Array[] }).cut.map(toBase64Url);
    expect(named).toEqual([toBase64Url(part.id)]);
    const held = (part.entry.body as { cut: Uint8Array[] }).cut.map(toBase64Url);
    expect(held).toContain(toBase64Url(paid.id));
    expect(held).toContain(toBase64Url((member.written[0] as SignedEntry).id));
    // The part is ours: what crosses to the peer holds it by id only.
    expect(isCrossingType('cut-more')).toBe(false);
    // And it cuts here as the heads would: once the move completes, the laptop writes nothing more.
    const away = member.written[0] as SignedEntry;
    attest(a, link, [away, out]);
    const later = a.transfer(laptop, a.founder, 5);
    const moveIn = b.write(b.founder, 'move-in', {
      ...{ link, record: out.id, member: ans.signing.publicKey, boxKey: ans.box.publicKey },
      ...{ name: 'Ans', area: '', epoch: 0, secret: null },
    });
    const left = await oldCoordinator.sees([bHalf, moveIn, attest(b, link, [moveIn])]);
    expect(left.members.get(keyOf(ans))?.status).toBe('suspended');
    expect(left.rejected.get(toBase64Url(later.id))?.reason).toBe('suspended');
    expect(left.applied.has(toBase64Url(paid.id))).toBe(true);
  });

  it('a move-out without the member’s own move-away is not written', async () => {
    const { bHalf, olga, oldCoordinator } = linked();
    await oldCoordinator.sees([bHalf]);
    expect(await oldCoordinator.moves.moveOut(keyOf(olga))).toEqual({ ok: false, problem: 'not-needed' });
    expect(oldCoordinator.written).toEqual([]);
  });

  it("the member asks from a second device: the move-out names that device's key, which goes along as the member's key", async () => {
    const { a, b, aHalf, bHalf, link, ans, id, member, oldCoordinator, newCoordinator } = linked();
    const second = newIdentity();
    a.addDevice(ans, second);
    const laptop = new Desk(a, b, second, ans);
    await laptop.sees([bHalf]);
    expect(laptop.moves.canAsk()).toBe(true);
    expect((await laptop.moves.askToMove(id)).ok).toBe(true);
    const [away] = laptop.written;

    const oldState = await oldCoordinator.sees([bHalf]);
    expect(moveRequests(oldState)).toMatchObject([{ member: keyOf(ans), key: keyOf(second), minutes: 150 }]);
    expect((await oldCoordinator.moves.moveOut(keyOf(ans))).ok).toBe(true);
    const out = oldCoordinator.moveOut();
    const a1 = attest(a, link, [away as SignedEntry, out as SignedEntry]);

    const newState = await newCoordinator.sees([aHalf, away as SignedEntry, out as SignedEntry, a1]);
    expect(incomingMoves(newState)).toMatchObject([{ member: keyOf(second), name: 'Ans', minutes: 150 }]);
    expect((await newCoordinator.moves.moveIn(toBase64Url((out as SignedEntry).id))).ok).toBe(true);
    const [moveIn] = newCoordinator.written;
    const b1 = attest(b, link, [moveIn as SignedEntry]);
    const arrived = await newCoordinator.sees([aHalf, away as SignedEntry, out as SignedEntry, a1]);
    expect(arrived.members.get(keyOf(second))).toMatchObject({ status: 'admitted', balance: 150 });

    const left = await oldCoordinator.sees([bHalf, moveIn as SignedEntry, b1]);
    expect(movedOut(left)).toEqual([{ member: keyOf(ans), name: 'Ans', to: 'Transvaal' }]);
    // The laptop goes along, with its own key as the member's key there; the first device stays behind.
    await laptop.sees([bHalf, moveIn as SignedEntry, b1]);
    expect(laptop.moves.newHome()).toMatchObject({ id: b.netId, member: keyOf(second) });
    const first = await member.sees([bHalf, moveIn as SignedEntry, b1]);
    expect(myMove(first, keyOf(ans))).toMatchObject({ kind: 'moved', key: keyOf(second) });
    expect(member.moves.newHome()).toBeNull();
  });

  it('a move-in for a move-out the old network did not attest is not written', async () => {
    const { a, aHalf, bHalf, link, ans, member, oldCoordinator, newCoordinator } = linked();
    await member.sees([bHalf]);
    await member.moves.askToMove(toBase64Url(link));
    await oldCoordinator.sees([bHalf]);
    await oldCoordinator.moves.moveOut(keyOf(ans));
    const away = member.written[0] as SignedEntry;
    const out = oldCoordinator.moveOut() as SignedEntry;
    // Only the consent attested: the move-out waits.
    const a1 = attest(a, link, [away]);
    const state = await newCoordinator.sees([aHalf, away, out, a1]);
    expect(incomingMoves(state)).toEqual([]);
    expect(await newCoordinator.moves.moveIn(toBase64Url(out.id))).toEqual({ ok: false, problem: 'not-needed' });
    expect(newCoordinator.written).toEqual([]);
  });

  it('a move-out without the member’s consent across is not taken in', async () => {
    const { a, aHalf, link, ans, newCoordinator } = linked();
    const out = a.write(a.founder, 'move-out', { link, member: ans.signing.publicKey, minutes: 150, cut: a.head(ans) });
    const a1 = attest(a, link, [out]);
    expect(incomingMoves(await newCoordinator.sees([aHalf, out, a1]))).toEqual([]);
  });

  it('a move-in sealed to another key gives the member’s device no new home', async () => {
    const { a, b, aHalf, bHalf, link, ans, member, oldCoordinator } = linked();
    await member.sees([bHalf]);
    await member.moves.askToMove(toBase64Url(link));
    await oldCoordinator.sees([bHalf]);
    await oldCoordinator.moves.moveOut(keyOf(ans));
    const away = member.written[0] as SignedEntry;
    const out = oldCoordinator.moveOut() as SignedEntry;
    attest(a, link, [away, out]);
    const stranger = new TestNetwork().founder;
    const moveIn = b.write(b.founder, 'move-in', {
      link,
      record: out.id,
      member: ans.signing.publicKey,
      boxKey: ans.box.publicKey,
      name: 'Ans',
      area: '',
      epoch: 0,
      secret: sealRoomSecret(b.roomSecret, [stranger.box.publicKey], b.net, 0),
    });
    const b1 = attest(b, link, [moveIn]);
    const state = await member.sees([bHalf, moveIn, b1]);
    expect(myMove(state, keyOf(ans)).kind).toBe('moved');
    expect(member.moves.newHome()).toBeNull();
    expect(aHalf).toBeDefined();
  });

  it('a member cannot ask twice, nor along a link that is not open', async () => {
    const { member, bHalf, id } = linked();
    await member.sees([]);
    expect(member.moves.canAsk()).toBe(false);
    expect(await member.moves.askToMove(id)).toEqual({ ok: false, problem: 'not-needed' });
    await member.sees([bHalf]);
    expect((await member.moves.askToMove(id)).ok).toBe(true);
    await member.sees([bHalf]);
    expect(member.moves.canAsk()).toBe(false);
    expect(await member.moves.askToMove(id)).toEqual({ ok: false, problem: 'not-needed' });
  });
});
