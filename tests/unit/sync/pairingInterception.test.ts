// Issue 19, hole 3: whoever carries a pairing link (the relay's PeerJS server, anyone on the
// path) sits in the middle and grinds key pairs of its own until both screens show the same
// six digits. Against the handshake of version 2 (each end sent its key at once) that takes
// about a thousand key pairs; against version 3 the attacker must commit before it sees the
// other end's key, and grinding afterwards buys nothing: it still has one chance in a million.
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { type BoxKeyPair, newBoxKeyPair } from '../../../src/core/crypto/sealedBox.ts';
import { type PairingEnd, pairingCheckCode, pairingCommitment, startPairing } from '../../../src/core/pairing.ts';
import { encodePairingMessage, readPairingMessage } from '../../../src/core/pairingMessages.ts';
import { memoryPairingLinks } from '../../../src/sync/MemoryPairingLink.ts';
import type { PairingError, PairingLink } from '../../../src/sync/PairingLink.ts';
import { secureLink } from '../../../src/sync/pairingHandshake.ts';

/** More key pairs than the attack on version 2 ever needs (it needs about a thousand). */
const budget = 3000;
/** The attacker's key pairs, made once: making them is most of the attack's cost. */
const pool: BoxKeyPair[] = Array.from({ length: budget }, newBoxKeyPair);

// --- Version 2, as it was (src/core/pairing.ts and src/sync/pairingHandshake.ts before v3) ---

function v2CheckCode(mine: Uint8Array, theirs: Uint8Array): string {
  const [low, high] = Buffer.compare(mine, theirs) <= 0 ? [mine, theirs] : [theirs, mine];
  const digest = sha256(new Uint8Array([...new TextEncoder().encode('buurtruil pairing v2'), ...low, ...high]));
  const number = new DataView(digest.buffer, digest.byteOffset).getUint32(0) % 1_000_000;
  return number.toString().padStart(6, '0');
}

/** One end of a version-2 handshake: send the key at once, take the other's. */
async function v2Handshake(link: PairingLink): Promise<{ checkCode: string; theirs: Uint8Array }> {
  const keys = newBoxKeyPair();
  link.send(keys.publicKey);
  const theirs = await link.receive();
  return { checkCode: v2CheckCode(keys.publicKey, theirs), theirs };
}

/** The attacker between A and B in version 2: both keys first, then a search for two of its own. */
async function v2Attacker(towardA: PairingLink, towardB: PairingLink): Promise<{ tried: number; sent: BoxKeyPair[] }> {
  const [keyA, keyB] = await Promise.all([towardA.receive(), towardB.receive()]);
  const codesWithA = new Map<string, BoxKeyPair>();
  const codesWithB = new Map<string, BoxKeyPair>();
  for (let tried = 1; tried <= 20_000; tried++) {
    const mine = pool[tried - 1] ?? newBoxKeyPair();
    const withA = v2CheckCode(keyA, mine.publicKey);
    const withB = v2CheckCode(keyB, mine.publicKey);
    codesWithA.set(withA, mine);
    codesWithB.set(withB, mine);
    const forB = codesWithB.get(withA);
    const forA = codesWithA.get(withB);
    const [toA, toB] = forB ? [mine, forB] : forA ? [forA, mine] : [null, null];
    if (toA && toB) {
      towardA.send(toA.publicKey);
      towardB.send(toB.publicKey);
      return { tried, sent: [toA, toB] };
    }
  }
  throw new Error('no match');
}

describe('a relay in the middle of a pairing', () => {
  it('version 2: grinds its own key pairs until both screens show the same digits', async () => {
    const [a, attackerToA] = memoryPairingLinks();
    const [attackerToB, b] = memoryPairingLinks();
    const [phone, laptop, attack] = await Promise.all([
      v2Handshake(a),
      v2Handshake(b),
      v2Attacker(attackerToA, attackerToB),
    ]);
    // Both people see the same six digits and say "yes"...
    expect(phone.checkCode).toBe(laptop.checkCode);
    // ...yet each device paired with a key the attacker holds the secret of.
    expect(phone.theirs).toEqual(attack.sent[0]?.publicKey);
    expect(laptop.theirs).toEqual(attack.sent[1]?.publicKey);
    expect(attack.tried).toBeLessThanOrEqual(20_000);
  });

  it('version 3: the same grinding, in 20 pairings, never makes both screens match', async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const [a, attackerToA] = memoryPairingLinks();
      const [attackerToB, b] = memoryPairingLinks();
      const [phone, laptop] = await Promise.allSettled([
        secureLink(a),
        secureLink(b),
        v3Attacker(attackerToA, attackerToB, attempt),
      ]);
      if (phone.status !== 'fulfilled') throw phone.reason;
      // Either B refused a key that was not the one committed to (if the search found one,
      // about 0.3% a pairing), or the two screens show different digits.
      if (laptop.status === 'rejected') expect((laptop.reason as PairingError).problem).toBe('tampered');
      else expect(phone.value.checkCode).not.toBe(laptop.value.checkCode);
    }
  });

  it('version 3: a relay that passes on the commitment and reveals a key of its own is refused', async () => {
    const [a, attackerToA] = memoryPairingLinks();
    const [attackerToB, b] = memoryPairingLinks();
    const attack = (async () => {
      // A's commitment goes on to B unchanged: the relay cannot know yet what it hides.
      attackerToB.send(await attackerToA.receive());
      const fromB = readPairingMessage(await attackerToB.receive(), 'key');
      if (!fromB) throw new Error('no key');
      const own = startPairing();
      attackerToA.send(encodePairingMessage({ kind: 'key', key: own.keys.publicKey, nonce: own.nonce }));
      // A reveals; the relay would now read A, and shows B its own key in A's place.
      expect(readPairingMessage(await attackerToA.receive(), 'reveal')).not.toBeNull();
      attackerToB.send(encodePairingMessage({ kind: 'reveal', key: own.keys.publicKey, nonce: own.nonce }));
    })();
    const [, laptop] = await Promise.allSettled([secureLink(a), secureLink(b), attack]);
    expect(laptop.status).toBe('rejected');
    expect(laptop.status === 'rejected' && (laptop.reason as PairingError).problem).toBe('tampered');
  });
});

/**
 * The best the attacker can do in version 3. Toward A it answers as B (its key cannot depend
 * on A's, which is hidden in the commitment) and learns A's digits. Toward B it must commit as
 * A before B says anything; once B's key is there it searches its whole pool for a key and
 * nonce that would give A's digits. If one turns up it reveals that (and B refuses it: not
 * what was committed to); else it reveals what it committed to.
 */
async function v3Attacker(towardA: PairingLink, towardB: PairingLink, attempt: number): Promise<void> {
  const committed: PairingEnd = { keys: pool[attempt] ?? newBoxKeyPair(), nonce: startPairing().nonce };
  const asB: PairingEnd = { keys: pool[budget - 1 - attempt] ?? newBoxKeyPair(), nonce: startPairing().nonce };
  towardB.send(
    encodePairingMessage({ kind: 'commit', commitment: pairingCommitment(committed.keys.publicKey, committed.nonce) }),
  );
  if (!readPairingMessage(await towardA.receive(), 'commit')) throw new Error('no commit');
  towardA.send(encodePairingMessage({ kind: 'key', key: asB.keys.publicKey, nonce: asB.nonce }));
  const fromA = readPairingMessage(await towardA.receive(), 'reveal');
  const fromB = readPairingMessage(await towardB.receive(), 'key');
  if (!fromA || !fromB) throw new Error('no keys');
  const digitsOfA = pairingCheckCode({
    keyA: fromA.key,
    keyB: asB.keys.publicKey,
    nonceA: fromA.nonce,
    nonceB: asB.nonce,
  });
  let reveal = committed;
  for (const keys of pool) {
    const candidate = { keys, nonce: committed.nonce };
    const digits = pairingCheckCode({
      keyA: keys.publicKey,
      keyB: fromB.key,
      nonceA: candidate.nonce,
      nonceB: fromB.nonce,
    });
    if (digits === digitsOfA) {
      reveal = candidate;
      break;
    }
  }
  towardB.send(encodePairingMessage({ kind: 'reveal', key: reveal.keys.publicKey, nonce: reveal.nonce }));
}
