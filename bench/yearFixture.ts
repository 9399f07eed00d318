// A deterministic year of a busy neighbourhood (fixed seed): members, two coordinators, a
// kiosk, posts, transfers and messages with Dutch text, every entry really signed. Keys,
// texts and times come from the seed; the random nonces inside sealed boxes do not, so
// sizes repeat but bytes do not. The year is 2025 (a fixture over several years ends with
// it), and posts stay up until 2100, so the board has something to show whenever the
// benchmark runs.
import { defaultCategories } from '../src/core/categories.ts';
import { toBase64Url } from '../src/core/encoding/base64url.ts';
import type { Bodies, EntryType } from '../src/core/entry/bodies.ts';
import { type SignedEntry, signEntry } from '../src/core/entry/Entry.ts';
import { type Identity, identityFromSecrets } from '../src/core/Identity.ts';
import { findJoinWork } from '../src/core/joinWork.ts';
import { genesisSealNet, sealJoinDetails, sealLobbySecret, sealMessage, sealRoomSecret } from '../src/core/sealing.ts';

/**
 * The port of the relay every benchmark starts: the fixture's genesis names it, and a
 * device that has the genesis connects only to the genesis' relays (protocol.md §7).
 */
export const benchRelayPort = 4391;

export interface FixtureSize {
  members: number;
  posts: number;
  transfers: number;
  messages: number;
  /** Years the traffic is spread over (1 unless given): four years of a neighbourhood, not four times one year's. */
  span?: number;
}

/** The busy year every figure is measured on (docs/benchmarks.md), and the seed it is made with. */
export const busyYear: FixtureSize = { members: 400, posts: 4000, transfers: 20_000, messages: 10_000 };
/** A small neighbourhood for `--quick`: a smoke check, not a figure. */
export const quickYear: FixtureSize = { members: 40, posts: 200, transfers: 600, messages: 240 };
export const benchSeed = 2025;

export interface YearFixture {
  networkId: string;
  net: Uint8Array;
  entries: SignedEntry[];
  founder: Identity;
  members: Identity[];
  /** The epoch-0 room secret, as members get it on admission. */
  roomSecret: Uint8Array;
  endTime: number;
}

/** The year's first day; a fixture over several years starts earlier, so it too ends with 2025, in the past. */
const startOf = (span = 1) => Date.UTC(2025 - (span - 1), 0, 1, 8, 0);
const fixtureJoinWork = 6;
/** A post stays as long as the app's editor lets it: one, three or six months. */
const postMonths = [1, 3, 6];
const month = 30 * 24 * 3600 * 1000;
const year = 365 * 24 * 3600 * 1000;

const streets = [
  'Dorpsstraat',
  'Kerkplein',
  'Molenweg',
  'Schoolstraat',
  'Beukenlaan',
  'Havenkade',
  'Tuinstraat',
  'Lindeplein',
];
const firstNames = [
  'Anna',
  'Bram',
  'Cor',
  'Dewi',
  'Eva',
  'Fatima',
  'Gert',
  'Hanna',
  'Ilse',
  'Joost',
  'Karim',
  'Lotte',
  'Mohamed',
  'Noor',
  'Oscar',
  'Petra',
  'Rik',
  'Sanne',
  'Tom',
  'Yara',
];
const categories = [...defaultCategories];
const requests = [
  'Iemand die mee wil naar de huisarts',
  'Hulp bij het ophangen van een lamp',
  'Wie kan mijn heg knippen?',
  'Samen boodschappen doen op donderdag',
  'Hulp bij een brief van de gemeente',
  'Iemand om Nederlands mee te oefenen',
  'Rit naar het ziekenhuis op dinsdag',
  'Even op de kinderen passen',
];
const offers = [
  'Ik lees graag voor',
  'Ik kook een warme maaltijd',
  'Ik help met de computer of telefoon',
  'Ladder te leen',
  'Ik wandel graag een rondje mee',
  'Ik repareer fietsen',
  'Ik help met formulieren',
  'Ik kom graag op bezoek voor een kopje koffie',
];
const sentences = [
  'Het hoeft niet lang te duren.',
  'Liefst in de ochtend.',
  'Ik woon op de begane grond.',
  'Bel gerust even aan.',
  'Koffie staat klaar.',
  'Ik ben er meestal na vieren.',
  'Geen haast, deze week of de volgende.',
];

/** mulberry32: small, fast, good enough for fixtures. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `relayPort`: the relay the genesis names (an end-to-end test starts its site on a port of its own). */
export function makeYearFixture(size: FixtureSize, seed = 2026, relayPort = benchRelayPort): YearFixture {
  const random = prng(seed);
  const length = year * (size.span ?? 1);
  const start = startOf(size.span);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  const identity = () => identityFromSecrets(bytes(32), bytes(32));

  const heads = new Map<string, { seq: number; id: Uint8Array }>();
  const entries: SignedEntry[] = [];
  let net: Uint8Array | null = null;
  const write = <T extends EntryType>(author: Identity, type: T, body: Bodies[T], time: number): SignedEntry => {
    const key = toBase64Url(author.signing.publicKey);
    const head = heads.get(key);
    const signed = signEntry(author, { net, type, seq: (head?.seq ?? 0) + 1, prev: head?.id ?? null, time, body });
    heads.set(key, { seq: (head?.seq ?? 0) + 1, id: signed.id });
    entries.push(signed);
    return signed;
  };

  const founder = identity();
  const secret = bytes(32);
  const genesis = write(
    founder,
    'genesis',
    {
      name: 'Buurtruil De Molenwijk',
      area: 'De Molenwijk',
      rules: 'We helpen elkaar graag. Elk uur is evenveel waard. Zeg het als iets te zwaar is.',
      creditLimit: 20 * 60,
      welcome: 2 * 60,
      categories,
      // The relay the bench starts: a device that knows the genesis uses only its relays.
      relays: [`ws://127.0.0.1:${relayPort}/signal`],
      help: 'Spreekuur op dinsdag van 10 tot 12 in het buurthuis',
      boxKey: founder.box.publicKey,
      secret: sealRoomSecret(secret, [founder.box.publicKey], genesisSealNet, 0),
      lobby: sealLobbySecret(bytes(32), [founder.box.publicKey], genesisSealNet),
      // The proof of work costs one hash to check whatever its size; a small one keeps
      // making the fixture quick.
      joinWork: fixtureJoinWork,
    },
    start,
  );
  net = genesis.id;
  const netBytes = genesis.id;

  // Members join through the year's first quarter; the founder admits them.
  const members: Identity[] = [];
  for (let i = 0; i < size.members; i++) {
    const member = identity();
    const time = start + Math.floor(((i + 1) / size.members) * (year / 4));
    const name = `${pick(firstNames)} ${String.fromCharCode(65 + (i % 26))}.`;
    const area = pick(streets);
    const join = write(
      member,
      'join',
      {
        boxKey: member.box.publicKey,
        sealed: sealJoinDetails(
          { name, area, offers: [pick(categories)], words: '', languages: ['nl'], note: '', contact: '' },
          [founder.box.publicKey],
          netBytes,
          member.signing.publicKey,
        ),
        work: findJoinWork(netBytes, member.signing.publicKey, member.box.publicKey, fixtureJoinWork),
      },
      time,
    );
    write(
      founder,
      'admit',
      {
        member: member.signing.publicKey,
        join: join.id,
        welcome: 120,
        epoch: 0,
        secret: sealRoomSecret(secret, [member.box.publicKey], netBytes, 0),
        seen: [],
      },
      time + 3600_000,
    );
    write(
      member,
      'profile',
      {
        name,
        area,
        offers: [...new Set([pick(categories), pick(categories)])],
        words: pick(sentences),
        languages: ['nl'],
        paused: false,
        perWeek: 0,
      },
      time + 7200_000,
    );
    members.push(member);
  }
  // A second coordinator and the community centre's kiosk, both ordinary members first.
  const [second, kiosk] = members;
  if (second) {
    write(founder, 'grant-role', { member: second.signing.publicKey, role: 'coordinator', seen: [] }, start + year / 4);
  }
  if (kiosk) {
    write(founder, 'grant-role', { member: kiosk.signing.publicKey, role: 'kiosk', seen: [] }, start + year / 4 + 1000);
  }

  // The rest of the span: posts, messages and transfers interleaved in time order.
  type Plan = { time: number; kind: 'post' | 'transfer' | 'message' };
  const plan: Plan[] = [];
  const afterJoining = () => start + year / 4 + Math.floor(random() * (length - year / 4));
  for (let i = 0; i < size.posts; i++) plan.push({ time: afterJoining(), kind: 'post' });
  for (let i = 0; i < size.transfers; i++) plan.push({ time: afterJoining(), kind: 'transfer' });
  for (let i = 0; i < size.messages; i++) plan.push({ time: afterJoining(), kind: 'message' });
  plan.sort((a, b) => a.time - b.time);
  const postIds: Uint8Array[] = [];
  const other = (me: number) => (me + 1 + Math.floor(random() * (members.length - 1))) % members.length;
  for (const { time, kind } of plan) {
    const a = Math.floor(random() * members.length);
    const me = members[a] as Identity;
    if (kind === 'post') {
      const isOffer = random() < 0.5;
      const post = write(
        me,
        'post',
        {
          kind: isOffer ? 'offer' : 'request',
          title: isOffer ? pick(offers) : pick(requests),
          text: `${pick(sentences)} ${pick(sentences)}`,
          category: pick(categories),
          area: pick(streets),
          minutes: 30 * (1 + Math.floor(random() * 6)),
          expires: time + (postMonths[Math.floor(random() * postMonths.length)] as number) * month,
          viaCoordinator: random() < 0.05,
        },
        time,
      );
      postIds.push(post.id);
    } else if (kind === 'transfer') {
      const to = members[other(a)] as Identity;
      write(
        me,
        'transfer',
        {
          to: to.signing.publicKey,
          minutes: 15 * (1 + Math.floor(random() * 12)),
          what: pick(requests),
          post: postIds.length && random() < 0.7 ? pick(postIds) : null,
          proposal: null,
        },
        time,
      );
    } else {
      const to = members[other(a)] as Identity;
      write(
        me,
        'message',
        {
          to: to.signing.publicKey,
          post: postIds.length ? pick(postIds) : null,
          sealed: sealMessage(
            `${pick(sentences)} ${pick(sentences)}`,
            [to.box.publicKey, me.box.publicKey],
            me.signing.publicKey,
            to.signing.publicKey,
          ),
        },
        time,
      );
    }
  }
  return {
    networkId: toBase64Url(netBytes),
    net: netBytes,
    entries,
    founder,
    members,
    roomSecret: secret,
    endTime: start + length,
  };
}
