// What the lobby's doc keeps (docs/protocol.md §6): the genesis, joins with the network's
// base work, and the answers, set-asides, role changes, suspensions, device-adds and rosters
// written by the devices of the coordinators the lobby knows. Anything else costs a stranger one free
// signature; kept, it would fill every lobby device's disk and be relayed on, so the lobby's
// ledger refuses it (and the doc drops it) as it does with garbage.
import { toBase64Url } from './encoding/base64url.ts';
import type { AnyEntry } from './entry/Entry.ts';
import { joinWorkBits } from './joinWork.ts';
import type { EntryIdText, VerifiedEntry } from './state/NetworkState.ts';

/** Types a coordinator's device writes into the lobby (what the lobby view reads). */
const coordinatorTypes = new Set([
  'admit',
  'decline',
  'set-aside',
  'grant-role',
  'revoke-role',
  'suspend',
  'device-add',
  'roster',
]);

export class LobbyGate {
  private readonly networkId: EntryIdText;
  private bits: number | null = null;
  /** Devices of everyone the lobby ever knew as a coordinator (the view decides who still is). */
  private readonly coordinatorDevices = new Set<string>();

  constructor(networkId: EntryIdText) {
    this.networkId = networkId;
  }

  /**
   * Splits a batch into what the lobby keeps and what it refuses. Entries that make others
   * acceptable (the genesis, a grant, a device-add) may come in any order within the batch.
   * One refused only for want of what comes later is put back by a peer that holds it.
   */
  sort<T extends VerifiedEntry>(items: readonly T[]): { kept: T[]; refused: T[] } {
    const kept: T[] = [];
    let left = [...items];
    for (let grew = true; grew && left.length; ) {
      grew = false;
      const next: T[] = [];
      for (const item of left) {
        if (this.takes(item)) {
          kept.push(item);
          grew = true;
        } else next.push(item);
      }
      left = next;
    }
    return { kept, refused: left };
  }

  private takes({ idText, entry }: VerifiedEntry): boolean {
    const typed = entry as AnyEntry;
    if (typed.type === 'genesis') {
      if (idText !== this.networkId) return false;
      this.bits = typed.body.joinWork;
      this.coordinatorDevices.add(toBase64Url(typed.author));
      return true;
    }
    // A join's work is one hash; without the genesis its price is not known yet.
    if (typed.type === 'join')
      return this.bits !== null && joinWorkBits(this.networkId, typed.author, typed.body) >= this.bits;
    if (!coordinatorTypes.has(typed.type) || !this.coordinatorDevices.has(toBase64Url(typed.author))) return false;
    if (typed.type === 'grant-role') {
      if (typed.body.role !== 'coordinator') return false;
      this.coordinatorDevices.add(toBase64Url(typed.body.member));
    } else if (typed.type === 'revoke-role') {
      if (typed.body.role !== 'coordinator') return false;
    } else if (typed.type === 'device-add') {
      this.coordinatorDevices.add(toBase64Url(typed.body.device));
    } else if (typed.type === 'roster') {
      // The view decides whether the roster counts; its devices may write here from now on.
      for (const row of typed.body.coordinators) this.coordinatorDevices.add(toBase64Url(row.device));
    }
    return true;
  }
}
