// A week of a busy neighbourhood's traffic on top of a year fixture, for the soak bench
// (soak.ts): posts, transfers, messages, newcomers joining (join, admit, profile), and
// activities with sign-ups, every entry really signed and chained onto its author's
// history. About 700 entries, the year fixture's weekly rate (35,203 entries a year).
import { defaultCategories } from '../src/core/categories.ts';
import { fromBase64Url, toBase64Url } from '../src/core/encoding/base64url.ts';
import { decodeStrict } from '../src/core/encoding/canonical.ts';
import type { Bodies, EntryType } from '../src/core/entry/bodies.ts';
import { type SignedEntry, signEntry } from '../src/core/entry/Entry.ts';
import { type Identity, identityFromSecrets } from '../src/core/Identity.ts';
import { findJoinWork } from '../src/core/joinWork.ts';
import { sealJoinDetails, sealMessage, sealRoomSecret } from '../src/core/sealing.ts';
import type { Fixture } from './fixtureFile.ts';

/** One week's mix; ~700 entries in all (a join is three: join, admit, profile). */
export interface WeekSize {
  posts: number;
  transfers: number;
  messages: number;
  joins: number;
  activities: number;
  signUpsPerActivity: number;
}

export const busyWeek: WeekSize = {
  posts: 80,
  transfers: 400,
  messages: 160,
  joins: 5,
  activities: 6,
  signUpsPerActivity: 5,
};

const hour = 3600_000;
export const day = 24 * hour;
const postsStayUntil = Date.UTC(2100, 0, 1);
const category = defaultCategories[0] as string;

/**
 * The week's entries in time order (it starts at the year's end), written by the members
 * whose keys the fixture keeps (and the newcomers); they write, the others only receive.
 */
export function makeWeek(year: Fixture, size: WeekSize, seed: number, joinWork: number): SignedEntry[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = year.endTime;
  const when = () => start + Math.floor(random() * 7 * day);

  // Where each author's chain stands after the year.
  const heads = new Map<string, { seq: number; id: Uint8Array }>();
  for (const [id, bytes] of year.records) {
    // An entry's bytes: the signature, then [version, type, author, seq, ...] (Entry.ts).
    const fields = decodeStrict(bytes.subarray(64)) as [number, string, Uint8Array, number];
    const key = toBase64Url(fields[2]);
    const head = heads.get(key);
    if (!head || fields[3] > head.seq) heads.set(key, { seq: fields[3], id: fromBase64Url(id) as Uint8Array });
  }
  const net = year.net;
  const entries: SignedEntry[] = [];
  const write = <T extends EntryType>(author: Identity, type: T, body: Bodies[T], time: number): SignedEntry => {
    const key = toBase64Url(author.signing.publicKey);
    const head = heads.get(key);
    const signed = signEntry(author, { net, type, seq: (head?.seq ?? 0) + 1, prev: head?.id ?? null, time, body });
    heads.set(key, { seq: (head?.seq ?? 0) + 1, id: signed.id });
    entries.push(signed);
    return signed;
  };

  // Each kind planned at a time of the week, then written in time order (chains go forward in time).
  type Plan = { time: number; kind: 'post' | 'transfer' | 'message' | 'join' | 'activity' };
  const plan: Plan[] = [];
  const add = (count: number, kind: Plan['kind']) => {
    for (let i = 0; i < count; i++) plan.push({ time: when(), kind });
  };
  add(size.posts, 'post');
  add(size.transfers, 'transfer');
  add(size.messages, 'message');
  add(size.joins, 'join');
  add(size.activities, 'activity');
  // Sign-ups follow their activity within a day: planned after it is written.
  const later: { time: number; write: () => void }[] = [];
  plan.sort((a, b) => a.time - b.time);

  const members = [...year.members];
  const posts: Uint8Array[] = [];
  const other = (me: number) => (me + 1 + Math.floor(random() * (members.length - 1))) % members.length;
  const flushLater = (until: number) => {
    later.sort((a, b) => a.time - b.time);
    while (later.length && (later[0] as { time: number }).time <= until) later.shift()?.write();
  };
  for (const { time, kind } of plan) {
    flushLater(time);
    const a = Math.floor(random() * members.length);
    const me = members[a] as Identity;
    const to = members[other(a)] as Identity;
    if (kind === 'post') {
      const offer = random() < 0.5;
      const post = write(
        me,
        'post',
        {
          kind: offer ? 'offer' : 'request',
          title: offer ? `Aanbod van deze week ${posts.length + 1}` : `Vraag van deze week ${posts.length + 1}`,
          text: 'Bel gerust even aan. Geen haast.',
          category,
          area: 'Dorpsstraat',
          minutes: 30 * (1 + Math.floor(random() * 6)),
          expires: postsStayUntil,
          viaCoordinator: false,
        },
        time,
      );
      posts.push(post.id);
    } else if (kind === 'transfer') {
      write(
        me,
        'transfer',
        {
          to: to.signing.publicKey,
          minutes: 15 * (1 + Math.floor(random() * 8)),
          what: 'Samen boodschappen gedaan',
          post: posts.length && random() < 0.5 ? pick(posts) : null,
          proposal: null,
        },
        time,
      );
    } else if (kind === 'message') {
      write(
        me,
        'message',
        {
          to: to.signing.publicKey,
          post: posts.length ? pick(posts) : null,
          sealed: sealMessage(
            'Zal ik morgen langskomen?',
            [to.box.publicKey, me.box.publicKey],
            me.signing.publicKey,
            to.signing.publicKey,
          ),
        },
        time,
      );
    } else if (kind === 'join') {
      const newcomer = identityFromSecrets(bytes(32), bytes(32));
      const name = `Nieuwe buur ${members.length + 1}`;
      const join = write(
        newcomer,
        'join',
        {
          boxKey: newcomer.box.publicKey,
          sealed: sealJoinDetails(
            { name, area: 'Molenweg', offers: [], words: '', languages: ['nl'], note: '', contact: '' },
            [year.founder.box.publicKey],
            net,
            newcomer.signing.publicKey,
          ),
          work: findJoinWork(net, newcomer.signing.publicKey, newcomer.box.publicKey, joinWork),
        },
        time,
      );
      later.push({
        time: time + hour,
        write: () =>
          write(
            year.founder,
            'admit',
            {
              member: newcomer.signing.publicKey,
              join: join.id,
              welcome: 120,
              epoch: 0,
              secret: sealRoomSecret(year.roomSecret, [newcomer.box.publicKey], net, 0),
              seen: [],
            },
            time + hour,
          ),
      });
      later.push({
        time: time + 2 * hour,
        write: () => {
          write(
            newcomer,
            'profile',
            { name, area: 'Molenweg', offers: [], words: '', languages: ['nl'], paused: false, perWeek: 0 },
            time + 2 * hour,
          );
          members.push(newcomer);
        },
      });
    } else {
      // On the agenda from now on, so the kiosk's agenda shows it (the fixture's times are past).
      const starts = Date.now() + (1 + Math.floor(random() * 20)) * day;
      const activity = write(
        me,
        'activity',
        {
          title: `Samen koken ${entries.length}`,
          text: 'We koken samen in het buurthuis.',
          category,
          place: 'Buurthuis',
          starts,
          ends: starts + 2 * hour,
          seats: 12,
          worth: 60,
          pay: 'participants',
        },
        time,
      );
      // One sign-up per member and activity, as people do; a second would only repeat it.
      const signedUp = new Set<Identity>();
      for (let i = 0; i < size.signUpsPerActivity; i++) {
        const at = time + Math.floor(random() * day);
        later.push({
          time: at,
          write: () => {
            const who = members[other(a)] as Identity;
            if (signedUp.has(who)) return;
            signedUp.add(who);
            write(who, 'sign-up', { activity: activity.id }, at);
          },
        });
      }
    }
  }
  flushLater(Number.POSITIVE_INFINITY);
  return entries;
}
