// How this device writes: one writer per identity at a time (across tabs: two would fork
// the chain), its own chain caught up from storage first, the entry checked before it is
// signed into the log, kept in the verified copy (a full disk is found here), then shared.
import { toBase64Url } from '../../core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../../core/entry/bodies.ts';
import { checkBody } from '../../core/entry/checkBody.ts';
import type { SignedEntry } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput, Ledger } from '../../core/Ledger.ts';
import type { Room } from '../../sync/Room.ts';
import type { NetworkRecord } from '../devices/DeviceDatabase.ts';
import type { NetworkDatabase } from '../store/NetworkDatabase.ts';
import { isQuotaError } from './storageErrors.ts';
import { failed, type SessionProblem, type WriteResult } from './WriteResult.ts';

export interface WritePipelineHost {
  readonly identity: Identity;
  readonly me: string;
  readonly db: NetworkDatabase;
  memberRoom(): Room | null;
  memberReady(): Promise<void>;
  record(): NetworkRecord;
  closed(): boolean;
}

export interface WriteOptions {
  /** Asked again once this device's own latest entries are in (another tab may have written the same). */
  stillNeeded?: () => boolean;
  /** The device that helped write it (the kiosk, a coordinator's laptop). */
  via?: Uint8Array | null;
  /** A member card logged in at this device signs with its own key and chain (CardSession). */
  as?: Identity;
  /**
   * A statement for the lobby (a `roster`): written even when the member room will not count
   * it, as by a coordinator just removed who tells the lobby so. It changes nothing there.
   */
  forLobby?: boolean;
  /** The moment it claims (default now): an anonymous answer claims the moment it was due (together §6). */
  time?: number;
  /** Shared under a Yjs client id of its own, so the doc does not tie it to this page's other writes (together §6). */
  apart?: boolean;
}

export class WritePipeline {
  private readonly host: WritePipelineHost;

  constructor(host: WritePipelineHost) {
    this.host = host;
  }

  /** Signs and shares a new entry in the member room, after checking it. */
  async write<T extends EntryType>(type: T, body: BodyInput<T>, options: WriteOptions = {}): Promise<WriteResult> {
    const { stillNeeded, via = null, as = this.host.identity, forLobby = false, time, apart = false } = options;
    await this.host.memberReady();
    const author = toBase64Url(as.signing.publicKey);
    return this.locked(async () => {
      const room = this.host.memberRoom();
      if (!room || this.host.closed()) return failed(this.noMemberRoom());
      const ledger = room.ledger;
      await this.catchUpOwnChain(ledger, author);
      // Restored from a recovery file: writing before the device's own chain is back would fork it.
      const me = this.host.me;
      if (author === me && (ledger.lastOf(me)?.seq ?? 0) < (this.host.record().catchUpTo ?? 0)) {
        return failed('catching-up');
      }
      if (stillNeeded && !stillNeeded()) return failed('not-needed');
      // Signed here only to be checked: nothing leaves this device unless every check passes.
      const signed = ledger.write(as, type, body, time === undefined ? { via } : { via, time });
      const field = checkBody(type, signed.entry.body as Bodies[T]);
      if (field) return { ok: false, problem: 'field', field };
      const rule = forLobby ? null : await ledger.check(signed);
      if (rule) return { ok: false, problem: 'rule', rule };
      return this.share(room, signed, author, apart);
    }, author);
  }

  /** One writer at a time per identity, across tabs: two would fork the chain. */
  locked<R>(task: () => Promise<R>, author = this.host.me): Promise<R> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return task();
    return locks.request(`buurtruil-write-${author}`, task) as Promise<R>;
  }

  noMemberRoom(): SessionProblem {
    return this.host.closed() ? 'session-closed' : 'no-member-room';
  }

  /** Keeps the verified copy first (a full disk is found here), then shares. */
  private async share(room: Room, signed: SignedEntry, author: string, apart = false): Promise<WriteResult> {
    const id = toBase64Url(signed.id);
    try {
      await this.host.db.entries.put({ id, bytes: signed.bytes, author, seq: signed.entry.seq });
    } catch (error) {
      if (isQuotaError(error)) return { ok: false, problem: 'storage-full' };
      throw error;
    }
    await (apart ? room.appendApart(signed) : room.append(signed));
    return { ok: true, entry: signed, id };
  }

  /** Another tab of this profile may have written since: take its entries first. */
  private async catchUpOwnChain(ledger: Ledger, author: string): Promise<void> {
    const stored = await this.host.db.entries
      .where('[author+seq]')
      .between([author, (ledger.lastOf(author)?.seq ?? 0) + 1], [author, Number.MAX_SAFE_INTEGER])
      .toArray();
    if (stored.length) await ledger.add(stored.map((e) => [e.id, e.bytes] as const));
  }
}
