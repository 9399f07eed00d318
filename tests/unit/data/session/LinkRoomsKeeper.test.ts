// Only archive devices (a coordinator's, the kiosk's) open link rooms, for the links the
// seam names; a member's device never does, and closing leaves every link room.
import { describe, expect, it, vi } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { foreignKey, foreignMapName } from '../../../../src/core/links/crossingTypes.ts';
import type { Link } from '../../../../src/core/links/LinkState.ts';
import type { NetworkState } from '../../../../src/core/state/NetworkState.ts';
import { LinkRoomsKeeper } from '../../../../src/data/session/keepers/LinkRoomsKeeper.ts';
import { openLinksToCarry } from '../../../../src/data/session/keepers/openLinksToCarry.ts';
import { LinkRooms } from '../../../../src/sync/links/LinkRooms.ts';
import { linkRoomName } from '../../../../src/sync/links/linkRoomAddress.ts';
import { MemoryDocStorage } from '../../../../src/sync/MemoryDocStorage.ts';
import { MemoryRoomNetwork } from '../../../../src/sync/MemoryRoomNetwork.ts';
import { roomFactory } from '../../../../src/sync/RoomFactory.ts';
import { LinkedPair, settle } from '../../sync/links/linkedNetworks.ts';

async function keeperOf(pair: LinkedPair, hub: MemoryRoomNetwork, identity: Identity) {
  const network = pair.a.network;
  const rooms = roomFactory(new MemoryDocStorage(), hub);
  const made = vi.spyOn(rooms, 'linkRooms');
  const member = rooms.member(network.netId);
  await member.open();
  const keeper = new LinkRoomsKeeper({
    identity,
    rooms,
    memberRoom: () => member,
    closed: () => false,
    openLinkSecret: () => pair.secret,
  });
  return { keeper, member, made };
}

describe('the link rooms of a session', () => {
  it("open on a coordinator's and the kiosk's device, never on a member's; closing leaves them", async () => {
    const pair = new LinkedPair();
    const network = pair.a.network;
    const anna = network.member('Anna');
    const kiosk = network.member('Kiosk');
    network.grant(kiosk, 'kiosk');
    // Our half counts: the link is carried before it is open (the peer's half comes through the room).
    pair.linkEntry(pair.a);
    const state: NetworkState = await network.state();
    const hub = new MemoryRoomNetwork();
    const name = linkRoomName(pair.secret);

    const coordinator = await keeperOf(pair, hub, network.founder);
    coordinator.keeper.follow(state);
    await coordinator.keeper.settled();
    expect(coordinator.keeper.carrying()).toEqual([toBase64Url(pair.id)]);
    expect(hub.occupants(name)).toBe(1);
    const onKiosk = await keeperOf(pair, hub, kiosk);
    onKiosk.keeper.follow(state);
    await onKiosk.keeper.settled();
    expect(hub.occupants(name)).toBe(2);
    const onMember = await keeperOf(pair, hub, anna);
    onMember.keeper.follow(state);
    await onMember.keeper.settled();
    expect(onMember.made).not.toHaveBeenCalled();
    expect(hub.occupants(name)).toBe(2);

    // What the peer carries out arrives in the coordinator's member doc.
    const peer = new LinkRooms(hub, { doc: pair.b.doc, net: pair.b.net });
    peer.follow([pair.carried(pair.b)]);
    // The peer's half: signed by a key on the roster our half names (an unattested move-away would wait).
    const bHalf = pair.linkEntry(pair.b);
    await settle(peer, coordinator.keeper, onKiosk.keeper);
    expect(coordinator.member.sharedDoc.getMap(foreignMapName).has(foreignKey(pair.b.net, bHalf.id))).toBe(true);

    coordinator.keeper.close();
    onKiosk.keeper.close();
    peer.close();
    expect(hub.occupants(name)).toBe(0);
    for (const { member } of [coordinator, onKiosk, onMember]) member.destroy();
  });

  it('carries a link from the moment our half counts until both ends are there, when its secret opens', async () => {
    const pair = new LinkedPair();
    expect(openLinksToCarry(await pair.a.network.state(), () => pair.secret)).toEqual([]);
    const half = pair.linkEntry(pair.a);
    const state = await pair.a.network.state();
    expect(state.links.get(toBase64Url(pair.id))?.open).toBe(false);
    // With our entries that go out: those our rules counted (here our half); and whose word
    // of the peer is taken: the roster our half names, no attestation yet; and our rosters'
    // keys, whose entries only the link room holds come home (none before the link opens).
    expect(openLinksToCarry(state, () => pair.secret)).toEqual([
      {
        ...pair.carried(pair.a),
        out: [toBase64Url(half.id)],
        peerKeys: [pair.b.network.founder.signing.publicKey],
        ownKeys: [],
        attested: [],
      },
    ]);
    // A device the secret was not sealed to carries nothing.
    expect(openLinksToCarry(state, () => null)).toEqual([]);
    const link = state.links.get(toBase64Url(pair.id)) as Link;
    link.ended.own = { id: 'x', last: [] };
    expect(openLinksToCarry(state, () => pair.secret)).toHaveLength(1);
    link.ended.peer = { id: 'y', last: [] };
    expect(openLinksToCarry(state, () => pair.secret)).toEqual([]);
  });
});
