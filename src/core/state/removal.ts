// What a removal is (a suspension, a revocation of the coordinator role, a move of a member
// to a new device, a device's removal) and whose acts it takes away. Which removals stand,
// and when, strongRemoval.ts decides.
import { toBase64Url } from '../encoding/base64url.ts';
import type { EntryType } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { ruleOf } from '../rules/entryRules.ts';
import type { NetworkState, VerifiedEntry } from './NetworkState.ts';

/** What a removal takes away, and from whom. */
export interface Removal {
  kind: 'suspend' | 'revoke' | 'move' | 'device';
  /** The member it concerns (suspend, revoke, move), or the device it retires (device). */
  target: string;
  /** For a move: the member's new device, which it does not stop. */
  keeps: string | null;
}

/** Who wrote an entry: the device, and the member it writes for. */
export interface Writer {
  device: string;
  member: string;
}

/** The removal an entry makes, or null: a revocation of any role but coordinator is none. */
export function removalOf(entry: AnyEntry): Removal | null {
  switch (entry.type) {
    case 'suspend':
      return { kind: 'suspend', target: toBase64Url(entry.body.member), keeps: null };
    case 'revoke-role':
      return entry.body.role === 'coordinator'
        ? { kind: 'revoke', target: toBase64Url(entry.body.member), keeps: null }
        : null;
    case 'move-member':
      return { kind: 'move', target: toBase64Url(entry.body.member), keeps: toBase64Url(entry.body.device) };
    case 'device-remove':
      return { kind: 'device', target: toBase64Url(entry.body.device), keeps: null };
    default:
      return null;
  }
}

/** Entries any admitted member may write (their devices, cut-more parts, their voice); a revocation leaves them. */
function isMemberAct(type: EntryType): boolean {
  const rule = ruleOf(type);
  // A checkpoint is a coordinator's or a kiosk's act, checked in its rule.
  return rule.kind === 'authority' && rule.writer === 'member' && type !== 'checkpoint';
}

/** Does this removal take away the right to write an entry of this type, by this writer? */
export function removes(removal: Removal, writer: Writer, type: EntryType): boolean {
  switch (removal.kind) {
    case 'suspend':
      return writer.member === removal.target;
    case 'revoke':
      return writer.member === removal.target && !isMemberAct(type);
    case 'move':
      return writer.member === removal.target && writer.device !== removal.keeps;
    case 'device':
      // A member's own retirement of a device takes away only what concerns the member
      // (its devices, cut-more parts, its voice), never an act it did for others as a
      // coordinator: those count by Device.kept (applyAuthority.ts).
      return writer.device === removal.target && isMemberAct(type);
  }
}

/** Who wrote an entry, by this state (null: its device is no member's here). */
export function writerIn(state: NetworkState, item: VerifiedEntry): Writer | null {
  const device = toBase64Url(item.entry.author);
  const member = state.devices.get(device)?.member;
  return member === undefined ? null : { device, member };
}
