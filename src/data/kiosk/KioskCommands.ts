// A coordinator's side of the kiosk: enrolling a device (met by pairing) as the network's
// kiosk, and taking the role back. The kiosk gets what any admitted device holds (the room
// secret, sealed in its `enroll`), and what coordinators hold besides: the lobby secret
// (an `invite` sealed again to coordinators and kiosks) and every card's kiosk share.
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import type { EntryType } from '../../core/entry/bodies.ts';
import type { Identity } from '../../core/Identity.ts';
import type { BodyInput } from '../../core/Ledger.ts';
import { roomKeyFor } from '../../core/rooms.ts';
import { sealLobbySecret, sealRoomSecret } from '../../core/sealing.ts';
import { cardShareReaders } from '../../core/state/cardReaders.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { NetworkRecord } from '../devices/DeviceDatabase.ts';
import { failed, type WriteProblem, type WriteResult } from '../session/WriteResult.ts';
import type { CardCommands } from './CardCommands.ts';

export interface KioskHost {
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly memberState: NetworkState | null;
  readonly record: NetworkRecord;
  readonly cards: Pick<CardCommands, 'sealAgain'>;
  write<T extends EntryType>(type: T, body: BodyInput<T>): Promise<WriteResult>;
}

/** The kiosk's own public keys, as it sent them over the paired connection. */
export interface KioskKeys {
  signing: Uint8Array;
  box: Uint8Array;
}

/** What the kiosk needs to open the network: sent to it over the paired connection. */
export interface KioskGrant {
  id: string;
  name: string;
  area: string;
  lobbySecret: string;
  relays: string[];
  roomSecret: string;
  epoch: number;
}

export class KioskCommands {
  private readonly host: KioskHost;

  constructor(host: KioskHost) {
    this.host = host;
  }

  async enrol(keys: KioskKeys, label: string): Promise<{ ok: true; grant: KioskGrant } | WriteProblem> {
    const state = this.host.memberState;
    if (!state) return failed('no-member-room');
    const key = roomKeyFor(state, this.host.identity, this.host.net);
    if (!key) return failed('no-room-key');
    const member = toBase64Url(keys.signing);
    if (!state.members.has(member)) {
      const enrolled = await this.host.write('enroll', {
        member: keys.signing,
        boxKey: keys.box,
        name: label,
        area: state.network?.area ?? '',
        welcome: 0,
        opening: 0,
        consent: '',
        epoch: key.epoch,
        secret: sealRoomSecret(key.secret, [keys.box], this.host.net, key.epoch),
      });
      if (!enrolled.ok) return enrolled;
    }
    if (!this.host.memberState?.members.get(member)?.roles.has('kiosk')) {
      const granted = await this.host.write('grant-role', { member: keys.signing, role: 'kiosk' });
      if (!granted.ok) return granted;
    }
    const after = this.host.memberState;
    if (!after) return failed('no-member-room');
    // The current lobby secret, sealed again so that the kiosk (and any coordinator) finds it in the ledger.
    const lobby = idFromText(this.host.record.lobbySecret);
    const invite = await this.host.write('invite', {
      secret: sealLobbySecret(lobby, cardShareReaders(after), this.host.net),
    });
    if (!invite.ok) return invite;
    const sealed = await this.host.cards.sealAgain();
    if (sealed && !sealed.ok) return sealed;
    const { id, name, area, lobbySecret, relays } = this.host.record;
    return {
      ok: true,
      grant: { id, name, area, lobbySecret, relays, roomSecret: toBase64Url(key.secret), epoch: key.epoch },
    };
  }

  /** The device stops being the kiosk: no new card share is sealed to it. */
  revoke(member: string): Promise<WriteResult> {
    return this.host.write('revoke-role', { member: idFromText(member), role: 'kiosk' });
  }
}
