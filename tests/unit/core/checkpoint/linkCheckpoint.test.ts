// Links in a checkpoint (docs/protocol-links.md §8, protocol.md §4.8): a device that starts
// from a checkpoint taken anywhere in a history with a link, payments both ways, both
// sides' attestations and an end derives the same balances, clearing accounts and link as
// a device that derives the whole history; a checkpoint that changes a clearing account is
// found false by every device that holds the frontier and the peer's entries it settled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCheckpoint } from '../../../../src/core/checkpoint/checkCheckpoint.ts';
import { paginate, readPages, readSummary } from '../../../../src/core/checkpoint/pages.ts';
import { stateFromCheckpoint } from '../../../../src/core/checkpoint/stateFromCheckpoint.ts';
import { checkpointSummary } from '../../../../src/core/checkpoint/summary.ts';
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../../src/core/Identity.ts';
import { foreignKey } from '../../../../src/core/links/crossingTypes.ts';
import type { ForeignEntry } from '../../../../src/core/links/LinkState.ts';
import { linkTotals } from '../../../../src/core/links/statements.ts';
import { deriveState } from '../../../../src/core/state/deriveState.ts';
import type { NetworkState, VerifiedEntry } from '../../../../src/core/state/NetworkState.ts';
import { stepsOf } from '../../../../src/core/state/steps.ts';
import { attest, idOfLink, linkIdText, sumOfAccounts, terms, writeLink } from '../links/LinkedNetworks.ts';
import { bodyOf, idOf, keyOf, TestNetwork } from '../TestNetwork.ts';
import { verified } from './checkpointing.ts';

/** A's entries as B keeps them, and the other way round. */
function foreignOf(from: TestNetwork, entries: readonly SignedEntry[]): ForeignEntry[] {
  return entries.map((e) => ({ key: foreignKey(from.net, e.id), peer: from.netId, idText: idOf(e), entry: e.entry }));
}

type Step = [kind: number, minutes: number];

/**
 * Oosterpark (A) and Transvaal (B), linked; then steps: Ans pays Bob or Bob pays Ans, one
 * side attests what it has not yet (each attestation after its side's last), or one side
 * ends the link. The clocks go together, so "dated ≤ until" means the same on both sides.
 * Returns the moment after each step.
 */
function history(steps: readonly Step[]) {
  const a = new TestNetwork({ name: 'Oosterpark' });
  const b = new TestNetwork({ name: 'Transvaal' });
  const together = () => {
    const now = Math.max(a.clock, b.clock);
    a.clock = now;
    b.clock = now;
    return now;
  };
  const ans = a.member('Ans');
  const bob = b.member('Bob');
  together();
  const limit = { ...terms, limit: 240 };
  const link = idOfLink(a, b, limit);
  const moments = [together()];
  writeLink(a, b, { terms: limit });
  writeLink(b, a, { terms: limit });
  moments.push(together());
  const sides = [
    {
      net: a,
      payer: ans,
      to: bob,
      pays: [] as SignedEntry[],
      last: null as SignedEntry | null,
      done: new Set<string>(),
    },
    {
      net: b,
      payer: bob,
      to: ans,
      pays: [] as SignedEntry[],
      last: null as SignedEntry | null,
      done: new Set<string>(),
    },
  ];
  let ended = false;
  for (const [kind, minutes] of steps) {
    const side = sides[kind % 2] as (typeof sides)[number];
    const other = sides[(kind + 1) % 2] as (typeof sides)[number];
    const action = Math.floor(kind / 2) % 4;
    if (action <= 1) {
      const pay = side.net.write(side.payer as Identity, 'cross-pay', {
        link,
        to: (side.to as Identity).signing.publicKey,
        minutes: 1 + (minutes % 120),
        what: 'Klus',
        post: null,
      });
      side.pays.push(pay);
    } else if (action === 2) {
      const fresh = [...side.pays, ...other.pays].filter((pay) => !side.done.has(idOf(pay)));
      if (fresh.length > 0) {
        for (const pay of fresh) side.done.add(idOf(pay));
        side.last = attest(side.net, link, fresh, { after: side.last ? [side.last] : [] });
      }
    } else if (!ended) {
      ended = true;
      side.net.write(side.net.founder, 'link-end', {
        link,
        last: side.last ? [side.last.id] : [],
        reason: 'Klaar',
      });
    }
    moments.push(together());
  }
  return { a, b, link, id: linkIdText(a, b, limit), moments };
}

/** What people and coordinators see of a network and its link. */
function linkPicture(state: NetworkState, id: string) {
  const link = state.links.get(id);
  const totals = link ? linkTotals(link) : null;
  return {
    balances: [...state.members.values()].map((m) => [m.key, m.balance, m.given, m.received]).sort(),
    clearing: [...state.clearing].sort(),
    sum: sumOfAccounts(state),
    link: link && {
      open: link.open,
      ended: [link.ended.own?.id ?? null, link.ended.peer?.id ?? null],
      attestedSum: link.attestedSum,
      heads: link.heads,
      rosters: [link.rosters.own.length, link.rosters.peer.length],
      counted: totals && [totals.count, totals.sum, toBase64Url(totals.digest)],
      waiting: [...link.records.values()]
        .filter((r) => !r.counted)
        .map((r) => [r.id, r.attested.own !== null, r.attested.peer !== null])
        .sort(),
    },
  };
}

/** A phone of A that starts from a checkpoint at `until`, an archive device of A, and one that derives everything. */
function acrossLinkCheckpoint(a: TestNetwork, foreign: ForeignEntry[], until: number) {
  const all = verified(a.entries);
  const now = Math.max(a.clock, ...foreign.map((item) => item.entry.time)) + 1000;
  const built = checkpointSummary(a.netId, { part: 1, after: null, until }, all, undefined, foreign);
  const summary = readSummary(built.summary);
  const sections = summary && readPages(summary, built.pages);
  if (!sections) throw new Error('pages do not read back');
  const listed = new Set(sections.carried.map((record) => record.key));
  const carried = all.filter((item) => listed.has(item.idText));
  const later = all.filter((item) => !built.frontier.has(item.idText));
  const phoneStart = stateFromCheckpoint(a.netId, sections, carried);
  const archiveStart = stateFromCheckpoint(a.netId, built.sections, all, new Set(built.frontier.keys()));
  if (!phoneStart || !archiveStart) throw new Error('no carried genesis');
  return {
    built,
    phone: deriveState(a.netId, [...carried, ...later], now, { start: () => stepsOf(phoneStart), foreign }),
    archive: deriveState(a.netId, all, now, { start: () => stepsOf(archiveStart), foreign }),
    full: deriveState(a.netId, all, now, { foreign }),
  };
}

const steps = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 14 });

describe('links in a checkpoint', () => {
  it('a device that starts from a checkpoint anywhere derives the same balances, clearing accounts and link', () => {
    fc.assert(
      fc.property(steps, fc.nat(), (history_: Step[], at: number) => {
        const { a, b, id, moments } = history(history_);
        const until = moments[at % moments.length] as number;
        const foreign = foreignOf(b, b.entries);
        const { phone, archive, full } = acrossLinkCheckpoint(a, foreign, until);
        expect(linkPicture(phone, id)).toEqual(linkPicture(full, id));
        expect(linkPicture(archive, id)).toEqual(linkPicture(full, id));
        expect(sumOfAccounts(phone)).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('a peer attestation refused for the limit before the checkpoint stays refused after it', () => {
    // Ans pays Bob 4, 120 and 117 minutes (241, one over the limit); Transvaal attests all
    // three (refused: over the limit), then Bob pays Ans 1 and Transvaal attests that, naming
    // the refused one in `after`. Found by the property above (CI, seed -104373127): a phone
    // judged the refused attestation again after the checkpoint, against a sum it had moved.
    const { a, b, id, moments } = history([
      [0, 3],
      [0, 119],
      [0, 116],
      [5, 0],
      [1, 0],
      [5, 0],
      [0, 0],
    ]);
    const { phone, archive, full } = acrossLinkCheckpoint(a, foreignOf(b, b.entries), moments[7] as number);
    expect(full.links.get(id)?.attestedSum.peer).toBe(1);
    expect(linkPicture(phone, id)).toEqual(linkPicture(full, id));
    expect(linkPicture(archive, id)).toEqual(linkPicture(full, id));
  });

  it('carries the link, its clearing account and a record attested by one side only', () => {
    // Ans pays Bob twice; both attest the first; only A attests the second before the cut.
    const { a, b, id, moments } = history([
      [0, 59],
      [4, 0],
      [5, 0],
      [0, 29],
      [4, 0],
      [5, 0],
    ]);
    const until = moments[5] as number;
    const { built, phone, full } = acrossLinkCheckpoint(a, foreignOf(b, b.entries), until);
    const network = built.sections.network[0] as unknown as { clearing: { net: string; minutes: number }[] };
    expect(network.clearing).toEqual([{ net: b.netId, minutes: 60 }]);
    expect(built.sections.open.some((record) => record.key === `link ${id}`)).toBe(true);
    expect(phone.clearing.get(b.netId)).toBe(90);
    expect(linkPicture(phone, id)).toEqual(linkPicture(full, id));
  });

  it('a checkpoint whose clearing account differs is found false by a device holding the frontier and the settled foreign entries', () => {
    const { a, b, moments } = history([
      [0, 59],
      [4, 0],
      [5, 0],
    ]);
    const until = moments.at(-1) as number;
    a.tick(31 * 24 * 3600 * 1000);
    const foreign = foreignOf(b, b.entries);
    const honest = checkpointSummary(a.netId, { part: 1, after: null, until }, verified(a.entries), undefined, foreign);
    const sections = structuredClone(honest.sections);
    const network = sections.network[0] as unknown as { clearing: { net: string; minutes: number }[] };
    expect(network.clearing[0]?.minutes).toBe(60);
    (network.clearing[0] as { minutes: number }).minutes = 0;
    const forged = paginate({ net: a.net, part: 1, after: null, until }, sections);
    const held = new Map(verified(a.entries).map((item): [string, VerifiedEntry] => [item.idText, item]));
    const heldForeign = new Map(foreign.map((item) => [item.key, item]));
    const check = (paged: typeof forged) => {
      const entry = a.write(a.founder, 'checkpoint', { part: 1, after: null, summary: paged.hash });
      const document = { summary: paged.summary, pages: paged.pages };
      return checkCheckpoint(a.netId, bodyOf(entry, 'checkpoint'), document, held, undefined, heldForeign);
    };
    expect(check(honest).kind).toBe('true');
    expect(check(forged)).toMatchObject({ kind: 'false', why: 'differs' });
    // Without the peer's entries it settled, a device cannot tell.
    const entry = a.write(a.founder, 'checkpoint', { part: 1, after: null, summary: forged.hash });
    const document = { summary: forged.summary, pages: forged.pages };
    expect(checkCheckpoint(a.netId, bodyOf(entry, 'checkpoint'), document, held).kind).toBe('unknown');
  });

  it('a move and shared posts in flight: what comes after the checkpoint finds them', () => {
    const a = new TestNetwork({ name: 'Oosterpark' });
    const b = new TestNetwork({ name: 'Transvaal' });
    const together = (gap = 0) => {
      const now = Math.max(a.clock, b.clock) + gap;
      a.clock = now;
      b.clock = now;
      return now;
    };
    const ans = a.member('Ans');
    const olga = a.member('Olga');
    const bob = b.member('Bob');
    together();
    const link = idOfLink(a, b);
    const id = linkIdText(a, b);
    writeLink(a, b);
    writeLink(b, a);
    // Bob shares a post; Olga shares one; Ans asks to move and A's coordinator moves her out.
    const bobPost = b.post(bob, { title: 'Fiets maken' });
    const bobShare = b.write(bob, 'post-share', { post: bobPost.id, link, name: 'Bob', boxKeys: [bob.box.publicKey] });
    const b1 = attest(b, link, [bobShare, bobPost]);
    const olgaPost = a.post(olga, { title: 'Soep' });
    const olgaShare = a.write(olga, 'post-share', {
      post: olgaPost.id,
      link,
      name: 'Olga',
      boxKeys: [olga.box.publicKey],
    });
    const away = a.write(ans, 'move-away', { link, name: 'Ans', boxKey: ans.box.publicKey });
    const out = a.write(a.founder, 'move-out', { link, member: ans.signing.publicKey, minutes: 100, cut: a.head(ans) });
    const a1 = attest(a, link, [olgaShare, olgaPost, away, out]);
    const until = together(1000);
    together(60_000);
    // After the checkpoint: Olga pays Bob for his shared post, Bob pays Olga for hers, the move-in.
    const olgaPays = a.write(olga, 'cross-pay', {
      link,
      to: bob.signing.publicKey,
      minutes: 30,
      what: 'Fiets',
      post: bobPost.id,
    });
    const bobPays = b.write(bob, 'cross-pay', {
      link,
      to: olga.signing.publicKey,
      minutes: 20,
      what: 'Soep',
      post: olgaPost.id,
    });
    const moveIn = b.write(b.founder, 'move-in', {
      ...{ link, record: out.id, member: ans.signing.publicKey, boxKey: ans.box.publicKey },
      ...{ name: 'Ans', area: 'Transvaal', epoch: 0, secret: null },
    });
    // Ans writes on after the checkpoint: once the move is complete, it does not count.
    const late = a.transfer(ans, olga, 15);
    attest(a, link, [olgaPays, bobPays], { after: [a1] });
    attest(b, link, [olgaPays, bobPays, moveIn], { after: [b1] });
    together();
    const { built, phone, full } = acrossLinkCheckpoint(a, foreignOf(b, b.entries), until);
    expect(built.sections.open.some((record) => record.key.startsWith(`linkmove ${id}`))).toBe(true);
    expect(full.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
    expect(phone.links.get(id)?.moves.get(keyOf(ans))?.complete).toBe(true);
    expect(phone.links.get(id)?.records.get(idOf(olgaPays))?.counted).toBe(true);
    expect(phone.links.get(id)?.records.get(idOf(bobPays))?.counted).toBe(true);
    expect(linkPicture(phone, id)).toEqual(linkPicture(full, id));
    expect(phone.members.get(keyOf(ans))?.status).toBe('suspended');
    expect(full.members.get(keyOf(ans))?.status).toBe('suspended');
    expect(phone.rejected.get(idOf(late))?.reason).toBe(full.rejected.get(idOf(late))?.reason);
    expect(phone.members.get(keyOf(olga))?.balance).toBe(120 - 30 + 20);
  });
});
