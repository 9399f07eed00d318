// Which address a connection counts under: a client chooses its own X-Forwarded-For, so
// only a proxy on loopback, when the relay is told of it, is believed, and only its hop.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ConnectionsPerAddress } from '../../../src/relay/ConnectionsPerAddress.ts';
import { addressKey, clientAddress, isLoopback } from '../../../src/relay/clientAddress.ts';

function request(remoteAddress: string, forwardedFor?: string | string[]): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('is the socket address when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress(request('198.51.100.4', '203.0.113.1'), false)).toBe('198.51.100.4');
    expect(clientAddress(request('127.0.0.1', '203.0.113.1'), false)).toBe('127.0.0.1');
  });

  it('behind a trusted proxy on loopback, is the last hop', () => {
    expect(clientAddress(request('127.0.0.1', '10.1.1.1, 203.0.113.1'), true)).toBe('203.0.113.1');
    expect(clientAddress(request('::1', '2001:db8::7'), true)).toBe('2001:db8::7');
    expect(clientAddress(request('::ffff:127.0.0.1', ' 203.0.113.2 '), true)).toBe('203.0.113.2');
    expect(clientAddress(request('127.0.0.1', ['10.0.0.1', '203.0.113.3']), true)).toBe('203.0.113.3');
  });

  it('ignores the header from a peer that is not on loopback, even when trusting a proxy', () => {
    expect(clientAddress(request('198.51.100.4', '203.0.113.1'), true)).toBe('198.51.100.4');
  });

  it('keeps the socket address when the last hop is not an address', () => {
    for (const bad of ['', 'unknown', '203.0.113.1, ', '203.0.113.1:443', '<script>']) {
      expect(clientAddress(request('127.0.0.1', bad), true)).toBe('127.0.0.1');
    }
  });

  it('knows loopback', () => {
    expect(['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', '::2', '127.0.0', '::ffff:10.0.0.1', '', '127.0.0.1.evil'].some(isLoopback)).toBe(false);
  });
});

describe('addressKey', () => {
  it('keeps IPv4 as it is, also when mapped into IPv6', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::FFFF:203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const key = addressKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    for (const same of ['2001:db8:1:2:ffff:1:2:3', '2001:0DB8:0001:0002:0:0:0:9', '2001:db8:1:2::5%eth0']) {
      expect(addressKey(same)).toBe(key);
    }
    expect(addressKey('2001:db8:1:3::1')).not.toBe(key);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('64:ff9b::203.0.113.9')).toBe('64:ff9b:0:0::/64');
  });
});

describe('ConnectionsPerAddress', () => {
  it('gives each address its cap and takes places back once', () => {
    const caps = new ConnectionsPerAddress(2);
    const a1 = caps.acquire('203.0.113.1');
    const a2 = caps.acquire('::ffff:203.0.113.1');
    expect(a1 && a2).toBeTruthy();
    expect(caps.acquire('203.0.113.1')).toBeNull();
    expect(caps.acquire('203.0.113.2')).not.toBeNull();
    a1?.();
    a1?.(); // a second release of the same place changes nothing
    expect(caps.acquire('203.0.113.1')).not.toBeNull();
    expect(caps.acquire('203.0.113.1')).toBeNull();
    expect(caps.addresses).toBe(2);
  });

  it('counts a whole IPv6 /64 as one address', () => {
    const caps = new ConnectionsPerAddress(2);
    expect(caps.acquire('2001:db8::1')).not.toBeNull();
    expect(caps.acquire('2001:db8::2')).not.toBeNull();
    expect(caps.acquire('2001:db8::3')).toBeNull();
    expect(caps.acquire('2001:db8:0:1::3')).not.toBeNull();
  });
});
