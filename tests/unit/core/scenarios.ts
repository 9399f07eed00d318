// Scripted histories shared by the property tests.
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../src/core/entry/Entry.ts';
import type { Identity } from '../../../src/core/Identity.ts';
import { sealRoomSecret } from '../../../src/core/sealing.ts';
import { TestNetwork } from './TestNetwork.ts';

/** A deterministic shuffle with duplicates, from a seed. */
export function scramble<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items, ...items.filter(() => random() < 0.3)];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export type Act = [kind: number, target: number];

/**
 * Two coordinators who stop hearing each other and act at once: each sees only what was
 * there when they split, and their own acts since.
 */
export function concurrentCoordinators(founderActs: readonly Act[], fatimaActs: readonly Act[]) {
  const network = new TestNetwork();
  const fatima = network.member('Fatima');
  network.grant(fatima);
  const others = ['Anna', 'Bram'].map((name) => network.member(name));
  const pending = ['Cor', 'Dewi', 'Eef', 'Fien'].map((name) => network.join(name));
  const split = network.frontier();
  const coordinators = [network.founder, fatima];
  const ownSeen = new Map<Identity, SignedEntry[]>([
    [network.founder, split],
    [fatima, split],
  ]);
  const play = (by: Identity, [kind, target]: Act) => {
    const other = coordinators.find((c) => c !== by) as Identity;
    const someone = [...others, other][target % 3] as Identity;
    const seen = ownSeen.get(by) ?? [];
    let written: SignedEntry;
    switch (kind % 6) {
      case 0: {
        const { identity, join } = pending[target % pending.length] as (typeof pending)[number];
        written = network.write(
          by,
          'admit',
          {
            member: identity.signing.publicKey,
            join: join.id,
            welcome: 60,
            epoch: 0,
            secret: sealRoomSecret(network.roomSecret, [identity.box.publicKey], network.net, 0),
          },
          { seen },
        );
        break;
      }
      case 1:
        written = network.write(
          by,
          'suspend',
          { member: someone.signing.publicKey, cut: network.head(someone), reason: '' },
          { seen },
        );
        break;
      case 2:
        written = network.write(by, 'grant-role', { member: someone.signing.publicKey, role: 'coordinator' }, { seen });
        break;
      case 3:
        written = network.write(
          by,
          'revoke-role',
          { member: someone.signing.publicKey, role: 'coordinator' },
          { seen },
        );
        break;
      case 4:
        written = network.write(by, 'pot-grant', { to: someone.signing.publicKey, minutes: 30, reason: '' }, { seen });
        break;
      default:
        written = network.post(by, { title: `Van ${target}` });
    }
    return written;
  };
  const length = Math.max(founderActs.length, fatimaActs.length);
  for (let i = 0; i < length; i++) {
    const a = founderActs[i];
    const b = fatimaActs[i];
    if (a) play(network.founder, a);
    if (b) play(fatima, b);
  }
  // They hear each other again, and each acts once more, having seen everything.
  const last = [...founderActs, ...fatimaActs].at(-1);
  if (last) {
    ownSeen.set(network.founder, network.frontier());
    play(network.founder, last);
    ownSeen.set(fatima, network.frontier());
    play(fatima, [last[0] + 1, last[1] + 1]);
  }
  return { network, fatima };
}

/**
 * The causal past of every entry, as the rules read it: what an entry names as seen, as
 * cut or from, the join it answers, and its own chain before it. For checking outcomes
 * against the rule, not for deriving them.
 */
export function causalPasts(entries: readonly SignedEntry[]): (id: string) => Set<string> {
  const byId = new Map(entries.map((e) => [toBase64Url(e.id), e]));
  const memo = new Map<string, Set<string>>();
  const links = (e: SignedEntry): Uint8Array[] => {
    const body = e.entry.body as Record<string, unknown>;
    const named: Uint8Array[] = e.entry.prev ? [e.entry.prev] : [];
    for (const field of ['seen', 'cut', 'from']) {
      if (Object.hasOwn(body, field)) named.push(...(body[field] as Uint8Array[]));
    }
    if (e.entry.type === 'admit' || e.entry.type === 'decline') named.push(body.join as Uint8Array);
    return named;
  };
  return (id) => {
    let past = memo.get(id);
    if (!past) {
      past = new Set([id]);
      const stack = [id];
      while (stack.length) {
        const at = byId.get(stack.pop() as string);
        for (const bytes of at ? links(at) : []) {
          const next = toBase64Url(bytes);
          if (!past.has(next)) {
            past.add(next);
            stack.push(next);
          }
        }
      }
      memo.set(id, past);
    }
    return past;
  };
}

export type MutualVariant = [
  dirkBy: 'suspend' | 'revoke-role',
  carlaBy: 'suspend' | 'revoke-role',
  carlaActsAfter: number,
  dirkActsBefore: number,
  third: boolean,
];

/**
 * Two coordinators who remove each other at once (issue 19): Dirk removes Carla, having seen
 * all; Carla, having seen only what was there before, removes Dirk and acts on. Dirk may
 * have acted before his removal of her; a third coordinator may reinstate Dirk afterwards.
 */
export function mutualRemoval([dirkBy, carlaBy, carlaActsAfter, dirkActsBefore, third]: MutualVariant) {
  const network = new TestNetwork();
  const carla = network.member('Carla');
  network.grant(carla);
  const dirk = network.member('Dirk');
  network.grant(dirk);
  const fatima = network.member('Fatima');
  if (third) network.grant(fatima);
  const carlaKnew = network.frontier();
  const dirkHead = network.head(dirk);
  for (let i = 0; i < dirkActsBefore; i++) {
    network.write(dirk, 'pot-grant', { to: fatima.signing.publicKey, minutes: 10 + i, reason: '' });
  }
  const remove = (by: Identity, target: Identity, kind: 'suspend' | 'revoke-role', seen?: SignedEntry[]) =>
    kind === 'suspend'
      ? network.write(
          by,
          'suspend',
          { member: target.signing.publicKey, cut: by === carla ? dirkHead : network.head(target), reason: '' },
          seen ? { seen } : {},
        )
      : network.write(
          by,
          'revoke-role',
          { member: target.signing.publicKey, role: 'coordinator' },
          seen ? { seen } : {},
        );
  const byDirk = remove(dirk, carla, dirkBy);
  const byCarla = remove(carla, dirk, carlaBy, carlaKnew);
  let last = byCarla;
  for (let i = 0; i < carlaActsAfter; i++) {
    last = network.write(
      carla,
      'pot-grant',
      { to: carla.signing.publicKey, minutes: 6000, reason: '' },
      { seen: [last] },
    );
  }
  if (third) {
    if (carlaBy === 'suspend') {
      network.write(fatima, 'reinstate', { member: dirk.signing.publicKey, from: [] });
    }
    network.grant(dirk, 'coordinator', fatima);
  }
  return { network, carla, dirk, fatima, byDirk, byCarla };
}
