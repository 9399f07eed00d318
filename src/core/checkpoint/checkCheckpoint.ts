// Is a checkpoint true? (docs/protocol.md §4.8) A device that holds the frontier its summary
// names decides it from signed entries alone, the same way on every device: the frontier is
// read from the summary's tips, must be closed and dated no later than `until`, and its
// summary, built again here, must be the one signed. A device that does not hold the
// summary, its pages or all of the frontier cannot tell, and counts the checkpoint not.

import { hash } from '../crypto/hash.ts';
import { toBase64Url } from '../encoding/base64url.ts';
import { equalBytes } from '../encoding/canonical.ts';
import { type Bodies, defaultPolicy } from '../entry/bodies.ts';
import type { ForeignEntry, ForeignKey } from '../links/LinkState.ts';
import { parentOf } from '../state/entryTexts.ts';
import type { EntryIdText, MemberKey, NetworkState, VerifiedEntry } from '../state/NetworkState.ts';
import { entriesPerStep, runToEnd, type Steps } from '../state/steps.ts';
import { checkpointFrontierInSteps, frontierOfTipsInSteps } from './frontier.ts';
import { foreignOfSummary } from './linkObjects.ts';
import { readSummaryAndPages } from './pages.ts';
import { coordinatorOrKiosk } from './quorum.ts';
import { type Sections, tipsOf } from './records.ts';
import { summaryOfFrontierInSteps } from './summary.ts';
import {
  type CheckpointBase,
  nextFrontierInSteps,
  partFrontierOfTipsInSteps,
  summaryAfterInSteps,
} from './summaryAfter.ts';

export type CheckpointVerdict =
  /**
   * The summary is the frontier's; `holders`: the members holding the coordinator or kiosk
   * role in it (only their signatures count for it); `quorum`: the checkpointQuorum of the
   * policy in it.
   */
  | {
      kind: 'true';
      holders: ReadonlySet<MemberKey>;
      quorum: number;
      until: number;
      /** The frontier's ids and the summary's records: what a device starts from once it counts. */
      frontier: ReadonlySet<EntryIdText>;
      sections: Sections;
      /** derive(F), when this device derived F to check it (not for a recalled one): F's history. */
      history?: NetworkState;
      /**
       * `frontier` is not all of F's ids: a recalled one whose frontier this device does not
       * hold all of (the part it holds), or one built on the checkpoint before (the ids after it).
       */
      partial?: true;
    }
  /** The evidence: the first page that differs (its index) and the hash it should have. */
  | { kind: 'false'; page: number; correct: Uint8Array; why: 'not-closed' | 'too-late' | 'differs' }
  /** `missing`: the first entry of F it looked for and did not hold, when that was why. */
  | { kind: 'unknown'; why: 'no-summary' | 'not-held' | 'no-base'; missing?: EntryIdText };

/** The summary and pages a checkpoint entry signs, as they travel beside it (§7.1). */
export interface SummaryDocument {
  summary: Uint8Array;
  pages: readonly Uint8Array[];
}

export function checkCheckpoint(
  networkId: EntryIdText,
  body: Bodies['checkpoint'],
  document: SummaryDocument | undefined,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  falseCheckpoints?: ReadonlySet<EntryIdText>,
  heldForeign: ReadonlyMap<ForeignKey, ForeignEntry> = new Map(),
  base?: CheckpointBase,
): CheckpointVerdict {
  return runToEnd(checkCheckpointInSteps(networkId, body, document, held, falseCheckpoints, heldForeign, base));
}

/**
 * checkCheckpoint, yielding every few entries of its derivation of F (a page runs it in
 * slices). `base`: this device's true verdict of the checkpoint the entry's `after` names;
 * checkpoint n ≥ 2 is built on it (summaryAfter.ts), and without it cannot be told.
 */
export function* checkCheckpointInSteps(
  networkId: EntryIdText,
  body: Bodies['checkpoint'],
  document: SummaryDocument | undefined,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
  falseCheckpoints?: ReadonlySet<EntryIdText>,
  heldForeign: ReadonlyMap<ForeignKey, ForeignEntry> = new Map(),
  base?: CheckpointBase,
): Steps<CheckpointVerdict> {
  if (!document || !equalBytes(hash(document.summary), body.summary)) return { kind: 'unknown', why: 'no-summary' };
  const read = readSummaryAndPages(document.summary, document.pages);
  if (!read) return { kind: 'unknown', why: 'no-summary' };
  const { summary, sections } = read;
  if (body.after !== null && !base) return { kind: 'unknown', why: 'no-base' };
  const header = { part: summary.part, after: summary.after, until: summary.until };
  const tips = tipsOf(sections);
  const report: { missing?: EntryIdText } = {};
  const found = base
    ? yield* partFrontierOfTipsInSteps(held, tips, base, summary.until, report)
    : yield* frontierOfTipsInSteps(held, tips, summary.until, { report });
  // The peers' entries it says it settled (links): all held, or it cannot be told.
  const foreign = foreignOfSummary(sections.open, heldForeign);
  const frontier = foreign === null && typeof found !== 'string' ? 'not-held' : found;
  // A summary of another network, or not the one its entry says it is, is the signer's own word against itself.
  const mismatch =
    toBase64Url(summary.net) !== networkId ||
    summary.part !== body.part ||
    !(summary.after === null ? body.after === null : body.after !== null && equalBytes(summary.after, body.after));
  if (frontier === 'not-held' && !mismatch)
    return { kind: 'unknown', why: 'not-held', ...(report.missing ? { missing: report.missing } : {}) };
  const dated = [...heldForeign.values()].filter((item) => item.entry.time <= summary.until);
  // What it should have been: the summary of the frontier it names, or else of the largest one held.
  const named = typeof frontier === 'string' ? null : frontier;
  const largest = named
    ? named
    : base
      ? yield* nextFrontierInSteps(held, base, summary.until)
      : yield* checkpointFrontierInSteps(held.values(), summary.until);
  const withForeign = named ? (foreign ?? dated) : dated;
  const own = base
    ? yield* summaryAfterInSteps(networkId, header, base, held, largest, falseCheckpoints, withForeign)
    : yield* summaryOfFrontierInSteps(networkId, header, largest, falseCheckpoints, withForeign);
  // The checkpoint before's carried entries are not all here: nothing to build on yet.
  if (!own) return { kind: 'unknown', why: 'not-held' };
  if (!mismatch && named && equalBytes(own.hash, body.summary)) {
    return {
      kind: 'true',
      holders: coordinatorOrKiosk(own.state),
      quorum: own.state.policy.checkpointQuorum,
      until: summary.until,
      frontier: base && !base.partial ? new Set([...base.frontier, ...named.keys()]) : new Set(named.keys()),
      sections,
      // Built on the one before, its state is not derive(F); on a base whose F is not all
      // known here, F's ids known are those after it.
      ...(base ? (base.partial ? { partial: true as const } : {}) : { history: own.state }),
    };
  }
  let page = 0;
  while (page < own.pages.length && equalBytes(own.pages[page] as Uint8Array, document.pages[page] ?? new Uint8Array()))
    page++;
  const correct = hash(own.pages[Math.min(page, own.pages.length - 1)] as Uint8Array);
  const why = frontier === 'not-closed' || frontier === 'too-late' ? frontier : 'differs';
  return { kind: 'false', page, correct, why };
}

/**
 * The verdict of a summary this device found true in an earlier session (its record keeps
 * the summary it derives across): the pages are read and the frontier found from its tips
 * again, but F is not derived again; null if that cannot be done (then it is checked anew).
 */
export function recalledVerdict(
  body: Bodies['checkpoint'],
  document: SummaryDocument | undefined,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
): CheckpointVerdict | null {
  return runToEnd(recalledVerdictInSteps(body, document, held));
}

/** recalledVerdict, yielding every few entries of F (an archive device holds all of it). */
export function* recalledVerdictInSteps(
  body: Bodies['checkpoint'],
  document: SummaryDocument | undefined,
  held: ReadonlyMap<EntryIdText, VerifiedEntry>,
): Steps<CheckpointVerdict | null> {
  if (!document || !equalBytes(hash(document.summary), body.summary)) return null;
  const read = readSummaryAndPages(document.summary, document.pages);
  if (!read) return null;
  const { summary, sections } = read;
  const tips = tipsOf(sections);
  // Checked before, by this device or the one that handed it on: F need not be here (§7.1).
  const frontier = yield* frontierOfTipsInSteps(held, tips, summary.until, { checked: true, held: 'some' });
  if (typeof frontier === 'string') return null;
  let partial = tips.some((tip) => !frontier.has(tip));
  let done = 0;
  for (const item of frontier.values()) {
    if (partial) break;
    if (++done % entriesPerStep === 0) yield;
    const parent = parentOf(item);
    partial = parent !== null && !frontier.has(parent);
  }
  const holders = new Set(
    sections.members
      .filter(
        (record) =>
          record.status === 'admitted' &&
          (record.roles as string[]).some((role) => role === 'coordinator' || role === 'kiosk'),
      )
      .map((record) => record.key),
  );
  const policy = (sections.network[0] as { policy?: { checkpointQuorum?: number } } | undefined)?.policy;
  // F's ids, in steps too: at four years 128,037 of them.
  const ids = new Set<EntryIdText>();
  for (const id of frontier.keys()) if (ids.add(id).size % entriesPerStep === 0) yield;
  return {
    kind: 'true',
    holders,
    quorum: policy?.checkpointQuorum ?? defaultPolicy.checkpointQuorum,
    until: summary.until,
    frontier: ids,
    sections,
    ...(partial ? { partial: true as const } : {}),
  };
}
