// The session's command objects, each given only what it needs of the session (as
// closures, so each can be tested with a fake): admission, the exchange, devices, the
// profile, the coordinator's acts, a member's voice when no coordinator can act, member
// cards and the kiosk.
import type { Identity } from '../../core/Identity.ts';
import type { CoordinatorCommands } from '../coordinator/CoordinatorCommands.ts';
import { VouchCommands } from '../coordinator/VouchCommands.ts';
import { DeviceCommands } from '../devices/DeviceCommands.ts';
import type { DeviceDatabase, NetworkRecord } from '../devices/DeviceDatabase.ts';
import { ExchangeCommands } from '../exchange/ExchangeCommands.ts';
import { Admission } from '../joining/Admission.ts';
import { ProfileCommands } from '../profile/ProfileCommands.ts';
import { TogetherCommands } from '../together/TogetherCommands.ts';
import type { LobbyKeeper } from './keepers/LobbyKeeper.ts';
import type { MemberRoomKeeper } from './keepers/MemberRoomKeeper.ts';
import { type LazyCommands, lazyCommands } from './lazyCommands.ts';
import type { NetworkSession } from './NetworkSession.ts';
import type { WritePipeline } from './WritePipeline.ts';

export interface CommandParts {
  session: NetworkSession;
  device: DeviceDatabase;
  pipeline: WritePipeline;
  memberRoom: MemberRoomKeeper;
  lobby: LobbyKeeper;
}

export interface SessionCommands {
  admission: Admission;
  exchange: ExchangeCommands;
  devices: DeviceCommands;
  profile: ProfileCommands;
  /** A coordinator's acts: the code loads at the first call (a member's board never loads it). */
  coordinator: LazyCommands<CoordinatorCommands>;
  vouching: VouchCommands;
  /** Activities and the agenda. */
  together: TogetherCommands;
}

export function sessionCommands({ session, device, pipeline, memberRoom, lobby }: CommandParts): SessionCommands {
  const identity: Identity = session.identity;
  const net = session.net;
  const memberState = () => session.memberState;
  const memberKey = () => session.memberKey;
  const record = (): NetworkRecord => session.record;
  const noMemberRoom = () => pipeline.noMemberRoom();
  const write: typeof pipeline.write = (type, body, options) => pipeline.write(type, body, options);
  const writeLocked = <R>(task: () => Promise<R>) => pipeline.locked(task);
  return {
    exchange: new ExchangeCommands({
      identity,
      me: session.me,
      memberKey,
      paidBefore: () => record().paid ?? [],
      rememberPaid: (proposal) => session.saveRecord({ paid: [...(record().paid ?? []), proposal] }),
      memberState,
      noMemberRoom,
      write,
    }),
    devices: new DeviceCommands({ memberState, memberKey, record, noMemberRoom, write }),
    profile: new ProfileCommands({ net, memberState, memberKey, noMemberRoom, write }),
    vouching: new VouchCommands({ memberState, noMemberRoom, write }),
    together: new TogetherCommands({ memberState, noMemberRoom, memberKey, write }),
    admission: new Admission({
      identity,
      net,
      me: session.me,
      record,
      storedRecord: () => device.networks.get(session.networkId),
      saveRecord: (patch) => session.saveRecord(patch),
      lobby: () => lobby.lobby,
      memberRoom: () => memberRoom.room,
      memberState,
      memberReady: () => memberRoom.whenReady,
      write,
      writeLocked,
      noMemberRoom,
      enterMemberRoom: (epoch, secret) => memberRoom.enter(epoch, secret),
      leaveLobby: () => lobby.leave(),
    }),
    coordinator: lazyCommands(async () => {
      const { CoordinatorCommands } = await import('../coordinator/CoordinatorCommands.ts');
      return new CoordinatorCommands({
        identity,
        net,
        memberKey,
        memberState,
        noMemberRoom,
        write,
        memberRoom: () => memberRoom.room,
        lobby: () => lobby.lobby,
        lobbySecret: () => record().lobbySecret,
        announceRekey: (entries) => memberRoom.announceRekey(entries),
        randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
      });
    }),
  };
}
