// Our archive device attests our payments and messages only to a member of the peer we know
// (docs/protocol-links.md §4): a flood to keys nobody holds would use up the limit for nothing.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { newIdentity } from '../../../../src/core/Identity.ts';
import { nextAttestation } from '../../../../src/core/links/carry.ts';
import { idOf, TestNetwork } from '../TestNetwork.ts';
import { crossPay, idOfLink, linkIdText, stateWith, writeLink } from './LinkedNetworks.ts';

describe('payments to keys nobody holds', () => {
  it('are not attested, so the limit stays free for honest payments', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    writeLink(a, b);
    const bHalf = writeLink(b, a);
    const link = idOfLink(a, b);
    const id = linkIdText(a, b);
    const mallory = a.member('Mallory');
    const nobody = newIdentity();
    const junk = [crossPay(a, mallory, link, nobody, 300), crossPay(a, mallory, link, nobody, 300)];
    const state = await stateWith(a, b, [bHalf]);
    const next = nextAttestation(state, id);
    const attested = next.body?.entries.map(toBase64Url) ?? [];
    for (const entry of junk) expect(attested).not.toContain(idOf(entry));
    expect(next.held).toEqual([]);
  });
});
