// What an archive device writes for this network's links (protocol-links.md §1, §2, §4):
// after each change of the member room it writes, through the session's write path, what
// is due (src/data/links/linkDuties.ts): a new roster with the link secret sealed anew,
// attestations, a statement. Every archive device on our roster does it, so nothing waits
// for one device in particular; two that attest the same entries at once do no harm (a
// record counts once, by its id; the second attestation is only a place in the chain).
// One run at a time: a change during a run makes one more run after it, on the state then.

import { fromBase64Url, toBase64Url } from '../../../core/encoding/base64url.ts';
import type { EntryType } from '../../../core/entry/bodies.ts';
import type { Identity } from '../../../core/Identity.ts';
import type { BodyInput } from '../../../core/Ledger.ts';
import type { LinkIdText } from '../../../core/links/LinkState.ts';
import { sealLinkSecret } from '../../../core/sealing.ts';
import { cardShareReaders } from '../../../core/state/cardReaders.ts';
import type { DeviceKey, NetworkState } from '../../../core/state/NetworkState.ts';
import { attestationDue, rosterDue, statementDue, statementEveryMs } from '../../links/linkDuties.ts';
import type { WriteOptions } from '../WritePipeline.ts';
import type { WriteResult } from '../WriteResult.ts';
import { isArchiveDevice } from './LinkRoomsKeeper.ts';
import { OneRunAtATime } from './OneRunAtATime.ts';
import { type LinkSecretOpener, openedLinkSecret } from './openLinksToCarry.ts';

export interface LinkDutiesHost {
  readonly identity: Identity;
  readonly me: DeviceKey;
  readonly net: Uint8Array;
  memberState(): NetworkState | null;
  closed(): boolean;
  now(): number;
  /** A timer the session clears when it closes. */
  later(task: () => void, ms: number): void;
  write<T extends EntryType>(type: T, body: BodyInput<T>, options?: WriteOptions): Promise<WriteResult>;
  openLinkSecret: LinkSecretOpener;
}

export class LinkDutiesKeeper {
  private readonly host: LinkDutiesHost;
  private readonly runs: OneRunAtATime;
  private waking = false;
  /** What this keeper wrote in this session, by need (see writeDue). */
  private readonly wrote = new Set<string>();

  constructor(host: LinkDutiesHost) {
    this.host = host;
    this.runs = new OneRunAtATime(
      (state) => this.step(state),
      () => host.memberState(),
      () => host.closed(),
    );
  }

  /** Writes what is due for every link of `state`, once; a run already going runs once more after. */
  follow(state: NetworkState): Promise<void> {
    return this.runs.follow(state);
  }

  /**
   * A kiosk may see no change for a day: one timer (the session clears it on close) runs
   * the duties again after a day, for the daily statement.
   */
  private wakeTomorrow(): void {
    if (this.waking) return;
    this.waking = true;
    this.host.later(() => {
      this.waking = false;
      const state = this.host.memberState();
      if (state) void this.follow(state);
    }, statementEveryMs);
  }

  /** Settles when no run is going. */
  settled(): Promise<void> {
    return this.runs.settled();
  }

  private async step(state: NetworkState): Promise<void> {
    if (isArchiveDevice(state, this.host.identity) && state.links.size > 0) {
      for (const link of state.links.keys()) await this.writeDue(link);
      this.wakeTomorrow();
    }
  }

  /**
   * The roster first (a new device's attestations count only once it is on it), then an
   * attestation, then the statement. What this keeper wrote (or tried to) is remembered
   * once the write returns: a later run on a state from before it, or after it was
   * refused, does not write it again. Runs never overlap (follow).
   */
  private async writeDue(link: LinkIdText): Promise<void> {
    const { host, wrote } = this;
    const due = <T>(read: (state: NetworkState) => T | null): T | null => {
      const state = host.memberState();
      return state && !host.closed() ? read(state) : null;
    };
    const stillNeeded = (read: (state: NetworkState) => unknown) => ({ stillNeeded: () => due(read) !== null });
    const id = fromBase64Url(link) as Uint8Array;

    const rosterNow = (state: NetworkState) => rosterDue(state, link, host.me);
    const roster = due(rosterNow);
    const rosterKey =
      roster && `roster ${link} ${toBase64Url(roster.prev)} ${roster.roster.map(toBase64Url).sort().join(' ')}`;
    const secret = roster && rosterKey && !wrote.has(rosterKey) ? this.resealedSecret(link) : null;
    if (roster && rosterKey && secret) {
      await host.write('link-roster', { link: id, ...roster, secret }, stillNeeded(rosterNow));
      wrote.add(rosterKey);
    }

    const attestNow = (state: NetworkState) => {
      const body = attestationDue(state, link, host.me);
      const entries = body?.entries.filter((entry) => !wrote.has(`attest ${link} ${toBase64Url(entry)}`)) ?? [];
      return body && entries.length > 0 ? { ...body, entries } : null;
    };
    const attestation = due(attestNow);
    if (attestation) {
      await host.write('link-attest', attestation, stillNeeded(attestNow));
      for (const entry of attestation.entries) wrote.add(`attest ${link} ${toBase64Url(entry)}`);
    }

    const statementNow = (state: NetworkState) => {
      const body = statementDue(state, link, host.me, host.now());
      const key = body && statementKey(link, body, host.now());
      return body && key && !wrote.has(key) ? body : null;
    };
    const statement = due(statementNow);
    if (statement) {
      const key = statementKey(link, statement, host.now());
      await host.write('link-statement', statement, stillNeeded(statementNow));
      wrote.add(key);
    }
  }

  /** The link secret sealed anew to our coordinators' and kiosks' devices now, if this device can open it. */
  private resealedSecret(link: LinkIdText) {
    const state = this.host.memberState();
    const found = state?.links.get(link);
    if (!state || !found) return null;
    const secret = openedLinkSecret(state, found, this.host.openLinkSecret);
    const id = fromBase64Url(link);
    return secret && id ? sealLinkSecret(secret, cardShareReaders(state), this.host.net, id) : null;
  }
}

function statementKey(link: LinkIdText, body: { count: number; sum: number; digest: Uint8Array }, now: number): string {
  return `statement ${link} ${body.count} ${body.sum} ${toBase64Url(body.digest)} ${Math.floor(now / statementEveryMs)}`;
}
