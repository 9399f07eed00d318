// Builds histories of a network for tests: real keys, real signatures, real chains.
// Authority entries name, as seen, every authority entry written before them (an
// all-seeing writer) unless a test says what its writer had seen.

import { sign, signatureLength } from '../../../src/core/crypto/signatures.ts';
import { signDeviceProof } from '../../../src/core/deviceProof.ts';
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import { encodeCanonical } from '../../../src/core/encoding/canonical.ts';
import { authorityTypes, type Bodies, type EntryType, type PostFields } from '../../../src/core/entry/bodies.ts';
import { entryId, type SignedEntry, signEntry, signedMessage } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { findJoinWork, hasJoinWork } from '../../../src/core/joinWork.ts';
import type { BodyInput } from '../../../src/core/Ledger.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { genesisSealNet, sealJoinDetails, sealLobbySecret, sealRoomSecret } from '../../../src/core/sealing.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';

export const startTime = Date.UTC(2026, 0, 5, 9, 0);
/** Small, so tests stay fast; tests of the proof of work set their own. */
export const testJoinWork = 4;

export interface WriteOptions {
  time?: number;
  /** What the writer had seen (authority entries); default: every authority entry so far. */
  seen?: SignedEntry[];
  via?: Uint8Array | null;
}

export class TestNetwork {
  readonly founder = newIdentity();
  readonly entries: SignedEntry[] = [];
  readonly roomSecret = crypto.getRandomValues(new Uint8Array(32));
  readonly lobbySecret = crypto.getRandomValues(new Uint8Array(32));
  readonly genesis: SignedEntry;
  clock = startTime;
  private readonly heads = new Map<string, { seq: number; id: Uint8Array }>();

  constructor(settings: Partial<Bodies['genesis']> = {}) {
    this.genesis = this.signNext(this.founder, 'genesis', {
      name: 'Buurtruil Oosterpark',
      area: 'Oosterpark',
      rules: 'We zijn aardig voor elkaar.',
      creditLimit: 10 * 60,
      welcome: 2 * 60,
      categories: ['boodschappen', 'klussen', 'tuin', 'vervoer', 'bezoek'],
      relays: ['ws://127.0.0.1:4321/signal'],
      help: 'Spreekuur dinsdag 10–12 in het buurthuis',
      boxKey: this.founder.box.publicKey,
      secret: sealRoomSecret(this.roomSecret, [this.founder.box.publicKey], genesisSealNet, 0),
      lobby: sealLobbySecret(this.lobbySecret, [this.founder.box.publicKey], genesisSealNet),
      joinWork: testJoinWork,
      ...settings,
    });
  }

  get net(): Uint8Array {
    return this.genesis.id;
  }

  get netId(): string {
    return toBase64Url(this.genesis.id);
  }

  tick(ms = 60_000): number {
    this.clock += ms;
    return this.clock;
  }

  /** Signs the author's next entry and keeps it in the history. */
  write<T extends EntryType>(author: Identity, type: T, body: BodyInput<T>, options: WriteOptions = {}): SignedEntry {
    return this.signNext(author, type, this.withSeen(type, body, options.seen), options.time, options.via ?? null);
  }

  /** The authority entries written so far that no later one names: what an all-seeing writer names. */
  frontier(): SignedEntry[] {
    const named = new Set<string>();
    const authority = this.entries.filter(
      (e) => authorityTypes.has(e.entry.type) && e.entry.type !== 'join' && e.entry.type !== 'genesis',
    );
    for (const e of authority)
      for (const id of (e.entry.body as { seen: Uint8Array[] }).seen) named.add(toBase64Url(id));
    const candidates = [this.genesis, ...authority];
    // An author's own earlier authority entries are followed by its later ones.
    const lastByAuthor = new Map<string, SignedEntry>();
    for (const e of candidates) lastByAuthor.set(toBase64Url(e.entry.author), e);
    return candidates.filter((e) => !named.has(idOf(e)) && lastByAuthor.get(toBase64Url(e.entry.author)) === e);
  }

  /** Signs an entry with whatever chain position and network the test wants (no bookkeeping). */
  forge<T extends EntryType>(
    author: Identity,
    type: T,
    body: BodyInput<T>,
    fields: { seq: number; prev: Uint8Array | null; time?: number; net?: Uint8Array | null; seen?: SignedEntry[] },
  ): SignedEntry {
    return signEntry(author, {
      net: fields.net === undefined ? this.net : fields.net,
      type,
      seq: fields.seq,
      prev: fields.prev,
      time: fields.time ?? this.tick(),
      body: this.withSeen(type, body, fields.seen),
    });
  }

  /** The author's next chain position. */
  next(author: Identity): { seq: number; prev: Uint8Array | null } {
    const head = this.heads.get(toBase64Url(author.signing.publicKey));
    return { seq: (head?.seq ?? 0) + 1, prev: head?.id ?? null };
  }

  /** The author's latest entry in this history. */
  head(author: Identity): Uint8Array[] {
    const head = this.heads.get(toBase64Url(author.signing.publicKey));
    return head ? [head.id] : [];
  }

  /**
   * A device-add as version 3 writes it: with the new device's proof that it writes for
   * `member` (the author's own member key unless a test says otherwise).
   */
  addDevice(
    author: Identity,
    device: Identity,
    options: WriteOptions & { member?: Identity; label?: string } = {},
  ): SignedEntry {
    const member = (options.member ?? author).signing.publicKey;
    return this.write(
      author,
      'device-add',
      {
        device: device.signing.publicKey,
        boxKey: device.box.publicKey,
        label: options.label ?? '',
        proof: signDeviceProof(device, this.net, member),
      },
      options,
    );
  }

  join(name: string, newcomer = newIdentity(), options: WriteOptions = {}): { identity: Identity; join: SignedEntry } {
    const join = this.write(
      newcomer,
      'join',
      {
        boxKey: newcomer.box.publicKey,
        sealed: sealJoinDetails(
          { name, area: 'Oosterpark', offers: ['boodschappen'], words: '', languages: ['nl'], note: '', contact: '' },
          [this.founder.box.publicKey],
          this.net,
          newcomer.signing.publicKey,
        ),
        work: findJoinWork(
          this.net,
          newcomer.signing.publicKey,
          newcomer.box.publicKey,
          (this.genesis.entry.body as Bodies['genesis']).joinWork,
        ),
      },
      options,
    );
    return { identity: newcomer, join };
  }

  admit(member: Identity, join: SignedEntry, by = this.founder, welcome = 120, epoch = 0): SignedEntry {
    return this.write(by, 'admit', {
      member: member.signing.publicKey,
      join: join.id,
      welcome,
      epoch,
      secret: sealRoomSecret(this.roomSecret, [member.box.publicKey], this.net, epoch),
    });
  }

  /** A newcomer who joins and is admitted by the founder. */
  member(name: string): Identity {
    const { identity, join } = this.join(name);
    this.admit(identity, join);
    return identity;
  }

  grant(member: Identity, role: 'coordinator' | 'kiosk' = 'coordinator', by = this.founder): SignedEntry {
    return this.write(by, 'grant-role', { member: member.signing.publicKey, role });
  }

  suspend(member: Identity, by = this.founder, options: WriteOptions = {}): SignedEntry {
    return this.write(by, 'suspend', { member: member.signing.publicKey, cut: this.head(member), reason: '' }, options);
  }

  post(author: Identity, fields: Partial<PostFields> = {}, options: WriteOptions = {}): SignedEntry {
    return this.write(
      author,
      'post',
      {
        kind: 'request',
        title: 'Iemand die mee wil naar de huisarts',
        text: 'Donderdagochtend, een uurtje.',
        category: 'meegaan',
        area: 'Oosterpark',
        minutes: 60,
        expires: this.clock + 90 * 24 * 3600 * 1000,
        viaCoordinator: false,
        ...fields,
      },
      options,
    );
  }

  transfer(payer: Identity, to: Identity, minutes: number, what = 'Boodschappen gedaan'): SignedEntry {
    return this.write(payer, 'transfer', { to: to.signing.publicKey, minutes, what, post: null, proposal: null });
  }

  records(entries: readonly SignedEntry[] = this.entries): [string, Uint8Array][] {
    return entries.map((e) => [toBase64Url(e.id), e.bytes]);
  }

  async ledger(entries: readonly SignedEntry[] = this.entries, now = this.clock + 1000): Promise<Ledger> {
    const ledger = new Ledger(this.netId, { now: () => now });
    await ledger.add(this.records(entries));
    return ledger;
  }

  async state(entries: readonly SignedEntry[] = this.entries): Promise<NetworkState> {
    return (await this.ledger(entries)).state;
  }

  private withSeen<T extends EntryType>(type: T, body: BodyInput<T>, seen?: SignedEntry[]): Bodies[T] {
    if (!authorityTypes.has(type) || type === 'genesis' || type === 'join') return body as Bodies[T];
    return { ...body, seen: (seen ?? this.frontier()).map((e) => e.id) } as Bodies[T];
  }

  private signNext<T extends EntryType>(
    author: Identity,
    type: T,
    body: Bodies[T],
    time = this.tick(),
    via: Uint8Array | null = null,
  ): SignedEntry {
    const { seq, prev } = this.next(author);
    const signed = signEntry(author, { net: type === 'genesis' ? null : this.net, type, seq, prev, time, via, body });
    this.heads.set(toBase64Url(author.signing.publicKey), { seq, id: signed.id });
    this.entries.push(signed);
    return signed;
  }
}

/**
 * Signs any payload at all (a hostile author's): the fields array as given, encoded
 * canonically, signed for network `net`. Returns the wire bytes and their id.
 */
export function signPayload(
  author: Identity,
  net: Uint8Array | null,
  fields: unknown[],
): { bytes: Uint8Array; id: string } {
  const payload = encodeCanonical(fields);
  return signRawPayload(author, net, payload);
}

/** Signs payload bytes exactly as given (canonical or not). */
export function signRawPayload(
  author: Identity,
  net: Uint8Array | null,
  payload: Uint8Array,
): { bytes: Uint8Array; id: string } {
  const sig = sign(signedMessage(net, payload), author.signing.secretKey);
  const bytes = new Uint8Array(signatureLength + payload.length);
  bytes.set(sig);
  bytes.set(payload, signatureLength);
  return { bytes, id: toBase64Url(entryId(bytes)) };
}

export function keyOf(identity: Identity): string {
  return toBase64Url(identity.signing.publicKey);
}

export function idOf(entry: SignedEntry): string {
  return toBase64Url(entry.id);
}

/** A plain, comparable picture of a state: for checking that two derivations agree. */
export function snapshot(state: NetworkState): unknown {
  const sorted = <V>(map: Map<string, V>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.parse(
    JSON.stringify(
      {
        network: state.network,
        founder: state.founder,
        members: sorted(state.members).map(([k, m]) => [k, { ...m, roles: [...m.roles].sort(), join: null }]),
        devices: sorted(state.devices).map(([k, d]) => [
          k,
          { ...d, windows: d.windows.map((w) => [w.start && [...w.start].sort(), w.end && [...w.end].sort()]) },
        ]),
        posts: sorted(state.posts),
        hidden: sorted(state.hiddenPosts),
        transfers: sorted(state.transfers),
        reversals: sorted(state.reversals),
        paid: sorted(state.paid),
        messages: sorted(state.messages).map(([k, m]) => [k, { ...m, sealed: null }]),
        matches: sorted(state.matchDecisions),
        proposals: sorted(state.proposals),
        confirmations: sorted(state.confirmations),
        thanks: sorted(state.thanks),
        groupRecords: sorted(state.groupRecords),
        partAnswers: sorted(state.partAnswers),
        movedParts: [...state.movedParts].sort(),
        thanksShown: sorted(state.thanksShown),
        activities: sorted(state.activities).map(([k, a]) => [
          k,
          { ...a, signUps: sorted(a.signUps), came: sorted(a.came), payments: sorted(a.payments) },
        ]),
        activityApprovals: sorted(state.activityApprovals),
        activitiesCalledOff: sorted(state.activitiesCalledOff),
        cameFor: sorted(state.cameFor).map(([k, said]) => [k, sorted(said)]),
        plans: sorted(state.plans).map(([k, p]) => [
          k,
          {
            ...p,
            pledges: sorted(p.pledges).map(([id, pledge]) => [id, { ...pledge, entry: null }]),
            outcome: {
              ...p.outcome,
              votes: sorted(p.outcome.votes),
              out: sorted(p.outcome.out),
              in: sorted(p.outcome.in),
              verdicts: sorted(p.outcome.verdicts),
            },
          },
        ]),
        planActs: sorted(state.planActs).map(([k, acts]) => [k, acts.map((act) => ({ ...act, entry: null }))]),
        pot: state.pot,
        epochs: state.epochs.map((e) => [e.epoch, e.author, e.secrets.length]),
        forks: sorted(state.forks),
        heads: sorted(state.heads),
        chain: sorted(state.chain),
        authorityHeads: [...state.authorityHeads].sort(),
        acts: state.acts.map((act) => act.id),
        applied: [...state.applied.keys()].sort(),
        rejected: sorted(state.rejected),
      },
      (_key, value) => (value instanceof Uint8Array ? toBase64Url(value) : value),
    ),
  );
}

/** The body of an entry known to be of this type. */
export function bodyOf<T extends EntryType>(signed: SignedEntry, type: T): Bodies[T] {
  if (signed.entry.type !== type) throw new Error(`expected ${type}, got ${signed.entry.type}`);
  return signed.entry.body as Bodies[T];
}

/** A nonce that does not do the work: what a flood sends. Found, not assumed (a random one passes now and then). */
export function failingJoinWork(network: TestNetwork, author: Identity): Uint8Array {
  const bits = (network.genesis.entry.body as Bodies['genesis']).joinWork;
  const work = new Uint8Array(8);
  for (let n = 0; ; n++) {
    work[7] = n & 0xff;
    work[6] = n >> 8;
    if (!hasJoinWork(network.netId, author.signing.publicKey, { boxKey: author.box.publicKey, work }, bits))
      return work;
  }
}
