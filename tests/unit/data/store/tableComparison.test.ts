// The view compared with the state: rows made of history below a counting checkpoint stay,
// though the state starts after it — a group record's part rows ("<record>.<n>") too.
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../../src/core/state/emptyState.ts';
import type { CheckpointBase } from '../../../../src/core/state/NetworkState.ts';
import { compareTables, type TableName } from '../../../../src/data/store/tableComparison.ts';

describe('comparing the view with the state', () => {
  it('keeps the rows made of entries below a counting checkpoint, the parts of a group record too', async () => {
    const state = emptyState('net');
    state.checkpoint = { settled: (id: string) => id === 'below' } as unknown as CheckpointBase;
    const rows = new Map(['below', 'below.0', 'below.1', 'after', 'after.0'].map((key) => [key, '{}']));
    const written = new Map<TableName, Map<string, string>>([['transfers', rows]]);
    const { remove } = await compareTables(written, state, new Map(), undefined);
    expect(remove.transfers.sort()).toEqual(['after', 'after.0']);
  });
});
