// Builds histories of a network for tests: real keys, real signatures, real chains.
import { toBase64Url } from '../../../src/core/encoding/base64url.ts';
import type { Bodies, EntryType, PostFields } from '../../../src/core/entry/bodies.ts';
import { type SignedEntry, signEntry } from '../../../src/core/entry/Entry.ts';
import { type Identity, newIdentity } from '../../../src/core/Identity.ts';
import { Ledger } from '../../../src/core/Ledger.ts';
import { genesisSealNet, sealJoinDetails, sealRoomSecret } from '../../../src/core/sealing.ts';
import type { NetworkState } from '../../../src/core/state/NetworkState.ts';

export const startTime = Date.UTC(2026, 0, 5, 9, 0);

export class TestNetwork {
  readonly founder = newIdentity();
  readonly entries: SignedEntry[] = [];
  readonly roomSecret = crypto.getRandomValues(new Uint8Array(32));
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
      boxKey: this.founder.box.publicKey,
      secret: sealRoomSecret(this.roomSecret, [this.founder.box.publicKey], genesisSealNet, 0),
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
  write<T extends EntryType>(author: Identity, type: T, body: Bodies[T], time = this.tick()): SignedEntry {
    return this.signNext(author, type, body, time);
  }

  /** Signs an entry with whatever chain position and network the test wants (no bookkeeping). */
  forge<T extends EntryType>(
    author: Identity,
    type: T,
    body: Bodies[T],
    fields: { seq: number; prev: Uint8Array | null; time?: number; net?: Uint8Array | null },
  ): SignedEntry {
    return signEntry(author, {
      net: fields.net === undefined ? this.net : fields.net,
      type,
      seq: fields.seq,
      prev: fields.prev,
      time: fields.time ?? this.tick(),
      body,
    });
  }

  /** The author's next chain position. */
  next(author: Identity): { seq: number; prev: Uint8Array | null } {
    const head = this.heads.get(toBase64Url(author.signing.publicKey));
    return { seq: (head?.seq ?? 0) + 1, prev: head?.id ?? null };
  }

  join(name: string, newcomer = newIdentity()): { identity: Identity; join: SignedEntry } {
    const join = this.write(newcomer, 'join', {
      boxKey: newcomer.box.publicKey,
      sealed: sealJoinDetails(
        { name, area: 'Oosterpark', offers: ['boodschappen'], words: '', languages: ['nl'], note: '', contact: '' },
        [this.founder.box.publicKey],
        this.net,
        newcomer.signing.publicKey,
      ),
    });
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

  post(author: Identity, fields: Partial<PostFields> = {}): SignedEntry {
    return this.write(author, 'post', {
      kind: 'request',
      title: 'Iemand die mee wil naar de huisarts',
      text: 'Donderdagochtend, een uurtje.',
      category: 'meegaan',
      area: 'Oosterpark',
      minutes: 60,
      expires: this.clock + 90 * 24 * 3600 * 1000,
      viaCoordinator: false,
      ...fields,
    });
  }

  transfer(payer: Identity, to: Identity, minutes: number, what = 'Boodschappen gedaan'): SignedEntry {
    return this.write(payer, 'transfer', { to: to.signing.publicKey, minutes, what, post: null, proposal: null });
  }

  records(entries: readonly SignedEntry[] = this.entries): [string, Uint8Array][] {
    return entries.map((e) => [toBase64Url(e.id), e.bytes]);
  }

  async ledger(entries: readonly SignedEntry[] = this.entries, now = this.clock + 1000): Promise<Ledger> {
    const ledger = new Ledger(this.netId, () => now);
    await ledger.add(this.records(entries));
    return ledger;
  }

  async state(entries: readonly SignedEntry[] = this.entries): Promise<NetworkState> {
    return (await this.ledger(entries)).state;
  }

  private signNext<T extends EntryType>(author: Identity, type: T, body: Bodies[T], time = this.tick()): SignedEntry {
    const { seq, prev } = this.next(author);
    const signed = signEntry(author, { net: type === 'genesis' ? null : this.net, type, seq, prev, time, body });
    this.heads.set(toBase64Url(author.signing.publicKey), { seq, id: signed.id });
    this.entries.push(signed);
    return signed;
  }
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
        network: state.network?.name,
        founder: state.founder,
        members: sorted(state.members).map(([k, m]) => [k, { ...m, roles: [...m.roles].sort(), join: null }]),
        posts: sorted(state.posts),
        hidden: sorted(state.hiddenPosts),
        transfers: sorted(state.transfers),
        reversals: sorted(state.reversals),
        messages: sorted(state.messages).map(([k, m]) => [k, { ...m, sealed: null }]),
        matches: sorted(state.matchDecisions),
        proposals: sorted(state.proposals),
        confirmations: [...state.confirmations].sort(),
        thanks: sorted(state.thanks),
        pot: state.pot,
        epochs: state.epochs.map((e) => [e.epoch, e.author, e.secrets.length]),
        forks: sorted(state.forks),
        heads: sorted(state.heads),
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
