// The kiosk keeps listening in earlier epochs: a device that was offline through a rekey
// comes back to the old room, and must find the rekey there (docs/protocol.md §6). But a
// suspended device sits in that old room too, so the old room gets only what the rekey
// stands on: the rekey entries that opened the next epoch and their causal past (chains,
// and what authority entries name). Nothing written after the rekey reaches it. The other
// way, what a returning device wrote while away is carried into the member room, if its
// author is a live device of an admitted member.
import { toBase64Url } from '../../core/encoding/base64url.ts';
import { authorityTypes, seenOf } from '../../core/entry/bodies.ts';
import type { AnyEntry } from '../../core/entry/Entry.ts';
import type { Identity } from '../../core/Identity.ts';
import type { Ledger } from '../../core/Ledger.ts';
import { memberRoomName, roomKeysFor } from '../../core/rooms.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import type { Room } from '../../sync/Room.ts';
import type { RoomFactory } from '../../sync/RoomFactory.ts';

export interface EpochCarrierHost {
  readonly networkId: string;
  readonly identity: Identity;
  readonly net: Uint8Array;
  readonly rooms: RoomFactory;
  memberRoom(): Room | null;
  memberState(): NetworkState | null;
}

export class EpochCarrier {
  private readonly host: EpochCarrierHost;
  private readonly rooms = new Map<number, Room>();
  private closed = false;

  constructor(host: EpochCarrierHost) {
    this.host = host;
  }

  /** Earlier epochs this device listens in now. */
  get epochs(): number[] {
    return [...this.rooms.keys()].sort((a, b) => a - b);
  }

  /** Does the old room of `epoch` hold this entry? (For tests: nothing after the rekey may be there.) */
  holds(epoch: number, id: string): boolean {
    return this.rooms.get(epoch)?.ledger.has(id) ?? false;
  }

  /** After the member room changed: open the rooms of earlier epochs, and give each its rekey. */
  async update(): Promise<void> {
    const state = this.host.memberState();
    const main = this.host.memberRoom();
    if (!state || !main || this.closed) return;
    const keys = roomKeysFor(state, this.host.identity, this.host.net);
    const newest = keys[0]?.epoch;
    for (const key of keys) {
      if (key.epoch === newest) continue;
      let room = this.rooms.get(key.epoch);
      if (!room) {
        room = this.host.rooms.epoch(this.host.networkId, key.epoch);
        this.rooms.set(key.epoch, room);
        const opened = room;
        opened.onEntries((change) => void this.carryBack(opened, change.accepted));
        await opened.open();
        if (this.closed) return;
        opened.join({ name: memberRoomName(key.secret, key.epoch), password: toBase64Url(key.secret) });
      }
      for (const [id, bytes] of rekeyAndItsPast(main.ledger, state, key.epoch + 1)) {
        if (!room.ledger.has(id)) await room.appendForeign(id, bytes);
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
  }

  private async carryBack(from: Room, ids: readonly string[]): Promise<void> {
    const main = this.host.memberRoom();
    const state = this.host.memberState();
    if (!main || !state || this.closed) return;
    for (const id of ids) {
      const item = from.ledger.get(id);
      if (!item || main.ledger.has(id)) continue;
      const device = state.devices.get(toBase64Url(item.entry.author));
      const member = device && state.members.get(device.member);
      if (!device || device.removed || member?.status !== 'admitted') continue;
      await main.appendForeign(id, item.bytes).catch(() => undefined);
    }
  }
}

/** The rekey entries that opened `epoch`, and everything they stand on, with their bytes. */
function rekeyAndItsPast(ledger: Ledger, state: NetworkState, epoch: number): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const todo: string[] = [];
  for (const item of ledger.entries()) {
    const entry = item.entry as AnyEntry;
    if (entry.type === 'rekey' && entry.body.epoch === epoch && state.applied.has(item.idText)) todo.push(item.idText);
  }
  while (todo.length) {
    const id = todo.pop() as string;
    if (out.has(id)) continue;
    const item = ledger.get(id);
    if (!item) continue;
    out.set(id, item.bytes);
    const entry = item.entry as AnyEntry;
    if (entry.prev) todo.push(toBase64Url(entry.prev));
    if (!authorityTypes.has(entry.type)) continue;
    for (const seen of seenOf(entry.body)) todo.push(toBase64Url(seen));
    const body = entry.body as Record<string, unknown>;
    for (const field of ['join', 'cut', 'from']) {
      const value = Object.hasOwn(body, field) ? body[field] : undefined;
      if (value instanceof Uint8Array) todo.push(toBase64Url(value));
      else if (Array.isArray(value)) for (const named of value as Uint8Array[]) todo.push(toBase64Url(named));
    }
  }
  return out;
}
