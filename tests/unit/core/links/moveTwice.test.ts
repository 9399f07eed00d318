// A member moves out along one link only (docs/protocol-links.md §5): a second move-out on
// another link is refused, or the one balance would be paid into both peers.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { nextAttestation } from '../../../../src/core/links/carry.ts';
import { moveRequests } from '../../../../src/data/links/index.ts';
import { idOf, TestNetwork } from '../TestNetwork.ts';
import { attest, foreignRecords, idOfLink, ledgerWith, writeLink } from './LinkedNetworks.ts';

function moveIn(net: TestNetwork, link: Uint8Array, record: Uint8Array, ans: ReturnType<TestNetwork['member']>) {
  return net.write(net.founder, 'move-in', {
    link,
    record,
    member: ans.signing.publicKey,
    boxKey: ans.box.publicKey,
    name: 'Ans',
    area: '',
    epoch: 0,
    secret: null,
  });
}

describe('one member, two links', () => {
  it('refuses the second move-out, so the balance arrives in one peer only', async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const c = new TestNetwork({ name: 'Dapper' });
    writeLink(a, b);
    const baHalf = writeLink(b, a);
    writeLink(a, c);
    const caHalf = writeLink(c, a);
    const lab = idOfLink(a, b);
    const lac = idOfLink(a, c);
    const ans = a.member('Ans');
    a.write(ans, 'move-away', { link: lab, name: 'Ans', boxKey: ans.box.publicKey });
    a.write(ans, 'move-away', { link: lac, name: 'Ans', boxKey: ans.box.publicKey });
    // Two coordinators, each seeing only its own request, both agree.
    const outB = a.write(a.founder, 'move-out', {
      link: lab,
      member: ans.signing.publicKey,
      minutes: 120,
      cut: a.head(ans),
    });
    const outC = a.write(a.founder, 'move-out', {
      link: lac,
      member: ans.signing.publicKey,
      minutes: 120,
      cut: a.head(ans),
    });
    const inB = moveIn(b, lab, outB.id, ans);
    const inC = moveIn(c, lac, outC.id, ans);
    const b1 = attest(b, lab, [inB]);
    const c1 = attest(c, lac, [inC]);
    const ledgerA = await ledgerWith(a, b, [baHalf, inB, b1]);
    await ledgerA.addForeign(foreignRecords(c, [caHalf, inC, c1]));
    const stateA = ledgerA.state;
    expect([...stateA.rejected.values()].map((r) => r.reason)).toContain('already-decided');
    // What Oosterpark attests follows what it counts: the refused move-out never reaches its peer.
    const refused = [outB, outC].filter((out) => !stateA.applied.has(idOf(out)));
    expect(refused).toHaveLength(1);
    const attests = [lab, lac].flatMap(
      (l) => nextAttestation(stateA, toBase64Url(l)).body?.entries.map(toBase64Url) ?? [],
    );
    expect(attests).not.toContain(idOf(refused[0] as SignedEntry));
  });

  it("drops the member's other ask from the coordinator's list once one move-out names them", async () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const c = new TestNetwork({ name: 'Dapper' });
    writeLink(a, b);
    writeLink(a, c);
    const baHalf = writeLink(b, a);
    const caHalf = writeLink(c, a);
    const lab = idOfLink(a, b);
    const lac = idOfLink(a, c);
    const ans = a.member('Ans');
    a.write(ans, 'move-away', { link: lab, name: 'Ans', boxKey: ans.box.publicKey });
    a.write(ans, 'move-away', { link: lac, name: 'Ans', boxKey: ans.box.publicKey });
    const ledgerA = await ledgerWith(a, b, [baHalf]);
    await ledgerA.addForeign(foreignRecords(c, [caHalf]));
    expect(moveRequests(ledgerA.state)).toHaveLength(1);
    a.write(a.founder, 'move-out', { link: lab, member: ans.signing.publicKey, minutes: 0, cut: a.head(ans) });
    const later = await ledgerWith(a, b, [baHalf]);
    await later.addForeign(foreignRecords(c, [caHalf]));
    expect(moveRequests(later.state)).toEqual([]);
  });
});
