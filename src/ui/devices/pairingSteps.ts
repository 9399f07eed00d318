// The pairing link as the pages use it: this site's relay, PeerPairing, the handshake, and
// each problem in plain words. PeerJS (with its WebRTC adapter, about 24 KiB gzipped) and
// the handshake load when a pairing starts, not with the page that offers it.
import { groupCode } from '../../core/encoding/crockford.ts';
import { PairingError } from '../../sync/PairingLink.ts';
import type { SecureLink } from '../../sync/pairingHandshake.ts';
import { signallingUrls } from '../../sync/signallingUrls.ts';
import { t } from '../i18n.ts';

export type { SecureLink };

/** The relay every page of this site pairs through: the one it was built with, else its own. */
function pairingRelay(): string {
  return signallingUrls([], import.meta.env.PUBLIC_BUURTRUIL_RELAY, new URL(location.href))[0] ?? '';
}

/** PeerJS and the handshake, loaded on first use. */
export async function pairingCode(): Promise<{
  PeerPairing: typeof import('../../sync/PeerPairing.ts').PeerPairing;
  secureLink: typeof import('../../sync/pairingHandshake.ts').secureLink;
}> {
  const [{ PeerPairing }, { secureLink }] = await Promise.all([
    import('../../sync/PeerPairing.ts'),
    import('../../sync/pairingHandshake.ts'),
  ]);
  return { PeerPairing, secureLink };
}

/** This device shows a code; resolves with the link once the other device connected. */
export async function showCode(
  onCode: (code: string) => void,
  onClose: (close: () => void) => void,
): Promise<SecureLink> {
  const { PeerPairing, secureLink } = await pairingCode();
  const pairing = await PeerPairing.host(pairingRelay());
  onClose(() => pairing.close());
  onCode(pairing.code);
  await pairing.connected;
  return secureLink(pairing);
}

/** This device typed the other one's code. */
export async function typeCode(typed: string, onClose: (close: () => void) => void): Promise<SecureLink> {
  const { PeerPairing, secureLink } = await pairingCode();
  const pairing = await PeerPairing.guest(pairingRelay(), typed);
  onClose(() => pairing.close());
  return secureLink(pairing);
}

export function shownCode(code: string): string {
  return groupCode(code);
}

/**
 * A pairing that ended, in plain words: each problem of the link its own line; anything
 * else (a message that did not read, a store that failed) is logged with its cause and
 * said as `otherwise`.
 */
export function pairingProblem(error: unknown, otherwise?: string): string {
  if (error instanceof PairingError) {
    if (error.problem === 'unknown-code') return t('device.problem.unknownCode');
    if (error.problem === 'unreachable') return t('device.problem.unreachable');
    if (error.problem === 'refused') return t('device.problem.refused');
    if (error.problem === 'tampered') return t('device.problem.tampered');
    return t('device.problem.closed');
  }
  console.error('pairing failed:', error);
  return otherwise ?? t('device.problem.closed');
}

/** Waits (a while) for the other device to close the link once it has what it needs. */
export async function untilOtherEndCloses(link: SecureLink, ms = 30_000): Promise<void> {
  const timer = new Promise<void>((resolve) => setTimeout(resolve, ms));
  await Promise.race([link.receive().then(undefined, () => undefined), timer]);
  link.close();
}
