// The phase is worked out from a few facts, in one order: closed, then the member room,
// then the join.
import { describe, expect, it } from 'vitest';
import { type PhaseFacts, phaseOf } from '../../../../src/data/session/index.ts';

const base: PhaseFacts = { closed: false, memberRoom: 'none', ownStatus: null, asked: false };

describe('phaseOf', () => {
  it('follows a newcomer from the invite to the board', () => {
    expect(phaseOf(base)).toBe('newcomer');
    expect(phaseOf({ ...base, asked: true })).toBe('waiting');
    expect(phaseOf({ ...base, asked: true, memberRoom: 'opening' })).toBe('member-loading');
    expect(phaseOf({ ...base, memberRoom: 'open', ownStatus: null })).toBe('member');
    expect(phaseOf({ ...base, memberRoom: 'open', ownStatus: 'admitted' })).toBe('member');
  });

  it('says suspended only with the member room open, and closed above all', () => {
    expect(phaseOf({ ...base, memberRoom: 'open', ownStatus: 'suspended' })).toBe('suspended');
    expect(phaseOf({ ...base, memberRoom: 'opening', ownStatus: 'suspended' })).toBe('member-loading');
    expect(phaseOf({ ...base, memberRoom: 'open', ownStatus: 'admitted', closed: true })).toBe('closed');
    expect(phaseOf({ ...base, closed: true })).toBe('closed');
  });
});
