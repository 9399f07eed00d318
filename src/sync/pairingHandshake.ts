// The first steps on a pairing link, the same for every kind of pairing (a new device, a
// member moved to a new key, the kiosk): commit, answer, reveal (src/core/pairingMessages.ts),
// then both ends show the check code (the person compares the two screens), and from then
// on every message is sealed with the keys both ends derived (src/core/pairing.ts).
//
//   opener (A, typed the code)              answerer (B, shows the code)
//   ── commit = H(keyA, nonceA) ─────────▶
//   ◀──────────────────── keyB, nonceB ──
//   ── keyA, nonceA ─────────────────────▶  B checks them against the commitment
//   both: check code from keyA, keyB, nonceA, nonceB
//
// Nothing secret is sent before the person confirmed the codes. Any message that is not the
// one expected next, exactly, ends the pairing: 'refused', or 'tampered' when A's key is not
// the one it committed to.
import { isValidBoxKey } from '../core/crypto/sealedBox.ts';
import { equalBytes } from '../core/encoding/canonical.ts';
import {
  type PairingEnd,
  type PairingTranscript,
  pairingChannel,
  pairingCheckCode,
  pairingCommitment,
  startPairing,
} from '../core/pairing.ts';
import { encodePairingMessage, type PairingMessageKind, readPairingMessage } from '../core/pairingMessages.ts';
import { PairingError, type PairingLink } from './PairingLink.ts';

export interface SecureLink {
  /** Six digits; the same on both screens exactly when nobody sits in between. */
  checkCode: string;
  send(plaintext: Uint8Array): void;
  /** The next message, opened; rejects with a PairingError if it is not the next one the other end sealed. */
  receive(): Promise<Uint8Array>;
  /** 32 secret bytes both ends derive alike for `context` (src/core/pairing.ts): e.g. two networks' link secret. */
  exportSecret(context: Uint8Array): Uint8Array;
  close(): void;
}

export async function secureLink(link: PairingLink): Promise<SecureLink> {
  const end = startPairing();
  try {
    const transcript = link.side === 'opener' ? await open(link, end) : await answer(link, end);
    const channel = pairingChannel(end, link.side, transcript);
    if (!channel) throw new PairingError('refused');
    return {
      checkCode: pairingCheckCode(transcript),
      send: (plaintext) => link.send(channel.seal(plaintext)),
      receive: async () => {
        const opened = channel.open(await link.receive());
        if (!opened) {
          link.close();
          throw new PairingError('refused');
        }
        return opened;
      },
      exportSecret: (context) => channel.exportSecret(context),
      close: () => link.close(),
    };
  } catch (error) {
    link.close();
    throw error instanceof PairingError ? error : new PairingError('closed');
  }
}

/** A: commits, hears B's key, then reveals its own. */
async function open(link: PairingLink, end: PairingEnd): Promise<PairingTranscript> {
  const mine = end.keys.publicKey;
  link.send(encodePairingMessage({ kind: 'commit', commitment: pairingCommitment(mine, end.nonce) }));
  const theirs = await next(link, 'key');
  if (!isValidBoxKey(theirs.key)) throw new PairingError('refused');
  link.send(encodePairingMessage({ kind: 'reveal', key: mine, nonce: end.nonce }));
  return { keyA: mine, nonceA: end.nonce, keyB: theirs.key, nonceB: theirs.nonce };
}

/** B: hears A's commitment, answers with its key, and holds A to what it committed to. */
async function answer(link: PairingLink, end: PairingEnd): Promise<PairingTranscript> {
  const { commitment } = await next(link, 'commit');
  link.send(encodePairingMessage({ kind: 'key', key: end.keys.publicKey, nonce: end.nonce }));
  const theirs = await next(link, 'reveal');
  if (!equalBytes(pairingCommitment(theirs.key, theirs.nonce), commitment)) throw new PairingError('tampered');
  return { keyA: theirs.key, nonceA: theirs.nonce, keyB: end.keys.publicKey, nonceB: end.nonce };
}

async function next<K extends PairingMessageKind>(link: PairingLink, kind: K) {
  const message = readPairingMessage(await link.receive(), kind);
  if (!message) throw new PairingError('refused');
  return message;
}
