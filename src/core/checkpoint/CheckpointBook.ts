// What one device knows of the network's checkpoints (docs/protocol.md §4.8), and what it
// does about them: it checks every checkpoint entry it holds against its own entries once it
// has the summary and its pages; from those verdicts it knows which checkpoints count, which
// are false, and the state to judge the entries after the newest counting one against. An
// archive device (a coordinator's or a kiosk's) also proposes the next checkpoint when one is
// due, countersigns a proposal it built alike, and writes a notice against a false one.
import { idFromText, toBase64Url } from '../encoding/base64url.ts';
import { equalBytes } from '../encoding/canonical.ts';
import type { AnyEntry, Entry } from '../entry/Entry.ts';
import type { ForeignEntry, ForeignKey } from '../links/LinkState.ts';
import { type DeriveOptions, deriveStateInSteps } from '../state/deriveState.ts';
import type { EntryIdText, MemberKey, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import { runInSlices, type Steps } from '../state/steps.ts';
import { belowTips } from './belowTips.ts';
import {
  type CheckpointVerdict,
  checkCheckpointInSteps,
  recalledVerdictInSteps,
  type SummaryDocument,
} from './checkCheckpoint.ts';
import { type CountingCheckpoint, countingCheckpoints } from './counting.ts';
import { type CheckpointWrite, dueWrite } from './dueWrite.ts';
import { frontierOfTipsInSteps } from './frontier.ts';
import { foreignOfSummary } from './linkObjects.ts';
import { readSummary } from './pages.ts';
import { tipsOf } from './records.ts';
import { startFromVerdict } from './startFromVerdict.ts';

/** Looks a summary or a page up by the base64url of its hash (the doc's "pages" map). */
export type PageLookup = (hashText: string) => Uint8Array | undefined;

export { type CheckpointWrite, dueUntil } from './dueWrite.ts';

export class CheckpointBook {
  private readonly networkId: EntryIdText;
  private readonly verdicts = new Map<EntryIdText, CheckpointVerdict>();
  /**
   * The checkpoint entries seen applied (signed by a coordinator or a kiosk then). Kept past
   * a checkpoint: an entry of its frontier is not judged again, but still counted.
   */
  private readonly signed = new Map<EntryIdText, Entry>();
  private readonly found = new Set<EntryIdText>();
  /** Summaries this device found true in an earlier session: read again, not derived again. */
  private readonly recalled = new Set<string>();
  /** The true verdicts by summary hash (base64url): what the next checkpoint is checked on. */
  private readonly bySummary = new Map<string, CheckpointVerdict & { kind: 'true' }>();
  /**
   * The checkpoint this device derives across in its record (one it counted, or its member's
   * device handed it): counting goes on from it where the entries below are not here.
   */
  private recorded: { summary: string; part: number } | null = null;

  /** A page's turn between slices of a derivation of F (src/sync/yieldToPage.ts); none in Node. */
  private readonly pause: () => Promise<void>;

  /** Runs a derivation in slices, the page getting its turns. */
  readonly inSlices = <T>(steps: Steps<T>): Promise<T> => runInSlices(steps, this.pause);

  constructor(networkId: EntryIdText, pause: () => Promise<void> = () => Promise.resolve()) {
    this.networkId = networkId;
    this.pause = pause;
  }

  /** The checkpoint entries this device found false. */
  get falseCheckpoints(): ReadonlySet<EntryIdText> {
    return this.found;
  }

  /** A summary this device checked in an earlier session (its record keeps the one it derives across). */
  recall(summaryText: string | null | undefined): void {
    if (!summaryText) return;
    this.recalled.add(summaryText);
    if (this.recorded?.summary !== summaryText) this.recorded = { summary: summaryText, part: 0 };
  }

  verdictOf(id: EntryIdText): CheckpointVerdict {
    return this.verdicts.get(id) ?? { kind: 'unknown', why: 'no-summary' };
  }

  /**
   * Reads the state's checkpoint entries and checks each one not decided yet (a true or a
   * false verdict is final: every entry of its frontier is signed and held). True when a
   * verdict was reached, so what counts may have changed.
   */
  async review(
    state: NetworkState,
    held: ReadonlyMap<EntryIdText, VerifiedEntry>,
    lookup: PageLookup,
    heldForeign: ReadonlyMap<ForeignKey, ForeignEntry> = new Map(),
  ): Promise<boolean> {
    // The checkpoint entries applied are acts of their signers: found there, not among all entries.
    for (const act of state.acts) {
      const entry = act.type === 'checkpoint' ? state.applied.get(act.id) : undefined;
      if (entry) this.signed.set(act.id, entry);
    }
    // One applied before and refused now (concurrent with its signer's revocation: §4.4) counts not.
    for (const id of this.signed.keys()) if (state.rejected.has(id)) this.signed.delete(id);
    let decided = await this.readRecorded(held, lookup);
    // Part by part: checkpoint n is checked on n − 1's verdict.
    const byPart = [...this.signed].sort(
      ([, a], [, b]) =>
        (a as AnyEntry & { type: 'checkpoint' }).body.part - (b as AnyEntry & { type: 'checkpoint' }).body.part,
    );
    for (const [id, entry] of byPart) {
      const previous = this.verdicts.get(id);
      if (previous?.kind === 'true' || this.found.has(id)) continue;
      // It could not be told for lack of an entry: not walked again before that entry is here.
      if (previous?.kind === 'unknown' && previous.missing && !held.has(previous.missing)) continue;
      const body = (entry as AnyEntry & { type: 'checkpoint' }).body;
      const document = documentOf(body.summary, lookup);
      const summaryText = toBase64Url(body.summary);
      // A summary found true (or checked in an earlier session) is not checked again for
      // another signature of it — if the entry says of it what the summary says of itself.
      const read = document && readSummary(document.summary);
      const sameHeader =
        read?.part === body.part &&
        (read.after === null ? body.after === null : body.after !== null && equalBytes(read.after, body.after));
      const known = sameHeader ? this.bySummary.get(summaryText) : undefined;
      const recalled =
        known ??
        (sameHeader && this.recalled.has(summaryText)
          ? await this.inSlices(recalledVerdictInSteps(body, document, held))
          : null);
      const base = body.after ? this.bySummary.get(toBase64Url(body.after)) : undefined;
      const verdict =
        recalled ??
        (await this.inSlices(
          checkCheckpointInSteps(this.networkId, body, document, held, this.found, heldForeign, base),
        ));
      this.verdicts.set(id, verdict);
      if (verdict.kind === 'unknown') continue;
      decided = true;
      if (verdict.kind === 'false') this.found.add(id);
      else this.bySummary.set(summaryText, verdict);
    }
    return decided;
  }

  /**
   * The recorded checkpoint's verdict, read from its pages once they are here (recalled: it
   * was checked before), and its part: where counting goes on if the entries below are gone.
   */
  private async readRecorded(held: ReadonlyMap<EntryIdText, VerifiedEntry>, lookup: PageLookup): Promise<boolean> {
    const recorded = this.recorded;
    if (!recorded || recorded.part > 0) return false;
    const summary = idFromText(recorded.summary);
    const document = documentOf(summary, lookup);
    const verdict = await this.inSlices(
      recalledVerdictInSteps({ part: 0, after: null, summary, seen: [] }, document, held),
    );
    const part = document && readSummary(document.summary)?.part;
    if (verdict?.kind !== 'true' || !part) return false;
    this.bySummary.set(recorded.summary, verdict);
    this.recorded = { summary: recorded.summary, part };
    return true;
  }

  /** This device's true verdict of a counting checkpoint (null for none). */
  trueVerdictOf(checkpoint: CountingCheckpoint | undefined): (CheckpointVerdict & { kind: 'true' }) | null {
    return checkpoint ? (this.bySummary.get(toBase64Url(checkpoint.summary)) ?? null) : null;
  }

  /** The counting checkpoints, part 1 first (`devices`: whose member signed each entry). */
  counting(devices: NetworkState['devices']): CountingCheckpoint[] {
    const recorded = this.recorded && this.recorded.part > 0 ? this.recorded : undefined;
    const verdict = recorded && this.bySummary.get(recorded.summary);
    const from = recorded &&
      verdict && { part: recorded.part, summary: idFromText(recorded.summary), until: verdict.until };
    return countingCheckpoints({ applied: this.signed, devices }, (id) => this.verdictOf(id), from);
  }

  /**
   * What to derive with: from the newest counting checkpoint (its state rebuilt from its
   * pages; F's ids as known, with the held entries below its tips where the verdict is
   * partial: startFromVerdict.ts), and with the false ones ending their signers' roles.
   */
  derivation(
    devices: NetworkState['devices'],
    held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  ): DeriveOptions & { from: string | null } {
    const newest = this.counting(devices).at(-1);
    const verdict = this.trueVerdictOf(newest);
    const falseCheckpoints = new Set(this.found);
    if (!verdict) return { falseCheckpoints, from: null };
    const start = startFromVerdict(this.networkId, verdict, held);
    if (!start) return { falseCheckpoints, from: null };
    return { start, falseCheckpoints, from: toBase64Url(newest?.summary as Uint8Array) };
  }

  /**
   * The part after the newest counting checkpoint (docs/protocol.md §7.1): its summary's hash
   * (base64url), and which entries it holds — every entry neither of its frontier nor below
   * its tips by place, and the entries of the frontier every device carries. Below the tips
   * matters where this device held only part of F when it judged (a recalled verdict): an
   * entry of F arriving later is not in `frontier`. Null when no checkpoint counts.
   */
  partAfter(devices: NetworkState['devices']): { summary: string; holds: (item: VerifiedEntry) => boolean } | null {
    const newest = this.counting(devices).at(-1);
    const verdict = this.trueVerdictOf(newest);
    if (!newest || !verdict) return null;
    const carried = new Set(verdict.sections.carried.map((record) => record.key));
    const frontier = verdict.frontier;
    const below = belowTips(verdict.sections.heads, verdict.until);
    return {
      summary: toBase64Url(newest.summary),
      holds: (item) => carried.has(item.idText) || (!frontier.has(item.idText) && !below(item)),
    };
  }

  /**
   * derive(F) of the newest counting checkpoint: the history a device that holds F shows
   * beside the state judged across it (withHistory.ts). Kept from its check, or derived
   * again for one recalled from an earlier session; the older checkpoints' are let go.
   * Null when no checkpoint counts.
   */
  async history(
    devices: NetworkState['devices'],
    held: ReadonlyMap<EntryIdText, VerifiedEntry>,
    heldForeign: ReadonlyMap<ForeignKey, ForeignEntry> = new Map(),
  ): Promise<NetworkState | null> {
    const newest = this.counting(devices).at(-1);
    const id = newest && toBase64Url(newest.summary);
    const verdict = this.trueVerdictOf(newest);
    for (const [other, kept] of this.bySummary)
      if (other !== id && kept.history) {
        const { history: _older, ...rest } = kept;
        this.bySummary.set(other, rest);
        for (const [entry, same] of this.verdicts) if (same === kept) this.verdicts.set(entry, rest);
      }
    if (!id || !verdict) return null;
    if (verdict.history) return verdict.history;
    // Recalled where only part of F was here: its history once all of F is (an archive device fetching it).
    const ids = verdict.partial
      ? await this.inSlices(frontierOfTipsInSteps(held, tipsOf(verdict.sections), verdict.until, { checked: true }))
      : null;
    if (typeof ids === 'string') return null;
    const frontier: VerifiedEntry[] = [];
    for (const entryId of ids?.keys() ?? verdict.frontier) {
      const item = held.get(entryId);
      if (!item) return null;
      frontier.push(item);
    }
    const foreign = foreignOfSummary(verdict.sections.open, heldForeign) ?? [];
    const history = await this.inSlices(
      deriveStateInSteps(this.networkId, frontier, verdict.until, { falseCheckpoints: new Set(this.found), foreign }),
    );
    // A verdict reached meanwhile (the same one) keeps its own.
    if (this.bySummary.get(id) === verdict) this.bySummary.set(id, { ...verdict, history });
    return history;
  }

  /** The summaries and pages the checkpoint entries held name: what the doc keeps. */
  named(lookup: PageLookup): Set<string> {
    const names = new Set<string>();
    for (const entry of this.signed.values()) {
      const summaryText = toBase64Url((entry as AnyEntry & { type: 'checkpoint' }).body.summary);
      names.add(summaryText);
      const bytes = lookup(summaryText);
      const summary = bytes && readSummary(bytes);
      for (const page of summary ? summary.pages : []) names.add(toBase64Url(page));
    }
    return names;
  }

  /**
   * What an archive device of `member` writes next, at most one thing a call: a notice
   * against a false checkpoint, a countersignature, or a proposal once one is due.
   */
  due(
    state: NetworkState,
    member: MemberKey,
    held: ReadonlyMap<EntryIdText, VerifiedEntry>,
    now: number,
    foreign: Iterable<ForeignEntry> = [],
  ): Promise<CheckpointWrite | null> {
    return dueWrite(this, this.networkId, state, member, held, now, foreign);
  }

  /** The checkpoint entries seen applied, by id. */
  get entries(): ReadonlyMap<EntryIdText, Entry> {
    return this.signed;
  }
}

/** The summary a checkpoint signs and its pages, from the doc, once all of them are there. */
export function documentOf(summaryHash: Uint8Array, lookup: PageLookup): SummaryDocument | undefined {
  const summaryBytes = lookup(toBase64Url(summaryHash));
  const summary = summaryBytes && readSummary(summaryBytes);
  if (!summaryBytes || !summary) return undefined;
  const pages: Uint8Array[] = [];
  for (const page of summary.pages) {
    const bytes = lookup(toBase64Url(page));
    if (!bytes) return undefined;
    pages.push(bytes);
  }
  return { summary: summaryBytes, pages };
}
