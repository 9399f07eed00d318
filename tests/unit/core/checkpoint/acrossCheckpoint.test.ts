// Issue 20: "a phone that trusted a checkpoint and an archive device derive the same
// balances". Over generated histories with a checkpoint in them, the phone (the pages, the
// carried entries and what came after the frontier) and the archive device (everything)
// judge in the two stages of docs/protocol.md §4.8 and must agree on everything people see;
// where no entry after the frontier needs what the summary closed and no later removal
// reaches back into it, both must also agree with deriving everything in one go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependenciesOf } from '../../../../src/core/checkpoint/dependencies.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { AnyEntry } from '../../../../src/core/entry/Entry.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import { acrossCheckpoint, picture, verified } from './checkpointing.ts';
import { cutHistory, type Step } from './histories.ts';

const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 24 });

describe('a phone that starts from a checkpoint and an archive device', () => {
  it('derive the same balances, members, roles and open objects', () => {
    let compared = 0;
    fc.assert(
      fc.property(steps, steps, (before: Step[], after: Step[]) => {
        const { network, until, now } = cutHistory(before, after);
        const { phone, handedOld, archive, built, later } = acrossCheckpoint(
          network.netId,
          network.entries,
          until,
          now,
        );
        expect(picture(phone)).toEqual(picture(archive));
        // Old entries of F handed to the phone after all count no second time.
        expect(picture(handedOld)).toEqual(picture(archive));

        // Where the checkpoint changes nothing by its own rules, it equals deriving all at once.
        const full = deriveState(network.netId, verified(network.entries), now);
        const open = new Set(built.sections.carried.map((record) => record.key));
        const tips = new Set(
          built.sections.heads.flatMap((record) => (record.tips as { id: string }[]).map((t) => t.id)),
        );
        const needsClosed = later.some((item) => {
          const entry = item.entry as AnyEntry;
          const prev = entry.prev ? toBase64Url(entry.prev) : null;
          if (prev && built.frontier.has(prev) && !tips.has(prev)) return true;
          const named = dependenciesOf(entry);
          return named.some((id) => built.frontier.has(id) && !open.has(id) && !isSeenOrCut(entry, id) && id !== prev);
        });
        const reachesBack = [...built.frontier.keys()].some(
          (id) => full.applied.has(id) !== built.state.applied.has(id),
        );
        if (!needsClosed && !reachesBack) {
          compared++;
          expect(picture(archive)).toEqual(picture(full, until));
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 80) },
    );
    expect(compared).toBeGreaterThan(20);
  }, 600_000);
});

/** Names `id` only as seen, cut or from: an entry of the frontier named there is done, not closed. */
function isSeenOrCut(entry: AnyEntry, id: string): boolean {
  const body = entry.body as Record<string, unknown>;
  return ['seen', 'cut', 'from'].some(
    (field) => Object.hasOwn(body, field) && (body[field] as Uint8Array[]).some((bytes) => toBase64Url(bytes) === id),
  );
}
