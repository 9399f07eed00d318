import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRelayUrl } from '../../../src/core/InviteLink.ts';
import { defaultRelayText, mostRelays, parseRelayList } from '../../../src/ui/format/relayList.ts';

describe('parseRelayList', () => {
  it('takes one or several addresses, separated by spaces, commas or new lines, each once', () => {
    expect(parseRelayList(' wss://a.example/signal ')).toEqual({ ok: true, relays: ['wss://a.example/signal'] });
    expect(
      parseRelayList(
        'wss://a.example/signal, ws://10.0.0.2:4321/signal\nwss://a.example/signal  wss://b.example/signal',
      ),
    ).toEqual({
      ok: true,
      relays: ['wss://a.example/signal', 'ws://10.0.0.2:4321/signal', 'wss://b.example/signal'],
    });
  });

  it('names the address that is not a relay, and refuses none or too many', () => {
    expect(parseRelayList('wss://a.example/signal https://b.example/')).toEqual({
      ok: false,
      problem: 'bad',
      bad: 'https://b.example/',
    });
    expect(parseRelayList(' , ')).toEqual({ ok: false, problem: 'none' });
    const many = Array.from({ length: mostRelays + 1 }, (_, i) => `wss://r${i}.example/signal`).join(' ');
    expect(parseRelayList(many)).toEqual({ ok: false, problem: 'too-many' });
  });
});

describe('defaultRelayText', () => {
  it('offers every relay the site was built with, else the page’s own', () => {
    expect(defaultRelayText('wss://a.example/signal, bogus ,wss://b.example/signal', 'wss://here/signal')).toBe(
      'wss://a.example/signal wss://b.example/signal',
    );
    expect(defaultRelayText(undefined, 'wss://here/signal')).toBe('wss://here/signal');
  });
});

describe('parseRelayList, for any text typed', () => {
  it('answers with relays that each pass isRelayUrl, or a typed problem, and never throws', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('w', 's', ':', '/', '.', ',', ' ', '\n', 'a', '1', '%', '@', '[', ']', '?', '#'),
        }),
        (text) => {
          const read = parseRelayList(text);
          if (read.ok) {
            expect(read.relays.length).toBeGreaterThan(0);
            expect(read.relays.length).toBeLessThanOrEqual(mostRelays);
            for (const relay of read.relays) expect(isRelayUrl(relay)).toBe(true);
          } else expect(['none', 'bad', 'too-many']).toContain(read.problem);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
