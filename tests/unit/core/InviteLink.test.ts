import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/core/entry/checkBody.ts';
import { formatInvite, parseInvite } from '../../../src/core/InviteLink.ts';

const invite = {
  net: crypto.getRandomValues(new Uint8Array(20)),
  lobbySecret: crypto.getRandomValues(new Uint8Array(32)),
  relays: ['wss://buurthuis.example.nl/signal'],
};

describe('InviteLink', () => {
  it('round-trips through the fragment', () => {
    expect(parseInvite(formatInvite(invite))).toEqual({ kind: 'invite', invite });
  });

  it('says "none" for a page without an invite', () => {
    expect(parseInvite('')).toEqual({ kind: 'none' });
    expect(parseInvite('#top')).toEqual({ kind: 'none' });
  });

  it('says "damaged" for a truncated, mistyped or tampered link', () => {
    const good = formatInvite(invite);
    const bad = [
      good.slice(0, 40),
      good.replace(/net=./, (m) => (m.endsWith('A') ? 'net=B' : 'net=A')),
      good.replace(/check=[^&]+/, 'check=AAAAAAAA'),
      good.replace('wss%3A%2F%2Fbuurthuis', 'wss%3A%2F%2Fevil'),
      good.replace(/relay=[^&]+/, 'relay=http%3A%2F%2Fevil.example'),
      good.replace(/&check=[^&]+/, ''),
    ];
    for (const fragment of bad) expect(parseInvite(fragment), fragment).toEqual({ kind: 'damaged' });
  });
});

describe('checkBody', () => {
  const post = {
    kind: 'request' as const,
    title: 'Hulp bij de tuin',
    text: '',
    category: 'tuin',
    area: 'Oost',
    minutes: 60,
    expires: 0,
    viaCoordinator: false,
  };

  it('names the field that is wrong and its limits', () => {
    expect(checkBody('post', post)).toBeNull();
    expect(checkBody('post', { ...post, title: '' })).toMatchObject({ field: 'title', problem: 'too-short', min: 1 });
    expect(checkBody('post', { ...post, text: 'x'.repeat(2001) })).toMatchObject({
      field: 'text',
      problem: 'too-long',
      max: 2000,
    });
    const transfer = { to: new Uint8Array(32), minutes: 0, what: '', post: null, proposal: null };
    expect(checkBody('transfer', transfer)).toMatchObject({ field: 'minutes', problem: 'range', min: 1, max: 1440 });
    expect(checkBody('transfer', { ...transfer, minutes: -30 })).toMatchObject({ field: 'minutes' });
    expect(checkBody('transfer', { ...transfer, minutes: 1441 })).toMatchObject({ field: 'minutes' });
  });
});
