// Checkpoints on this device (docs/protocol.md §4.8): after each change of the member room
// it checks the checkpoint entries it holds against its own entries (src/core/checkpoint/
// CheckpointBook.ts), keeps the newest one that counts in its record, derives with the false
// ones ending their signers' roles, and tells the member room to bring the view up to date. On an
// archive device (a coordinator's or the kiosk's) it also writes what is due: a proposal with
// its summary and pages in the doc, a countersignature, a notice against a false one. One
// run at a time (OneRunAtATime).
import { CheckpointBook, documentOf, type PageLookup } from '../../../core/checkpoint/CheckpointBook.ts';
import { documentByKey, type PagesByKey, readSummaryAndPagesInSteps } from '../../../core/checkpoint/pages.ts';
import { startAtSummary } from '../../../core/checkpoint/startAtRecorded.ts';
import { idFromText, toBase64Url } from '../../../core/encoding/base64url.ts';
import type { EntryType } from '../../../core/entry/bodies.ts';
import type { Identity } from '../../../core/Identity.ts';
import type { BodyInput } from '../../../core/Ledger.ts';
import type { NetworkState, VerifiedEntry } from '../../../core/state/NetworkState.ts';
import { stepsOf } from '../../../core/state/steps.ts';
import type { Room } from '../../../sync/Room.ts';
import { yieldWhenDue } from '../../../sync/yieldToPage.ts';
import type { NetworkRecord } from '../../devices/DeviceDatabase.ts';
import type { NetworkDatabase } from '../../store/NetworkDatabase.ts';
import { isQuotaError } from '../storageErrors.ts';
import type { WriteOptions } from '../WritePipeline.ts';
import type { WriteResult } from '../WriteResult.ts';
import { isArchiveDevice } from './LinkRoomsKeeper.ts';
import { letGoBelow } from './letGoBelow.ts';
import { OneRunAtATime } from './OneRunAtATime.ts';

export interface CheckpointHost {
  readonly networkId: string;
  readonly identity: Identity;
  readonly db: NetworkDatabase;
  memberRoom(): Room | null;
  memberState(): NetworkState | null;
  /** The member this device writes for. */
  memberKey(): string;
  record(): NetworkRecord;
  saveRecord(patch: Partial<Omit<NetworkRecord, 'id'>>): Promise<void>;
  /** Keeps a checkpoint's summary and pages beside the view, in place of the ones before. */
  keepPages(values: ReadonlyMap<string, Uint8Array>): Promise<void>;
  closed(): boolean;
  now(): number;
  /** The ledger derived anew: the view and the session's follow-up steps catch up. */
  rederived(): Promise<void>;
  /** Every row the ledger made is in the view (ViewWrites): not after a full disk, nor while it waits. */
  viewComplete(): boolean;
  /** derive(F) of the checkpoint derived across, shown beside the state; null for none. */
  showHistory(history: NetworkState | null): void;
  /**
   * The part after the checkpoint `summary` counts (docs/protocol.md §7.1): open it, put
   * into it what it holds (`holds`) and the summary's pages, write into it from now on.
   */
  moveOn(summary: string, holds: (item: VerifiedEntry) => boolean, pages: PagesByKey): Promise<void>;
  write<T extends EntryType>(type: T, body: BodyInput<T>, options?: WriteOptions): Promise<WriteResult>;
}

export class CheckpointKeeper {
  private readonly host: CheckpointHost;
  private readonly book: CheckpointBook;
  private readonly runs: OneRunAtATime;
  /** How many checkpoints the ledger derives with as false. */
  private falseKnown = 0;
  /** The summary the ledger derives across (null: from the beginning). */
  private derivedFrom: string | null = null;
  private watching: Room | null = null;
  /** The recorded checkpoint's start, once its pages read (orRecorded). */
  private recordedStart: { summary: string; start: () => NetworkState } | null = null;
  /** The checkpoint whose pages this session kept beside the view. */
  private pagesKept: string | null = null;
  /** The part this device moved on to in this session. */
  private movedTo: string | null = null;
  /** Letting go met a full disk in this session. */
  private letGoFailed = false;
  /** What this keeper wrote in this session: a run on a state that does not hold it yet writes it not again. */
  private readonly wrote = new Set<string>();

  constructor(host: CheckpointHost) {
    this.host = host;
    // Deriving F to check or build a summary is a year of entries: in slices, the page getting its turns.
    this.book = new CheckpointBook(host.networkId, yieldWhenDue);
    this.runs = new OneRunAtATime(
      (state) => this.step(state),
      () => host.memberState(),
      () => host.closed(),
    );
    // Checked in an earlier session, or by the device that handed this one the network at
    // pairing: its pages are read again, F not derived again.
    this.book.recall(host.record().checkpoint);
    // The ledger may derive across it already, from its first derivation (MemberRoomKeeper).
    if (host.memberRoom()?.ledger.state.checkpoint) this.derivedFrom = host.record().checkpoint ?? null;
  }

  /** Checks, derives and writes what the state calls for; a run already going runs once more after. */
  follow(state: NetworkState): Promise<void> {
    return this.runs.follow(state);
  }

  /** Settles when no run is going. */
  settled(): Promise<void> {
    return this.runs.settled();
  }

  /**
   * With no checkpoint counting here yet, the one in the record: a device that holds none of
   * F — new, in the part after the checkpoint its member's device handed it (§7.1) — cannot
   * see its entry counted before it judges across it (who signed it is in F). It starts from
   * the recorded summary once its pages are here.
   */
  private orRecorded(derivation: Derivation, lookup: PageLookup): Derivation {
    const recorded = this.host.record().checkpoint;
    const ledger = this.host.memberRoom()?.ledger;
    if (derivation.from || !recorded || !ledger) return derivation;
    if (this.recordedStart?.summary !== recorded) {
      const start = startAtSummary(this.host.networkId, recorded, lookup, ledger.held);
      if (!start) return derivation;
      this.recordedStart = { summary: recorded, start };
    }
    const made = this.recordedStart.start;
    return { ...derivation, start: () => stepsOf(made), from: recorded };
  }

  private async step(state: NetworkState): Promise<void> {
    const host = this.host;
    const room = host.memberRoom();
    if (!room) return;
    const pages = room.summaryPages;
    if (this.watching !== room) {
      this.watching = room;
      // A summary's pages may come after its entry: look again when they do.
      pages.onChange(() => {
        const now = host.memberState();
        if (now) void this.follow(now);
      });
    }
    const ledger = room.ledger;
    const lookup = (key: string) => pages.get(key);
    const foreign = new Map([...ledger.foreignEntries()].map((item) => [item.key, item]));
    // The recorded checkpoint's pages are read in slices first (at once, a few hundred of them
    // were one task of 50–100 ms at opening); review and orRecorded then find them read.
    const recorded = host.record().checkpoint;
    const document = recorded ? documentOf(idFromText(recorded), lookup) : undefined;
    if (document) {
      const reading = readSummaryAndPagesInSteps(document.summary, document.pages);
      while (!reading.next().done) await yieldWhenDue();
      if (host.closed()) return;
    }
    await this.book.review(state, ledger.held, lookup, foreign);
    if (host.closed()) return;
    const derivation = this.orRecorded(this.book.derivation(state.devices, ledger.held), lookup);
    // Kept until a newer one counts: one handed over at pairing may count here only once its pages arrived.
    if (derivation.from && this.pagesKept !== derivation.from) {
      // Its pages beside the view first: the next opening starts from them (startAtRecorded.ts).
      // Once a session: a device handed the checkpoint at pairing has its record, not its pages.
      const document = documentByKey(idFromText(derivation.from), lookup);
      if (document) {
        await host.keepPages(document);
        this.pagesKept = derivation.from;
      }
      if (host.record().checkpoint !== derivation.from) await host.saveRecord({ checkpoint: derivation.from });
    }
    // Judged in two stages (docs/protocol.md §4.8): across the newest counting checkpoint, from
    // its state, as a phone that starts from it judges; anew when it or the false ones change.
    if (derivation.from !== this.derivedFrom || this.book.falseCheckpoints.size !== this.falseKnown) {
      this.derivedFrom = derivation.from;
      this.falseKnown = this.book.falseCheckpoints.size;
      const { from: _from, ...options } = derivation;
      // An archive device has the history below ready before the ledger judges across the
      // checkpoint: the page never shows the one without the other (a report of the part alone).
      const showsBelow = derivation.from && isArchiveDevice(state, host.identity);
      const historyBelow = showsBelow ? await this.book.history(state.devices, ledger.held, foreign) : null;
      if (host.closed()) return;
      // For the benches: when a device starts judging from a checkpoint (partNewDevice.ts).
      performance.mark('buurtruil:from-checkpoint', { detail: { entries: ledger.size } });
      await ledger.startFrom(options);
      if (host.closed()) return;
      host.showHistory(historyBelow);
      await host.rederived();
      state = ledger.state;
    }
    const part = this.book.partAfter(state.devices);
    if (part && part.summary !== this.movedTo) {
      const document = documentByKey(idFromText(part.summary), lookup);
      if (document) {
        this.movedTo = part.summary;
        await host.moveOn(part.summary, part.holds, document);
        if (host.closed()) return;
      }
    }
    const named = this.book.named(lookup);
    // A summary and pages a checkpoint entry names go where the entries go (§7.1): those that
    // reached only an older doc — from a device that had not moved, or has left its room since
    // (a signer whose false checkpoint ended its role is no archive device any more) — are
    // copied into the part, so every device there can check that checkpoint too.
    if (this.movedTo) pages.carryForward(named);
    pages.prune(named);
    const archive = isArchiveDevice(state, host.identity);
    await this.keepOrLetGo(archive, part);
    if (host.closed()) return;
    // An archive device shows the history below the checkpoint beside the state judged across
    // it (the log, the reports); a phone shows what it judged.
    const history = archive && derivation.from ? await this.book.history(state.devices, ledger.held, foreign) : null;
    if (host.closed()) return;
    host.showHistory(history);
    if (!archive) return;
    const due = await this.book.due(state, host.memberKey(), ledger.held, host.now(), ledger.foreignEntries());
    if (!due) return;
    const key =
      due.kind === 'notice'
        ? `notice ${toBase64Url(due.body.checkpoint)}`
        : `${due.body.part} ${toBase64Url(due.body.summary)}`;
    if (this.wrote.has(key)) return;
    this.wrote.add(key);
    if (due.kind === 'propose') pages.put([due.built.summary, ...due.built.pages]);
    // Its arrival in the member room runs the follow-up steps, and so this keeper, again.
    if (due.kind === 'notice') await host.write('false-checkpoint', due.body);
    else await host.write('checkpoint', due.body);
  }

  /**
   * A phone that moved on to the part after the checkpoint it judges across lets go of the
   * history below it at rest, once (§7.1, letGoBelow.ts), while its view is known complete
   * (what it keeps is read from the view's rows). A device that is or ever was an archive
   * device never does, nor one whose member is not admitted (a suspended coordinator's
   * laptop is no archive device by the state); one that became one keeps its first doc at
   * rest again.
   */
  private async keepOrLetGo(archive: boolean, part: ReturnType<CheckpointBook['partAfter']>): Promise<void> {
    const host = this.host;
    const room = host.memberRoom();
    const record = host.record();
    if (archive) {
      if (!record.wasArchive) await host.saveRecord({ wasArchive: true });
      if (record.firstDocLetGo) await host.saveRecord({ firstDocLetGo: null });
      return;
    }
    if (!room || !part || part.summary !== this.movedTo || part.summary !== this.derivedFrom) return;
    const state = room.ledger.state;
    const admitted = state.members.get(host.memberKey())?.status === 'admitted';
    if (record.firstDocLetGo === part.summary || record.wasArchive || !admitted || !host.viewComplete()) return;
    if (this.letGoFailed) return;
    try {
      await letGoBelow({
        room,
        db: host.db,
        state,
        member: host.memberKey(),
        summary: part.summary,
        holds: part.holds,
        saveRecord: (patch) => host.saveRecord(patch),
      });
    } catch (error) {
      // A full disk as it rewrites the copy (one transaction: nothing is lost): not again in
      // this session, where every step would read the whole copy to fail the same way.
      if (!isQuotaError(error)) throw error;
      this.letGoFailed = true;
    }
  }
}

type Derivation = ReturnType<CheckpointBook['derivation']>;
