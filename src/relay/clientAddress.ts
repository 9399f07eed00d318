// Under which address a connection counts against the per-address caps. The socket's own
// peer address, unless the relay was told it runs behind a reverse proxy on this machine
// (--trust-proxy): then the last X-Forwarded-For hop, the one that proxy added itself.
// Earlier hops are whatever the client chose to send, so they are never read.
import type { IncomingMessage } from 'node:http';
import { isIP, isIPv4 } from 'node:net';

export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const peer = request.socket.remoteAddress ?? '';
  if (!trustProxy || !isLoopback(peer)) return peer;
  // Node joins repeated X-Forwarded-For headers with ", ": the last hop stays last.
  const header = request.headers['x-forwarded-for'];
  const lastHop = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').at(-1)?.trim() ?? '';
  return isIP(lastHop) ? lastHop : peer;
}

export function isLoopback(address: string): boolean {
  const v4 = unmapIPv4(address);
  return v4.startsWith('127.') ? isIPv4(v4) : address === '::1';
}

/**
 * The key the caps count by: an IPv4 address as it is, an IPv6 address by its /64 prefix,
 * because one IPv6 host usually holds a whole /64 and could take a fresh address for
 * every connection.
 */
export function addressKey(address: string): string {
  const plain = unmapIPv4(address.split('%')[0] ?? '');
  if (isIPv4(plain)) return plain;
  const groups = expandIPv6(plain);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : plain;
}

function unmapIPv4(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** The eight groups of an IPv6 address, lower case without leading zeros; null if it is not one. */
function expandIPv6(address: string): string[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes two groups.
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const front = head ? head.split(':') : [];
  const back = rest ? rest.split(':') : [];
  const missing = rest === undefined ? 0 : 8 - front.length - back.length;
  const groups = [...front, ...Array<string>(missing).fill('0'), ...back];
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
