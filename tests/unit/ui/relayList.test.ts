import { describe, expect, it } from 'vitest';
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
