// A member a move-out names pays nothing more across (docs/protocol-links.md §5): the move's
// cut could drop such a payment in the old network while the peer counts it.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import { nextAttestation } from '../../../../src/core/links/carry.ts';
import { idOf, TestNetwork } from '../TestNetwork.ts';
import { attest, crossPay, idOfLink, stateWith, writeLink } from './LinkedNetworks.ts';

describe('paying across while moving out', () => {
  it('our archive does not attest a cross-pay of a member a move-out names', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    writeLink(a, b);
    const bHalf = writeLink(b, a);
    const link = idOfLink(a, b);
    const ans = a.member('Ans');
    const bob = b.member('Bob');
    const post = b.post(bob, { title: 'Fiets maken' });
    const share = b.write(bob, 'post-share', { post: post.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    const away = a.write(ans, 'move-away', { link, name: 'Ans', boxKey: ans.box.publicKey });
    const out = a.write(a.founder, 'move-out', { link, member: ans.signing.publicKey, minutes: 120, cut: a.head(ans) });
    const pay = crossPay(a, ans, link, bob, 100);
    const state = await stateWith(a, b, [bHalf, post, share, attest(b, link, [post, share])]);
    const attested = nextAttestation(state, toBase64Url(link)).body?.entries.map(toBase64Url) ?? [];
    expect(attested).toContain(idOf(away));
    expect(attested).toContain(idOf(out));
    expect(attested).not.toContain(idOf(pay));
  });
});
