// Whether a WebSocket upgrade may go ahead: under the service's total cap (else 503) and
// under the cap of its address (else 429). An admitted connection gives its place back when
// its socket closes, however it ends.
import type { Duplex } from 'node:stream';
import type { ConnectionsPerAddress } from './ConnectionsPerAddress.ts';
import { securityHeaders } from './securityHeaders.ts';

export interface Admission {
  open: number;
  maxConnections: number;
  perAddress: ConnectionsPerAddress;
  address: string;
}

export function admitConnection(socket: Duplex, admission: Admission): boolean {
  if (admission.open >= admission.maxConnections) {
    refuseUpgrade(socket, 503, 'Service Unavailable');
    return false;
  }
  const release = admission.perAddress.acquire(admission.address);
  if (!release) {
    refuseUpgrade(socket, 429, 'Too Many Requests');
    return false;
  }
  socket.once('close', release);
  return true;
}

/** Answers an upgrade request with a plain HTTP error, headers included, and ends the socket. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  const headers = Object.entries({ ...securityHeaders, Connection: 'close', 'Content-Length': '0' })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n`);
}
