// What a coordinator does after the start, each as a signed entry that every coordinator
// can read back in the audit log (state.acts): hide a post, warn kindly, suspend and
// reinstate (each followed by a rekey), reverse a transfer, grant from the pot, name or
// remove a coordinator (and step down), change the settings and the policy, make a new
// invite. The rules are in src/core; this module only gathers what each entry needs.
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType, Policy, Role, Settings } from '../../core/entry/bodies.ts';
import type { SignedEntry } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { rosterOf, sameSet, setOf } from '../../core/lobbyRoster.ts';
import { lobbySeed } from '../../core/lobbySeed.ts';
import { readerGroups } from '../../core/rooms.ts';
import { sealLobbySecret, sealRoomSecret, sealWarning } from '../../core/sealing.ts';
import { hasRole, liveBoxKeys } from '../../core/state/membership.ts';
import type { MemberKey, NetworkState } from '../../core/state/NetworkState.ts';
import type { Room } from '../../sync/Room.ts';
import { liveDeviceKeys, namedHeads } from '../devices/namedHeads.ts';
import type { LobbyRoom } from '../joining/LobbyRoom.ts';
import type { WriteOptions } from '../session/WritePipeline.ts';
import { failed, type SessionProblem, type WriteResult } from '../session/WriteResult.ts';

/** What the coordinator's commands need of their session. */
export interface CoordinatorHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  memberKey(): string;
  memberState(): NetworkState | null;
  noMemberRoom(): SessionProblem;
  write<T extends EntryType>(type: T, body: BodyInput<T>, options?: WriteOptions): Promise<WriteResult>;
  memberRoom(): Room | null;
  lobby(): LobbyRoom | null;
  /** The lobby secret this device listens on now (base64url). */
  lobbySecret(): string;
  /** Puts new rekey entries where devices that were away will find them. */
  announceRekey(entries: readonly SignedEntry[]): Promise<void>;
  randomBytes(length: number): Uint8Array;
}

export class CoordinatorCommands {
  private readonly host: CoordinatorHost;
  /** The lobby heads this device last answered while the lobby did not trust it. */
  private answeredHeads = '';
  /** One telling of the lobby at a time: two at once would both write the same roster. */
  private telling: Promise<void> = Promise.resolve();

  constructor(host: CoordinatorHost) {
    this.host = host;
  }

  /** Hides a post from the board; its author sees why. */
  hidePost(postId: string, reason: string): Promise<WriteResult> {
    if (!this.host.memberState()?.posts.has(postId)) return Promise.resolve(failed('unknown-post'));
    return this.host.write('hide-post', { post: idFromText(postId), reason: reason.trim() });
  }

  /** A kind, private word: readable by the member's devices and the coordinators only. */
  warn(member: MemberKey, text: string): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state?.members.has(member)) return Promise.resolve({ ok: false, problem: 'rule', rule: 'unknown-member' });
    const readers = uniqueKeys([...liveBoxKeys(state, member), ...coordinatorBoxKeys(state)]);
    if (readers.length === 0 || readers.length > 64) {
      return Promise.resolve({ ok: false, problem: 'rule', rule: 'unknown-member' });
    }
    const key = idFromText(member);
    return this.host.write('warn', { member: key, note: sealWarning(text.trim(), readers, this.host.net, key) });
  }

  /**
   * Suspends a member at every head of their devices' chains that this device has seen (see
   * namedHeads.ts), then opens a new epoch that the member's devices cannot read: they
   * receive nothing new.
   */
  async suspend(member: MemberKey, reason: string): Promise<WriteResult> {
    const state = this.host.memberState();
    const target = state?.members.get(member);
    if (!state || !target) return { ok: false, problem: 'rule', rule: 'unknown-member' };
    const cut = await namedHeads(state, liveDeviceKeys(state, target.devices), this.host);
    if (!cut.ok) return cut;
    const result = await this.host.write('suspend', {
      member: idFromText(member),
      cut: cut.ids,
      reason: reason.trim(),
    });
    if (!result.ok) return result;
    const rekey = await this.rekey();
    return rekey.ok ? result : rekey;
  }

  /**
   * Lets a suspended member take part again: what their devices write after the heads seen
   * now counts again, and a new epoch sealed to everyone (them included) brings them back
   * into the member room.
   */
  async reinstate(member: MemberKey): Promise<WriteResult> {
    const state = this.host.memberState();
    const target = state?.members.get(member);
    if (!state || !target) return { ok: false, problem: 'rule', rule: 'unknown-member' };
    const from = await namedHeads(state, liveDeviceKeys(state, target.devices), this.host);
    if (!from.ok) return from;
    const result = await this.host.write('reinstate', { member: idFromText(member), from: from.ids });
    if (!result.ok) return result;
    const rekey = await this.rekey();
    return rekey.ok ? result : rekey;
  }

  /** Compensates a transfer; the hours go back, the reason stays for both to read. */
  reverseTransfer(transferId: string, reason: string): Promise<WriteResult> {
    if (!this.host.memberState()?.transfers.has(transferId)) {
      return Promise.resolve({ ok: false, problem: 'rule', rule: 'missing-ref' });
    }
    return this.host.write('reverse-transfer', { transfer: idFromText(transferId), reason: reason.trim() });
  }

  /** Hours from the community pot to a member, with the reason. */
  potGrant(to: MemberKey, minutes: number, reason: string): Promise<WriteResult> {
    return this.host.write('pot-grant', { to: idFromText(to), minutes, reason: reason.trim() });
  }

  /**
   * Names another coordinator. Their device then needs the invite's lobby secret (sealed
   * again to every coordinator's and kiosk's device) and newcomers need to know them (the
   * grant and their join go into the lobby, so join requests are sealed to them too).
   */
  async grantRole(member: MemberKey, role: Role = 'coordinator'): Promise<WriteResult> {
    const result = await this.host.write('grant-role', { member: idFromText(member), role });
    if (!result.ok) return result;
    const invite = await this.sealInvite(idFromText(this.host.lobbySecret()));
    if (!invite.ok) return invite;
    await this.copyIntoLobby();
    return result;
  }

  /** Takes a role away; revoking one's own coordinator role is stepping down. Never the last coordinator. */
  revokeRole(member: MemberKey, role: Role = 'coordinator'): Promise<WriteResult> {
    return this.host.write('revoke-role', { member: idFromText(member), role });
  }

  stepDown(): Promise<WriteResult> {
    return this.revokeRole(this.host.memberKey(), 'coordinator');
  }

  /** New settings, from their place in the log on; members are told. */
  changeSettings(settings: Settings): Promise<WriteResult> {
    return this.host.write('settings', settings);
  }

  /** A new policy (vote rule, who pays activities, ...), whole; it counts from its place in the log on. */
  changePolicy(policy: Policy): Promise<WriteResult> {
    return this.host.write('policy', policy);
  }

  /**
   * A new invite: a new lobby secret, sealed to the coordinators and kiosks. Their devices
   * move to the new lobby and stop listening in the old one; an old poster (or a flood in
   * the old lobby) reaches nobody any more.
   */
  newInvite(): Promise<WriteResult> {
    return this.sealInvite(this.host.randomBytes(32));
  }

  /** Opens a new epoch whose secret is sealed to every live device of every admitted member. */
  async rekey(): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return failed(this.host.noMemberRoom());
    const epoch = (state.epochs.at(-1)?.epoch ?? 0) + 1;
    const secret = this.host.randomBytes(32);
    const written: SignedEntry[] = [];
    let last: WriteResult = failed('not-needed');
    for (const group of readerGroups(state)) {
      last = await this.host.write('rekey', { epoch, secret: sealRoomSecret(secret, group, this.host.net, epoch) });
      if (!last.ok) break;
      written.push(last.entry);
    }
    if (written.length) await this.host.announceRekey(written);
    return last;
  }

  private async sealInvite(secret: Uint8Array): Promise<WriteResult> {
    const state = this.host.memberState();
    if (!state) return failed(this.host.noMemberRoom());
    const readers = uniqueKeys(inviteReaders(state));
    if (readers.length === 0 || readers.length > 64) return { ok: false, problem: 'rule', rule: 'unknown-member' };
    return this.host.write('invite', { secret: sealLobbySecret(secret, readers, this.host.net) });
  }

  /**
   * What newcomers need in the lobby to know who the coordinators are: the founder, the
   * grants and devices, the revocations, every roster this device holds; then, if the lobby
   * still trusts this device and is wrong about who the coordinators are now, a new roster
   * (docs/protocol.md §6.1). Also called by a device whose member was just removed.
   */
  copyIntoLobby(): Promise<void> {
    this.telling = this.telling.then(() => this.tellLobby()).catch((error) => console.warn('lobby:', error));
    return this.telling;
  }

  private async tellLobby(): Promise<void> {
    const lobby = this.host.lobby();
    const member = this.host.memberRoom();
    const state = this.host.memberState();
    if (!lobby || !member || !state) return;
    const rosters: string[] = [];
    for (const { idText, entry } of member.ledger.entries()) if (entry.type === 'roster') rosters.push(idText);
    // The lobby takes a coordinator's entry only once it knows the coordinator: passes until
    // nothing more goes in (the seed is not in the order the lobby needs).
    let left = [...lobbySeed(state), ...rosters].filter((id) => !lobby.room.ledger.has(id));
    for (let took = true; took && left.length; ) {
      took = false;
      const next: string[] = [];
      for (const id of left) {
        const bytes = member.ledger.bytesOf(id);
        if (!bytes) continue;
        try {
          await lobby.room.appendForeign(id, bytes);
          took = true;
        } catch {
          next.push(id);
        }
      }
      left = next;
    }

    const now = rosterOf(state);
    const { roster } = lobby.view;
    const me = toBase64Url(this.host.identity.signing.publicKey);
    const trusted = [...roster.set.values()].some((devices) => devices.has(me));
    if (now.length === 0 || sameSet(setOf(now), roster.set)) return;
    if (!trusted) {
      // Taken off by a roster someone else wrote: a coordinator's device answers it once
      // (the lobby reads the answer beside that roster, §6.1); a head of its own is its answer.
      const mine = now.some((row) => toBase64Url(row.device) === me);
      const answered = roster.heads.some((id) => {
        const author = lobby.room.ledger.get(id)?.entry.author;
        return author !== undefined && toBase64Url(author) === me;
      });
      // And never twice to the same heads (an answer that does not count changes none).
      const key = roster.heads.join(' ');
      if (!mine || answered || roster.heads.length === 0 || key === this.answeredHeads) return;
      this.answeredHeads = key;
    }
    const after = roster.heads.slice(0, 16).map(idFromText);
    const result = await this.host.write('roster', { after, coordinators: now }, { forLobby: true });
    if (result.ok) await lobby.room.append(result.entry);
  }
}

/** Every live device of every coordinator: they read warnings and newcomers' details. */
function coordinatorBoxKeys(state: NetworkState): Uint8Array[] {
  return [...state.members.values()]
    .filter((member) => hasRole(member, 'coordinator'))
    .flatMap((member) => liveBoxKeys(state, member.key));
}

/** Who holds the lobby secret: the coordinators' and kiosks' devices. */
function inviteReaders(state: NetworkState): Uint8Array[] {
  return [...state.members.values()]
    .filter((member) => hasRole(member, 'coordinator') || hasRole(member, 'kiosk'))
    .flatMap((member) => liveBoxKeys(state, member.key));
}

function uniqueKeys(keys: readonly Uint8Array[]): Uint8Array[] {
  const seen = new Set<string>();
  return keys.filter((key) => {
    const text = toBase64Url(key);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
