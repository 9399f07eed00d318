// How a session's parts are made and wired to each other: the events, the write pipeline,
// the member room and the lobby keepers, the whole log, the command objects, and the steps
// that follow every change of the member room (settings, lobby, profile, automatic payment,
// link rooms and what an archive device writes for its links).
import { fromBase64Url } from '../../core/encoding/base64url.ts';
import type { Identity } from '../../core/Identity.ts';
import { openLinkSecret } from '../../core/sealing.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { RoomFactory } from '../../sync/RoomFactory.ts';
import type { DeviceDatabase, NetworkRecord } from '../devices/DeviceDatabase.ts';
import { keepCheckpointPages } from '../store/checkpointPages.ts';
import type { NetworkDatabase } from '../store/NetworkDatabase.ts';
import type { CheckpointKeeper } from './keepers/CheckpointKeeper.ts';
import { followSettings } from './keepers/followSettings.ts';
import type { LinkDutiesKeeper } from './keepers/LinkDutiesKeeper.ts';
import { isArchiveDevice, LinkRoomsKeeper } from './keepers/LinkRoomsKeeper.ts';
import { LobbyKeeper } from './keepers/LobbyKeeper.ts';
import { MemberRoomKeeper } from './keepers/MemberRoomKeeper.ts';
import type { LinkSecretOpener } from './keepers/openLinksToCarry.ts';
import { isCoordinator } from './memberSelectors.ts';
import type { NetworkSession } from './NetworkSession.ts';
import { SessionEvents } from './SessionEvents.ts';
import { phaseOf, type SessionPhase } from './SessionPhase.ts';
import { type SessionCommands, sessionCommands } from './sessionCommands.ts';
import { WholeLog } from './WholeLog.ts';
import { WritePipeline } from './WritePipeline.ts';

/** What a session is made of on this device. */
export interface SessionParts {
  device: DeviceDatabase;
  identity: Identity;
  rooms: RoomFactory;
  /** The Dexie view of a network (a test gives each device in one process its own). */
  viewDatabase?: (networkId: string) => NetworkDatabase;
}

/** What the parts may use of the session itself. */
export interface SessionInside {
  readonly session: NetworkSession;
  readonly networkId: string;
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly me: string;
  readonly db: NetworkDatabase;
  readonly rooms: RoomFactory;
  readonly device: DeviceDatabase;
  record(): NetworkRecord;
  saveRecord(patch: Partial<Omit<NetworkRecord, 'id'>>): Promise<void>;
  closed(): boolean;
  inBackground(task: Promise<unknown>): void;
  later(task: () => void, ms: number): void;
  memberState(): NetworkState | null;
}

/** What only the session can give its parts; the rest they read from the session itself. */
export type SessionPrivates = Omit<SessionInside, 'networkId' | 'identity' | 'net' | 'me' | 'db' | 'memberState'>;

export interface SessionWiring {
  events: SessionEvents;
  pipeline: WritePipeline;
  member: MemberRoomKeeper;
  lobby: LobbyKeeper;
  /** The link rooms, on a coordinator's or the kiosk's device (protocol-links.md §2). */
  links: LinkRoomsKeeper;
  commands: SessionCommands;
  wholeLog: WholeLog;
}

export function wireSession(privates: SessionPrivates): SessionWiring {
  const { session } = privates;
  const { networkId, identity, net, me, db } = session;
  const inside: SessionInside = {
    ...privates,
    networkId,
    identity,
    net,
    me,
    db,
    memberState: () => session.memberState,
  };
  const events = new SessionEvents(() => phaseNow());
  const host = { ...inside, events };
  const member = new MemberRoomKeeper(host);
  const pipeline = new WritePipeline({
    ...host,
    memberRoom: () => member.room,
    memberReady: () => member.whenReady,
  });
  const lobby: LobbyKeeper = new LobbyKeeper({
    ...host,
    isCoordinator: () => isCoordinator(session),
    newcomerSees: (view) => commands.admission.afterLobbyChange(view),
    copyIntoLobby: () => commands.coordinator.copyIntoLobby(),
    roomsChanged: () => events.watch(member.room ?? lobby.lobby?.room ?? null),
  });
  const commands = sessionCommands({ session, device: inside.device, pipeline, memberRoom: member, lobby });
  const wholeLog = new WholeLog({ ...host, member, lobby, pipeline });
  const openOurLinkSecret: LinkSecretOpener = (box, link) => {
    const id = fromBase64Url(link.id);
    return id ? openLinkSecret(box, session.identity, session.net, id) : null;
  };
  const links = new LinkRoomsKeeper({ ...inside, memberRoom: () => member.room, openLinkSecret: openOurLinkSecret });
  // Made (and its code loaded) only on an archive device with a link: a member's never does.
  let linkDuties: Promise<LinkDutiesKeeper> | null = null;
  const linkDutiesKeeper = () =>
    (linkDuties ??= import('./keepers/LinkDutiesKeeper.ts').then(
      ({ LinkDutiesKeeper }) =>
        new LinkDutiesKeeper({
          ...inside,
          now: () => Date.now(),
          write: (type, body, options) => pipeline.write(type, body, options),
          openLinkSecret: openOurLinkSecret,
        }),
    ));
  // Made (and its code loaded) once this device holds a checkpoint, or is an archive device that proposes them.
  let checkpoints: Promise<CheckpointKeeper> | null = null;
  const checkpointKeeper = () =>
    (checkpoints ??= import('./keepers/CheckpointKeeper.ts').then(
      ({ CheckpointKeeper }) =>
        new CheckpointKeeper({
          ...inside,
          memberRoom: () => member.room,
          memberKey: () => session.memberKey,
          now: () => Date.now(),
          rederived: () => member.rederived(),
          viewComplete: () => member.viewComplete,
          showHistory: (history) => member.showHistory(history),
          moveOn: (summary, holds, pages) => member.moveOn(summary, holds, pages),
          keepPages: (values) => keepCheckpointPages(db, values),
          write: (type, body, options) => pipeline.write(type, body, options),
        }),
    ));
  // What follows every change of the member room, in this order.
  member.afterEachChange((state) => followSettings(state, inside.record(), inside.saveRecord));
  member.afterEachChange((state) => lobby.keepCurrent(state));
  member.afterEachChange(() => commands.admission.publishProfileIfDue());
  member.afterEachChange(() => commands.exchange.payConfirmed());
  member.afterEachChange(async (state) => links.follow(state));
  // Not awaited: its writes change the member room, which runs these steps again.
  member.afterEachChange(async (state) => {
    if (linkDuties || (state.links.size > 0 && isArchiveDevice(state, identity))) {
      inside.inBackground(linkDutiesKeeper().then((keeper) => keeper.follow(state)));
    }
  });

  // Not awaited either: a checkpoint that counts derives the state anew, which runs these steps again.
  member.afterEachChange(async (state) => {
    // A device handed a checkpoint at pairing judges across it before it sees its entry count.
    const holds = checkpoints || inside.record().checkpoint || state.acts.some((act) => act.type === 'checkpoint');
    if (holds || isArchiveDevice(state, identity)) {
      inside.inBackground(checkpointKeeper().then((keeper) => keeper.follow(state)));
    }
  });

  function phaseNow(): SessionPhase {
    const record = inside.record();
    const lobbyStatus = lobby.lobby?.view.statusOf(inside.me).kind ?? 'unknown';
    return phaseOf({
      closed: inside.closed(),
      memberRoom: member.isOpen ? 'open' : member.room || record.roomSecret ? 'opening' : 'none',
      ownStatus: inside.memberState()?.members.get(session.memberKey)?.status ?? null,
      asked:
        lobbyStatus === 'pending' ||
        lobbyStatus === 'admitted' ||
        (lobbyStatus === 'unknown' && record.details !== null),
    });
  }

  return { events, pipeline, member, lobby, links, commands, wholeLog };
}
