// Scripted histories with a checkpoint in them: the actions before the cut are dated up to
// `until`, the clock then jumps past the 30 days a checkpoint waits, and the rest follow —
// some still dated before `until` (a phone that was offline), some naming what the
// frontier closed, some from a backup older than the cut. Every entry is signed for real.
import { toBase64Url } from '../../../../src/core/encoding/base64url.ts';
import type { SignedEntry } from '../../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../../src/core/Identity.ts';
import { bodyOf, TestNetwork } from '../TestNetwork.ts';
import { playTogether, type Together } from './togetherSteps.ts';

export type Step = [kind: number, a: number, b: number, amount: number];

export const day = 24 * 3600 * 1000;

export interface CutHistory {
  network: TestNetwork;
  until: number;
  /** With `more`: the second cut, after `after`. */
  secondUntil: number;
  now: number;
}

/**
 * Plays `before`, cuts at `until`, lets 40 days pass, plays `after`; with `more`, cuts again
 * (`secondUntil`), lets 40 days pass and plays those, some dated before that cut.
 */
export function cutHistory(before: readonly Step[], after: readonly Step[], more: readonly Step[] = []): CutHistory {
  const network = new TestNetwork();
  const members: Identity[] = ['Anna', 'Bram', 'Cor'].map((name) => network.member(name));
  const extraDevices = new Map<Identity, Identity>();
  const pending: { identity: Identity; join: SignedEntry }[] = [];
  const posts: SignedEntry[] = [];
  const transfers: SignedEntry[] = [];
  const proposals: SignedEntry[] = [];
  const ideas: SignedEntry[] = [];
  const together: Together = { activities: [], records: [], plans: [], thanks: [], stories: [] };
  const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
  let until = 0;

  const play = ([kind, a, b, amount]: Step) => {
    const one = pick(members, a) as Identity;
    const other = pick(members, b) as Identity;
    const minutes = 1 + (amount % 300);
    if (kind % 45 >= 41) {
      playMore(kind % 45, one, other, amount);
      return;
    }
    if (kind % 45 >= 22) {
      playTogether(network, together, kind % 45, one, other, amount);
      return;
    }
    switch (kind % 45) {
      case 0:
        // Some lapse before the cut (protocol.md §4.8): expired over 90 days before `until`.
        posts.push(
          network.post(one, {
            title: `Vraag ${posts.length}`,
            ...(amount % 3 === 0 ? { expires: network.clock - 100 * day } : {}),
          }),
        );
        break;
      case 1:
      case 2:
        transfers.push(network.transfer(one, other, minutes));
        break;
      case 3: {
        const post = pick(posts, amount);
        if (post)
          network.write(one, 'post-update', { ...bodyOf(post, 'post'), post: post.id, title: `Bijgewerkt ${amount}` });
        break;
      }
      case 4: {
        const post = pick(posts, amount);
        if (post) network.write(one, 'post-close', { post: post.id, reason: 'done' });
        break;
      }
      case 5:
        network.write(one, 'pot-donate', { minutes });
        break;
      case 6: {
        const transfer = pick(transfers, amount);
        if (transfer) network.write(network.founder, 'reverse-transfer', { transfer: transfer.id, reason: '' });
        break;
      }
      case 7:
        network.suspend(one);
        break;
      case 8:
        network.write(network.founder, 'reinstate', { member: one.signing.publicKey, from: network.head(one) });
        break;
      case 9:
        network.write(one, 'profile', {
          name: `Buur ${amount}`,
          area: 'Oost',
          offers: ['tuin'],
          words: '',
          languages: [],
          paused: false,
          perWeek: amount % 600,
        });
        break;
      case 10:
        members.push(network.member(`Nieuw ${amount}`));
        break;
      case 11:
        pending.push(network.join(`Wacht ${amount}`));
        break;
      case 12: {
        const waiting = pending.shift();
        if (waiting) {
          network.admit(waiting.identity, waiting.join);
          members.push(waiting.identity);
        }
        break;
      }
      case 13:
        proposals.push(
          network.write(one, 'hours-proposal', {
            payer: one.signing.publicKey,
            receiver: other.signing.publicKey,
            minutes,
            what: '',
            post: null,
          }),
        );
        break;
      case 14: {
        const proposal = pick(proposals, amount);
        if (proposal) network.write(one, 'hours-confirm', { proposal: proposal.id });
        break;
      }
      case 15: {
        const proposal = pick(proposals, amount);
        if (!proposal) break;
        const body = bodyOf(proposal, 'hours-proposal');
        network.write(one, 'transfer', {
          to: body.receiver,
          minutes: body.minutes,
          what: '',
          post: null,
          proposal: proposal.id,
        });
        break;
      }
      case 16: {
        // A restored backup: a second branch from a few entries ago.
        const position = network.next(one);
        if (position.seq <= 2) break;
        const seq = position.seq - 1 - (amount % Math.min(3, position.seq - 1));
        const prev = network.entries.find(
          (e) => toBase64Url(e.entry.author) === toBase64Url(one.signing.publicKey) && e.entry.seq === seq - 1,
        );
        if (prev)
          network.entries.push(
            network.forge(
              one,
              'transfer',
              { to: other.signing.publicKey, minutes, what: 'uit de back-up', post: null, proposal: null },
              { seq, prev: prev.id },
            ),
          );
        break;
      }
      case 17:
        network.grant(one, amount % 2 ? 'coordinator' : 'kiosk');
        break;
      case 18:
        network.write(network.founder, 'revoke-role', { member: one.signing.publicKey, role: 'coordinator' });
        break;
      case 19: {
        // A second device, which pays at once.
        let device = extraDevices.get(one);
        if (!device) {
          device = newIdentity();
          extraDevices.set(one, device);
          network.addDevice(one, device);
        }
        network.transfer(device, other, minutes);
        break;
      }
      case 20: {
        const device = extraDevices.get(one);
        if (device)
          network.write(one, 'device-remove', { device: device.signing.publicKey, cut: network.head(device) });
        break;
      }
      default:
        network.write(network.founder, 'pot-grant', { to: one.signing.publicKey, minutes, reason: '' });
    }
  };

  /** Ideas (together §5), help that comes back and "ervaring met" (together §7). */
  const playMore = (kind: number, one: Identity, other: Identity, amount: number) => {
    switch (kind) {
      case 41: {
        const sealed = { eph: new Uint8Array(32).fill(amount % 256), keys: [], box: new Uint8Array(16) };
        ideas.push(
          network.write(one, 'idea', amount % 3 ? { text: `Idee ${amount}`, sealed: null } : { text: null, sealed }),
        );
        break;
      }
      case 42: {
        const idea = pick(ideas, amount);
        if (idea) network.write(network.founder, 'hide-post', { post: idea.id, reason: 'niet hier' });
        break;
      }
      case 43: {
        // Between the post's author and a neighbour, written by either side.
        const post = pick(posts, amount);
        const author = post && members.find((m) => toBase64Url(m.signing.publicKey) === toBase64Url(post.entry.author));
        if (!post || !author) break;
        const [writer, neighbour] = amount % 2 ? [author, other] : [one, author];
        network.write(writer, 'recurring', {
          ...{ post: post.id, with: neighbour.signing.publicKey },
          ...{ review: network.clock + (1 + (amount % 60)) * day, ends: amount % 4 ? null : network.clock - 1 },
        });
        break;
      }
      default:
        network.write(one, 'profile-more', { experience: `Ervaring met ${amount}` });
    }
  };

  /** Plays `steps` after a cut at `cut`, now and then an entry dated before it: written offline, arriving late. */
  const playAfter = (steps: readonly Step[], cut: number) => {
    for (const step of steps) {
      if (step[3] % 7 === 0) {
        const back = network.clock;
        network.clock = cut - 1000 * (step[3] % 50);
        play(step);
        network.clock = Math.max(back, network.clock);
      } else play(step);
    }
  };
  for (const step of before) play(step);
  until = network.clock;
  network.tick(40 * day);
  playAfter(after, until);
  const secondUntil = network.clock;
  if (more.length > 0) {
    network.tick(40 * day);
    playAfter(more, secondUntil);
  }
  return { network, until, secondUntil, now: network.clock + 1000 };
}
