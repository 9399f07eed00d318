// The pairing handshake over a link (version 3): commit, key, reveal; both ends show one
// check code, messages are sealed; anything out of order, of the wrong shape or size, or a
// reveal that breaks its commitment ends the pairing with a plain problem.
import { describe, expect, it } from 'vitest';
import { groupCode, normalizeCrockford, randomCrockford } from '../../../src/core/encoding/crockford.ts';
import { type PairingEnd, pairingCommitment, startPairing } from '../../../src/core/pairing.ts';
import { encodePairingMessage, readPairingMessage } from '../../../src/core/pairingMessages.ts';
import { memoryPairingLinks } from '../../../src/sync/MemoryPairingLink.ts';
import { PairingError, type PairingLink } from '../../../src/sync/PairingLink.ts';
import { peerServerOf } from '../../../src/sync/PeerPairing.ts';
import { secureLink } from '../../../src/sync/pairingHandshake.ts';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

describe('pairing codes', () => {
  it('are Crockford base32, grouped for reading, forgiving when typed', () => {
    const code = randomCrockford(8, random);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(groupCode('7K3MQ9XD')).toBe('7K3M-Q9XD');
    expect(normalizeCrockford(' 7k3m-q9xd ')).toBe('7K3MQ9XD');
    expect(normalizeCrockford('oil')).toBe('011');
    expect(normalizeCrockford('7K3U')).toBeNull();
  });

  it("find the PeerJS server beside the page's relay", () => {
    expect(peerServerOf('wss://buurt.example.nl/signal')).toEqual({
      host: 'buurt.example.nl',
      port: 443,
      secure: true,
      path: '/peerjs/',
    });
    expect(peerServerOf('ws://127.0.0.1:4321/signal')).toMatchObject({ host: '127.0.0.1', port: 4321, secure: false });
  });
});

describe('the pairing handshake', () => {
  it('gives both ends the same check code and a sealed channel', async () => {
    const [a, b] = memoryPairingLinks();
    const [left, right] = await Promise.all([secureLink(a), secureLink(b)]);
    expect(left.checkCode).toMatch(/^\d{6}$/);
    expect(left.checkCode).toBe(right.checkCode);
    left.send(new TextEncoder().encode('hallo'));
    expect(new TextDecoder().decode(await right.receive())).toBe('hallo');
    right.send(new TextEncoder().encode('dag'));
    expect(new TextDecoder().decode(await left.receive())).toBe('dag');
  });

  it('sends the three messages in order: commit, key, reveal', async () => {
    const [opener, middle] = memoryPairingLinks();
    const [middle2, answerer] = memoryPairingLinks();
    const seen: string[] = [];
    // A relay that only passes bytes on, and writes down what it saw.
    const pass = async (from: PairingLink, to: PairingLink, kinds: ('commit' | 'key' | 'reveal')[]) => {
      for (const kind of kinds) {
        const bytes = await from.receive();
        expect(readPairingMessage(bytes, kind)).not.toBeNull();
        seen.push(kind);
        to.send(bytes);
      }
    };
    const relayed = (async () => {
      await pass(middle, middle2, ['commit']);
      await pass(middle2, middle, ['key']);
      await pass(middle, middle2, ['reveal']);
    })();
    const [left, right] = await Promise.all([secureLink(opener), secureLink(answerer), relayed]);
    expect(seen).toEqual(['commit', 'key', 'reveal']);
    expect(left.checkCode).toBe(right.checkCode);
  });
});

/** The answerer's secureLink against a hand-driven opener. */
function answererAgainstScript() {
  const [script, answererEnd] = memoryPairingLinks();
  const secured = secureLink(answererEnd);
  secured.catch(() => undefined);
  return {
    script,
    secured,
    closed: () =>
      answererEnd.receive().then(
        () => false,
        () => true,
      ),
  };
}

/** The opener's secureLink against a hand-driven answerer. */
function openerAgainstScript() {
  const [openerEnd, script] = memoryPairingLinks();
  const secured = secureLink(openerEnd);
  secured.catch(() => undefined);
  return { script, secured };
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PairingError) return error.problem;
    throw error;
  }
  return 'none';
}

const commitOf = (end: PairingEnd) =>
  encodePairingMessage({ kind: 'commit', commitment: pairingCommitment(end.keys.publicKey, end.nonce) });
const revealOf = (end: PairingEnd) =>
  encodePairingMessage({ kind: 'reveal', key: end.keys.publicKey, nonce: end.nonce });
const keyOf = (end: PairingEnd) => encodePairingMessage({ kind: 'key', key: end.keys.publicKey, nonce: end.nonce });

describe('the pairing handshake, against a hostile other end', () => {
  it('refuses a reveal that is not what was committed to (wrong commitment)', async () => {
    const { script, secured } = answererAgainstScript();
    const promised = startPairing();
    script.send(commitOf(promised));
    expect(readPairingMessage(await script.receive(), 'key')).not.toBeNull();
    script.send(revealOf(startPairing()));
    expect(await problemOf(secured)).toBe('tampered');
  });

  it('refuses the right key with another nonce', async () => {
    const { script, secured } = answererAgainstScript();
    const promised = startPairing();
    script.send(commitOf(promised));
    await script.receive();
    script.send(revealOf({ ...promised, nonce: startPairing().nonce }));
    expect(await problemOf(secured)).toBe('tampered');
  });

  it('refuses a reveal replayed from an earlier pairing', async () => {
    // The earlier pairing, recorded by whoever carried it.
    const [a, b] = memoryPairingLinks();
    const [c, d] = memoryPairingLinks();
    const recorded: Uint8Array[] = [];
    const carry = async (from: PairingLink, to: PairingLink) => {
      const bytes = await from.receive();
      recorded.push(bytes);
      to.send(bytes);
    };
    await Promise.all([
      secureLink(a),
      secureLink(d),
      (async () => {
        await carry(b, c);
        await carry(c, b);
        await carry(b, c);
      })(),
    ]);
    const oldReveal = recorded[2] as Uint8Array;
    expect(readPairingMessage(oldReveal, 'reveal')).not.toBeNull();
    // Now: a fresh commitment, and the old reveal in answer to the new key.
    const { script, secured } = answererAgainstScript();
    script.send(commitOf(startPairing()));
    await script.receive();
    script.send(oldReveal);
    expect(await problemOf(secured)).toBe('tampered');
  });

  it('refuses a reveal sent again once the handshake is done', async () => {
    const { script, secured } = answererAgainstScript();
    const opener = startPairing();
    script.send(commitOf(opener));
    await script.receive();
    script.send(revealOf(opener));
    const link = await secured;
    script.send(revealOf(opener));
    expect(await problemOf(link.receive())).toBe('refused');
  });

  it('refuses a reveal before the commitment (out of order)', async () => {
    const { script, secured, closed } = answererAgainstScript();
    script.send(revealOf(startPairing()));
    expect(await problemOf(secured)).toBe('refused');
    expect(await closed()).toBe(true);
  });

  it('refuses a second commitment where the reveal belongs (out of order)', async () => {
    const { script, secured } = answererAgainstScript();
    const opener = startPairing();
    script.send(commitOf(opener));
    await script.receive();
    script.send(commitOf(opener));
    expect(await problemOf(secured)).toBe('refused');
  });

  it('sends no key of its own before it has a commitment', async () => {
    const { script, secured } = answererAgainstScript();
    script.send(keyOf(startPairing()));
    expect(await problemOf(secured)).toBe('refused');
    expect(await problemOf(script.receive())).toBe('closed');
  });

  it('the opener refuses a reveal or a commitment where the key belongs (out of order)', async () => {
    for (const wrong of [revealOf, commitOf]) {
      const { script, secured } = openerAgainstScript();
      expect(readPairingMessage(await script.receive(), 'commit')).not.toBeNull();
      script.send(wrong(startPairing()));
      expect(await problemOf(secured)).toBe('refused');
    }
  });

  it('the opener reveals nothing to a key of small order', async () => {
    const { script, secured } = openerAgainstScript();
    await script.receive();
    script.send(encodePairingMessage({ kind: 'key', key: new Uint8Array(32), nonce: startPairing().nonce }));
    expect(await problemOf(secured)).toBe('refused');
    expect(await problemOf(script.receive())).toBe('closed');
  });

  it('the answerer refuses a committed key of small order', async () => {
    const { script, secured } = answererAgainstScript();
    const weak = { ...startPairing(), keys: { secretKey: new Uint8Array(32), publicKey: new Uint8Array(32) } };
    script.send(commitOf(weak));
    await script.receive();
    script.send(revealOf(weak));
    expect(await problemOf(secured)).toBe('refused');
  });

  it('refuses an oversized message, a byte too many, and a version-2 bare key', async () => {
    const opener = startPairing();
    const commit = commitOf(opener);
    const longer = new Uint8Array(commit.length + 1);
    longer.set(commit);
    for (const bytes of [
      new Uint8Array(16 * 1024),
      longer,
      commit.subarray(0, commit.length - 1),
      opener.keys.publicKey,
    ]) {
      const { script, secured } = answererAgainstScript();
      script.send(bytes);
      expect(await problemOf(secured)).toBe('refused');
    }
  });

  it('closes the link on a message the other end did not seal', async () => {
    const [a, b] = memoryPairingLinks();
    const [left] = await Promise.all([secureLink(a), secureLink(b)]);
    b.send(new Uint8Array(64));
    expect(await problemOf(left.receive())).toBe('refused');
  });

  it('refuses a sealed message replayed', async () => {
    const [a, b] = memoryPairingLinks();
    const [middle, b2] = memoryPairingLinks();
    // A relay that passes the handshake on, then sends the first sealed message twice.
    const relayed = (async () => {
      middle.send(await b.receive());
      b.send(await middle.receive());
      middle.send(await b.receive());
      const sealed = await b.receive();
      middle.send(sealed);
      middle.send(sealed);
    })();
    const [left, right] = await Promise.all([secureLink(a), secureLink(b2)]);
    left.send(new Uint8Array([7]));
    await relayed;
    expect(await right.receive()).toEqual(new Uint8Array([7]));
    expect(await problemOf(right.receive())).toBe('refused');
  });
});
