// What this device keeps for itself, apart from any network: its identity (the secrets
// never leave it), the networks it knows, and drafts that must survive a reload.
import { Dexie, type EntityTable } from 'dexie';
import type { Identity } from '../../core/Identity.ts';
import type { JoinDetails } from '../../core/sealing.ts';

export interface StoredIdentity {
  id: 'self';
  signingSecret: Uint8Array;
  boxSecret: Uint8Array;
}

/** 'kiosk': the community centre's always-on device (issue 13): it keeps the lobby open too. */
export type NetworkRole = 'founder' | 'newcomer' | 'member' | 'kiosk';

export interface NetworkRecord {
  /** The network id, base64url. */
  id: string;
  name: string;
  area: string;
  role: NetworkRole;
  /** base64url; opens the lobby. */
  lobbySecret: string;
  relays: string[];
  /** The newest room key this device could open, base64url, and its epoch. */
  roomSecret: string | null;
  epoch: number;
  /** A newcomer's own details, to publish as the profile once admitted. */
  details: JoinDetails | null;
  /** The newcomer's join entry id, once written. */
  joinId: string | null;
  opened: number;
  /** Proposals this device paid by itself once confirmed: never twice, whatever happens later. */
  paid?: string[];
  /** The member this device writes for, when it learnt it before the member room showed it (pairing, a move, recovery). */
  member?: string;
  /** Restored from a recovery file: write nothing until this device's own chain has come back from peers to this seq. */
  catchUpTo?: number;
  /** The person said yes to notifications while the app is open. */
  notify?: boolean;
  /**
   * The summary hash (base64url) of the newest checkpoint that counts, checked by this device
   * (docs/protocol.md §4.8): what it would hand a new device of its member over pairing.
   */
  checkpoint?: string | null;
  /**
   * The checkpoint below which this device — a phone — let go of the history at rest (§7.1):
   * its first doc lives in memory only from then on. Cleared when it becomes an archive device.
   */
  firstDocLetGo?: string | null;
  /**
   * This device was an archive device (its member an admitted coordinator or kiosk) at some
   * point: it never lets go of the history below a checkpoint (§7.1), whatever the state says
   * of it later (a suspended coordinator's laptop is no archive device by the state).
   */
  wasArchive?: true;
}

/** When this device last looked at a post (its exchanges included); `post` "*" is when it first showed the board. Never shared. */
export interface ReadMark {
  key: string;
  network: string;
  post: string;
  time: number;
}

/** When this device first saw a join request in a lobby (a coordinator's list goes by it). */
export interface Arrival {
  /** `${network} ${join id}` */
  key: string;
  network: string;
  at: number;
}

export interface Draft {
  key: string;
  value: Record<string, unknown>;
  updated: number;
}

export class DeviceDatabase extends Dexie {
  identity!: EntityTable<StoredIdentity, 'id'>;
  networks!: EntityTable<NetworkRecord, 'id'>;
  drafts!: EntityTable<Draft, 'key'>;
  readMarks!: EntityTable<ReadMark, 'key'>;
  arrivals!: EntityTable<Arrival, 'key'>;

  constructor(name = 'buurtruil-device') {
    super(name);
    this.version(1).stores({
      identity: 'id',
      networks: 'id, opened',
      drafts: 'key',
    });
    this.version(2).stores({ readMarks: 'key, network' });
    this.version(3).stores({ arrivals: 'key, network' });
  }

  /**
   * Makes this browser the device of a recovery file: its keys, and the network's record.
   * Only where no network is known yet: a device that is already someone never loses its keys.
   */
  async restore(identity: Identity, record: NetworkRecord): Promise<boolean> {
    return this.transaction('rw', this.identity, this.networks, async () => {
      const known = await this.networks.toArray();
      if (known.some((network) => network.role !== 'newcomer')) return false;
      await this.identity.put({
        id: 'self',
        signingSecret: identity.signing.secretKey,
        boxSecret: identity.box.secretKey,
      });
      await this.networks.clear();
      await this.networks.put(record);
      return true;
    });
  }

  /** Does this device already take part in a network (more than an open request to join)? */
  async knowsNetwork(): Promise<boolean> {
    return (await this.networks.toArray()).some((network) => network.role !== 'newcomer');
  }

  /** This device's identity, made on first use. */
  async ownIdentity(): Promise<Identity> {
    // The key code (noble's curves) loads here, not with the database: a page that only
    // looks up which network this device knows (the welcome) never needs it. Loaded before
    // the transaction, which must not wait on anything but IndexedDB.
    const { identityFromSecrets, newIdentity } = await import('../../core/Identity.ts');
    return this.transaction('rw', this.identity, async () => {
      const stored = await this.identity.get('self');
      if (stored) return identityFromSecrets(stored.signingSecret, stored.boxSecret);
      const identity = newIdentity();
      await this.identity.put({
        id: 'self',
        signingSecret: identity.signing.secretKey,
        boxSecret: identity.box.secretKey,
      });
      return identity;
    });
  }

  /** The network opened most recently, if any. */
  currentNetwork(): Promise<NetworkRecord | undefined> {
    return this.networks.orderBy('opened').last();
  }
}

export const deviceDatabase = new DeviceDatabase();
