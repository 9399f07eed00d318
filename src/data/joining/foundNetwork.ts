// Starting a network (the founding coordinator) and taking an invite (a newcomer): the
// records this device keeps, and the first entries.
import { idFromText, toBase64Url } from '../../core/encoding/base64url.ts';
import { type Bodies, maxJoinWork, type Settings } from '../../core/entry/bodies.ts';
import { checkBody, type FieldProblem } from '../../core/entry/checkBody.ts';
import { signEntry } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import { formatInvite, type Invite } from '../../core/InviteLink.ts';
import { defaultJoinWork } from '../../core/joinWork.ts';
import { genesisSealNet, sealLobbySecret, sealRoomSecret } from '../../core/sealing.ts';
import type { DeviceDatabase, NetworkRecord } from '../devices/DeviceDatabase.ts';

export type NetworkSettings = Settings;

/**
 * What a founder may choose for a join's proof of work: 16 bits unless they know why.
 * Below 8 a flood is nearly free; above 24 (the protocol's most) a slow phone works minutes.
 */
export const joinWorkChoices = { least: 8, most: maxJoinWork, standard: defaultJoinWork } as const;

export type FoundResult =
  | { ok: true; record: NetworkRecord; genesis: Uint8Array; genesisId: string }
  | { ok: false; field: FieldProblem };

export async function foundNetwork(
  device: DeviceDatabase,
  identity: Identity,
  settings: NetworkSettings,
  randomBytes: (n: number) => Uint8Array,
  /** The zero bits a join's proof of work must have; fixed for the network's life. */
  joinWork = defaultJoinWork,
): Promise<FoundResult> {
  const roomSecret = randomBytes(32);
  const lobbySecret = randomBytes(32);
  const body: Bodies['genesis'] = {
    ...settings,
    boxKey: identity.box.publicKey,
    secret: sealRoomSecret(roomSecret, [identity.box.publicKey], genesisSealNet, 0),
    lobby: sealLobbySecret(lobbySecret, [identity.box.publicKey], genesisSealNet),
    joinWork,
  };
  const field = checkBody('genesis', body);
  if (field) return { ok: false, field };
  const genesis = signEntry(identity, { net: null, type: 'genesis', seq: 1, prev: null, time: Date.now(), body });
  const id = toBase64Url(genesis.id);
  const record: NetworkRecord = {
    id,
    name: settings.name,
    area: settings.area,
    role: 'founder',
    lobbySecret: toBase64Url(lobbySecret),
    relays: settings.relays,
    roomSecret: toBase64Url(roomSecret),
    epoch: 0,
    details: null,
    joinId: null,
    opened: Date.now(),
  };
  await device.networks.put(record);
  return { ok: true, record, genesis: genesis.bytes, genesisId: id };
}

/** Remembers an invite; a network this device already knows keeps its record. */
export async function takeInvite(device: DeviceDatabase, invite: Invite): Promise<NetworkRecord> {
  const id = toBase64Url(invite.net);
  const known = await device.networks.get(id);
  if (known) {
    await device.networks.update(id, { opened: Date.now() });
    return known;
  }
  const record: NetworkRecord = {
    id,
    name: '',
    area: '',
    role: 'newcomer',
    lobbySecret: toBase64Url(invite.lobbySecret),
    relays: invite.relays,
    roomSecret: null,
    epoch: 0,
    details: null,
    joinId: null,
    opened: Date.now(),
  };
  await device.networks.put(record);
  return record;
}

/** The invite link's fragment for a network this device coordinates. */
export function inviteFragment(record: NetworkRecord): string {
  return formatInvite({
    net: idFromText(record.id),
    lobbySecret: idFromText(record.lobbySecret),
    relays: record.relays,
  });
}
