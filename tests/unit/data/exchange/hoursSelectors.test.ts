// What a member's hours add up to, fed plain rows: the member's own page and the kiosk say
// the same about one balance (the kiosk once said "even" for any balance of 0 or more).
import { describe, expect, it } from 'vitest';
import { movableMembers } from '../../../../src/data/devices/index.ts';
import { balanceStanding, hoursTotals, olderHoursElsewhere, slipPayees } from '../../../../src/data/exchange/index.ts';
import type { MemberRow, TransferRow } from '../../../../src/data/store/index.ts';

function transfer(from: string, to: string, minutes: number, reversed = false): TransferRow {
  return {
    id: `${from}-${to}-${minutes}`,
    from,
    to,
    parties: [from, to],
    minutes,
    what: '',
    post: null,
    time: 0,
    reversed,
    reverseReason: null,
  };
}

function member(key: string, fields: Partial<MemberRow> = {}): MemberRow {
  return {
    key,
    status: 'admitted',
    roles: [],
    name: key,
    area: '',
    offers: [],
    words: '',
    balance: 0,
    given: 0,
    received: 0,
    welcome: 0,
    admittedAt: 0,
    languages: [],
    paused: false,
    perWeek: 0,
    enrolled: false,
    ...fields,
  };
}

describe('balanceStanding', () => {
  it('is ahead above zero, behind below, even at zero', () => {
    expect(balanceStanding(60)).toBe('ahead');
    expect(balanceStanding(1)).toBe('ahead');
    expect(balanceStanding(0)).toBe('even');
    expect(balanceStanding(-1)).toBe('behind');
    expect(balanceStanding(-120)).toBe('behind');
  });
});

describe('hoursTotals', () => {
  it('counts helping and being helped from transfers, not what was reversed', () => {
    const transfers = [transfer('A', 'me', 60), transfer('me', 'B', 30), transfer('A', 'me', 90, true)];
    expect(hoursTotals(transfers, 'me')).toEqual({ helped: 60, gotHelp: 30 });
  });

  it('is nothing for someone without transfers, or for transfers between others', () => {
    expect(hoursTotals([], 'me')).toEqual({ helped: 0, gotHelp: 0 });
    expect(hoursTotals([transfer('A', 'B', 60)], 'me')).toEqual({ helped: 0, gotHelp: 0 });
  });
});

describe('olderHoursElsewhere', () => {
  const until = Date.UTC(2026, 8, 30, 23, 59, 59, 999);
  const at = (time: number) => ({ ...transfer('a', 'b', 30), time });
  it('is the checkpoint’s date on a device that holds none of the member’s hours up to it', () => {
    expect(olderHoursElsewhere(until, [at(until + 1)], until - 1000)).toBe(until);
    expect(olderHoursElsewhere(until, [], 0)).toBe(until);
  });
  it('is nothing where the hours are here, for a member admitted after it, or without a checkpoint', () => {
    expect(olderHoursElsewhere(until, [at(until)], 0)).toBeNull();
    expect(olderHoursElsewhere(until, [], until + 1)).toBeNull();
    expect(olderHoursElsewhere(until, [], null)).toBeNull();
    expect(olderHoursElsewhere(undefined, [], 0)).toBeNull();
    expect(olderHoursElsewhere(Number.NEGATIVE_INFINITY, [], 0)).toBeNull();
  });
});

describe('slipPayees', () => {
  it('is admitted neighbours other than the card member, never a kiosk', () => {
    const members = [
      member('me'),
      member('anna'),
      member('kiosk', { roles: ['kiosk'] }),
      member('dina', { status: 'suspended' }),
      member('new', { status: 'pending' }),
    ];
    expect(slipPayees(members, 'me').map((m) => m.key)).toEqual(['anna']);
  });
});

describe('movableMembers', () => {
  it('is admitted or paused neighbours other than the coordinator, by name', () => {
    const members = [
      member('c', { name: 'Carla' }),
      member('b', { name: 'Bram' }),
      member('d', { name: 'Dina', status: 'suspended' }),
      member('x', { name: 'Ans', status: 'pending' }),
      member('y', { name: 'Aart', status: 'declined' }),
    ];
    expect(movableMembers(members, 'c').map((m) => m.name)).toEqual(['Bram', 'Dina']);
  });
});
