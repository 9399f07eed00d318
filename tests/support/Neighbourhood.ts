// Devices of one neighbourhood inside one process, for unit tests of the session layer:
// each device has its own device database, Dexie views and kept docs, and all of them
// meet in the rooms of one in-memory network. Every step goes through NetworkSession, as
// the pages do.
import { liveQuery } from 'dexie';
import { idFromText } from '../../src/core/encoding/base64url.ts';
import type { PostFields } from '../../src/core/entry/bodies.ts';
import type { Identity } from '../../src/core/Identity.ts';
import type { Invite } from '../../src/core/InviteLink.ts';
import type { JoinDetails } from '../../src/core/sealing.ts';
import { waitingRequests } from '../../src/data/coordinator/index.ts';
import { DeviceDatabase, type NetworkRecord } from '../../src/data/devices/index.ts';
import { foundNetwork, lobbyNetwork, takeInvite } from '../../src/data/joining/index.ts';
import type { SessionEvent, SessionPhase } from '../../src/data/session/index.ts';
import { NetworkSession } from '../../src/data/session/index.ts';
import { NetworkDatabase } from '../../src/data/store/index.ts';
import { MemoryDocStorage } from '../../src/sync/MemoryDocStorage.ts';
import { MemoryRoomNetwork } from '../../src/sync/MemoryRoomNetwork.ts';
import { roomFactory } from '../../src/sync/RoomFactory.ts';

export interface TestDevice {
  name: string;
  device: DeviceDatabase;
  identity: Identity;
  /** This device's Dexie view of a network. */
  viewDatabase(networkId: string): NetworkDatabase;
  /** Where this device keeps its docs. */
  storage: MemoryDocStorage;
  open(record: NetworkRecord, options?: { afterFirstView?: boolean }): Promise<NetworkSession>;
}

export function detailsOf(name: string): JoinDetails {
  return { name, area: 'Oosterpark', offers: ['boodschappen'], words: '', languages: ['nl'], note: 'Hoi', contact: '' };
}

export function postFields(fields: Partial<PostFields> = {}): PostFields {
  return {
    kind: 'request',
    title: 'Boodschappen doen',
    text: 'Wie kan donderdag voor me naar de supermarkt?',
    category: 'boodschappen',
    area: 'Oosterpark',
    minutes: 60,
    expires: Date.now() + 30 * 24 * 3600_000,
    viaCoordinator: false,
    ...fields,
  };
}

/** Resolves once `ready()` holds, checked now and after every event of the session. */
export function until(session: NetworkSession, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const stop = session.on(() => {
      if (!ready()) return;
      stop();
      resolve();
    });
  });
}

/**
 * Resolves once `ready()` holds, checked now and after every event and every change of the
 * sync status (who is in which room) of any of these sessions.
 */
export function untilAny(sessions: readonly NetworkSession[], ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stops: (() => void)[] = [];
    let done = false;
    const check = () => {
      if (done || !ready()) return;
      done = true;
      for (const stop of stops) stop();
      resolve();
    };
    for (const session of sessions) stops.push(session.on(check), session.onStatus(check));
    check();
  });
}

/** Resolves at the first event of this type after now for which `ready()` holds. */
export function nextEvent(session: NetworkSession, type: SessionEvent['type'], ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = session.on((event) => {
      if (event.type !== type || !ready()) return;
      stop();
      resolve();
    });
  });
}

/** Resolves with the rows once `query` gives rows that `ready` accepts (a Dexie live query). */
export function untilStored<T>(query: () => Promise<T>, ready: (rows: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (rows) => {
        if (!ready(rows)) return;
        queueMicrotask(() => subscription.unsubscribe());
        resolve(rows);
      },
      error: reject,
    });
  });
}

/** Every phase the session moves to from now on. */
export function phasesOf(session: NetworkSession): SessionPhase[] {
  const phases: SessionPhase[] = [];
  session.on((event) => {
    if (event.type === 'phase') phases.push(event.phase);
  });
  return phases;
}

export class Neighbourhood {
  readonly network = new MemoryRoomNetwork();
  private readonly sessions: NetworkSession[] = [];
  private readonly databases: { delete(): Promise<void> }[] = [];
  private readonly owners = new WeakMap<NetworkSession, TestDevice>();

  device(name: string): TestDevice {
    const tag = `${name}-${crypto.randomUUID()}`;
    const device = new DeviceDatabase(`test-device-${tag}`);
    this.databases.push(device);
    const storage = new MemoryDocStorage();
    const rooms = roomFactory(storage, this.network);
    const viewDatabase = (networkId: string) => {
      const db = new NetworkDatabase(`${networkId}-${tag}`);
      this.databases.push(db);
      return db;
    };
    let identity: Identity | null = null;
    const testDevice: TestDevice = {
      name,
      device,
      viewDatabase,
      storage,
      get identity(): Identity {
        if (!identity) throw new Error('identity not made yet');
        return identity;
      },
      open: async (record, options) => {
        // A restored device may have taken another key since it was made: read it again.
        identity = await device.ownIdentity();
        const session = await NetworkSession.open({ device, identity, rooms, viewDatabase }, record, options);
        this.sessions.push(session);
        this.owners.set(session, testDevice);
        return session;
      },
    };
    return testDevice;
  }

  /** A founding coordinator with a network, its genesis and profile written. */
  async found(
    name: string,
    { joinWork }: { joinWork?: number } = {},
  ): Promise<{ device: TestDevice; session: NetworkSession; invite: Invite }> {
    const device = this.device(name);
    const identity = await device.device.ownIdentity();
    const result = await foundNetwork(
      device.device,
      identity,
      {
        name: 'Buurtruil Oosterpark',
        area: 'Oosterpark',
        rules: 'We zijn aardig voor elkaar.',
        creditLimit: 10 * 60,
        welcome: 0,
        categories: ['boodschappen', 'klussen'],
        relays: [],
        help: '',
      },
      (n) => crypto.getRandomValues(new Uint8Array(n)),
      joinWork,
    );
    if (!result.ok) throw new Error('founding failed');
    const session = await device.open(result.record);
    await session.publishGenesis(result.genesisId, result.genesis);
    const profile = await session.write('profile', {
      name,
      area: 'Oosterpark',
      offers: [],
      words: '',
      languages: [],
      paused: false,
      perWeek: 0,
    });
    if (!profile.ok) throw new Error(`profile: ${profile.problem}`);
    const invite = {
      net: idFromText(result.record.id),
      lobbySecret: idFromText(result.record.lobbySecret),
      relays: [],
    };
    return { device, session, invite };
  }

  /** A newcomer who asks to join, is admitted by `coordinator`, and ends up a member. */
  async admitted(coordinator: NetworkSession, invite: Invite, name: string): Promise<NetworkSession> {
    const device = this.device(name);
    const session = await device.open(await takeInvite(device.device, invite));
    await until(session, () => lobbyNetwork(session) !== null);
    const asked = await session.admission.requestToJoin(detailsOf(name));
    if (!asked.ok) throw new Error(`join: ${asked.problem}`);
    const request = () => waitingRequests(coordinator).find((r) => r.join.member === session.me);
    await until(coordinator, () => request() !== undefined);
    const joinId = request()?.join.id ?? '';
    const admit = await coordinator.admission.admit(joinId);
    if (!admit.ok) throw new Error(`admit: ${admit.problem}`);
    // Moved in: a member, the profile published, the lobby left behind.
    await until(
      session,
      () => session.phase === 'member' && session.record.details === null && session.lobbyView === null,
    );
    return session;
  }

  /** The device a session runs on. */
  owner(session: NetworkSession): TestDevice {
    const owner = this.owners.get(session);
    if (!owner) throw new Error('unknown session');
    return owner;
  }

  /** The same device opens its network again (after `close()`), from the record it kept. */
  async reopen(session: NetworkSession): Promise<NetworkSession> {
    const owner = this.owners.get(session);
    const record = await owner?.device.networks.get(session.networkId);
    if (!owner || !record) throw new Error('unknown session');
    return owner.open(record);
  }

  async close(): Promise<void> {
    for (const session of this.sessions.splice(0)) session.close();
    for (const db of this.databases.splice(0)) await db.delete();
  }
}
