// A removed member stays removed (protocol v3, §4.4). Step 3 of the rules: every authority
// entry is judged in causal order (authorityOrder.ts) against the state so far
// (applyAuthority.ts), but whether an act may count next to a removal of its author is
// decided here, from causal pasts alone, never from claimed times or seniority:
//
//  - A removal (a suspension or coordinator revocation of a member, a move of a member away
//    from their old devices, a device's removal) is *effective* when it is valid judged
//    against the state of its own causal past.
//  - An act counts only if, for every standing removal of its writer, either the act is in
//    the removal's past (the remover had seen it) or the removal is in the act's past (and
//    then the ordinary checks apply). An act concurrent with it never counts.
//  - Removals decide between them which stand. One removal *challenges* another when they
//    are concurrent and the first removes the other's writer, unless the other removes the
//    first's writer too (two who remove each other: both stand). A challenged removal falls
//    when one of its challengers stands; it stands when all its challengers fall; in a ring
//    that neither settles, all stand. A removal that stands takes effect by the rights its
//    author had in its own past.
import { toBase64Url } from '../encoding/base64url.ts';
import type { EntryType } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { type AuthorityContext, applyAuthority } from './applyAuthority.ts';
import { type AuthorityGraph, buildAuthorityGraph, runInCausalOrder } from './authorityOrder.ts';
import { type EntryIdText, emptyState, type NetworkState, type Rejection, type VerifiedEntry } from './NetworkState.ts';

/** What a removal takes away, and from whom. */
interface Removal {
  kind: 'suspend' | 'revoke' | 'move' | 'device';
  /** The member it concerns (suspend, revoke, move), or the device it retires (device). */
  target: string;
  /** For a move: the member's new device, which it does not stop. */
  keeps: string | null;
}

/** Who wrote an entry: the device, and the member it writes for. */
interface Writer {
  device: string;
  member: string;
}

/** Judges the chained authority entries into `state` (step 3 of deriveState). */
export function judgeAuthority(
  state: NetworkState,
  chained: readonly VerifiedEntry[],
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
): void {
  new StrongRemoval(state, buildAuthorityGraph(state, chained), joins).judge(state, null);
}

class StrongRemoval {
  private readonly removals = new Map<EntryIdText, Removal>();
  /** Removals concurrent with nothing: the state before them is their own past's, so they are judged as any act. */
  private readonly isolated = new Set<EntryIdText>();
  /** The other removals, judged in their own past: the rejection there, and who wrote them. */
  private readonly ownPast = new Map<EntryIdText, { rejection: Rejection | null; writer: Writer | null }>();

  private readonly graph: AuthorityGraph;
  private readonly joins: ReadonlyMap<EntryIdText, VerifiedEntry>;

  constructor(state: NetworkState, graph: AuthorityGraph, joins: ReadonlyMap<EntryIdText, VerifiedEntry>) {
    this.graph = graph;
    this.joins = joins;
    for (const [id, node] of graph.nodes) {
      const removal = removalOf(node.item.entry as AnyEntry);
      if (!removal) continue;
      this.removals.set(id, removal);
      if (graph.pastOf(id).size + graph.futureOf(id).size - 1 === graph.nodes.size) this.isolated.add(id);
    }
    // Each judged in its own past, earlier ones first: a removal's past holds only removals with a smaller past.
    const open = [...this.removals.keys()].filter((id) => !this.isolated.has(id));
    open.sort((a, b) => graph.pastOf(a).size - graph.pastOf(b).size || (a < b ? -1 : a > b ? 1 : 0));
    for (const id of open) {
      const past = new Set(graph.pastOf(id));
      past.delete(id);
      const before: NetworkState = { ...emptyState(state.networkId), chain: state.chain, heads: state.heads };
      this.judge(before, past);
      const item = (graph.nodes.get(id) as { item: VerifiedEntry }).item;
      const rejection = applyAuthority(before, item, joins, this.context);
      this.ownPast.set(id, { rejection, writer: writerIn(before, item) });
    }
  }

  /** Judges the entries of `only` (a set closed under causal pasts), or all, into `state`. */
  judge(state: NetworkState, only: ReadonlySet<EntryIdText> | null): void {
    const standing = this.standing(only);
    runInCausalOrder(state, this.graph, only, (item) => this.judgeOne(state, item, standing));
  }

  private judgeOne(state: NetworkState, item: VerifiedEntry, standing: ReadonlySet<EntryIdText>): Rejection | null {
    const id = item.idText;
    const judged = this.ownPast.get(id);
    if (judged) {
      if (judged.rejection) return judged.rejection;
      if (!standing.has(id)) return this.fallsBecause(id, standing);
      const mutual = [...standing].some((other) => this.challenges(other, id, true));
      return applyAuthority(state, item, this.joins, { ...this.context, rightsJudged: true, mutual });
    }
    const writer = writerIn(state, item);
    if (writer) {
      for (const removal of standing) {
        const what = this.removals.get(removal) as Removal;
        if (removes(what, writer, item.entry.type) && this.graph.concurrent(id, removal)) {
          return what.kind === 'revoke' ? 'not-coordinator' : 'suspended';
        }
      }
    }
    return applyAuthority(state, item, this.joins, this.context);
  }

  private readonly context: AuthorityContext = {
    inPast: (earlier, later) => this.graph.pastOf(later).has(earlier),
  };

  /**
   * The effective removals (of `only`) that stand. Each is challenged by the effective,
   * concurrent removals of its writer that it does not answer in kind; labelled from those
   * with no standing challenger up. What a ring leaves open stands.
   */
  private standing(only: ReadonlySet<EntryIdText> | null): Set<EntryIdText> {
    const effective = [...this.ownPast].filter(
      ([id, judged]) => judged.rejection === null && (only === null || only.has(id)),
    );
    const challengers = new Map<EntryIdText, EntryIdText[]>();
    for (const [id] of effective) {
      challengers.set(
        id,
        effective.map(([other]) => other).filter((other) => this.challenges(other, id, false)),
      );
    }
    const stands = new Set<EntryIdText>();
    const falls = new Set<EntryIdText>();
    let changed = true;
    while (changed) {
      changed = false;
      for (const [id, against] of challengers) {
        if (stands.has(id) || falls.has(id)) continue;
        if (against.some((other) => stands.has(other))) falls.add(id);
        else if (against.every((other) => falls.has(other))) stands.add(id);
        else continue;
        changed = true;
      }
    }
    return new Set([...challengers.keys()].filter((id) => !falls.has(id)));
  }

  /**
   * Does removal `by` remove the writer of removal `of`, concurrently? With `mutual` false:
   * and `of` does not remove `by`'s writer in turn (a challenge). With `mutual` true: and it
   * does (two removals of each other).
   */
  private challenges(by: EntryIdText, of: EntryIdText, mutual: boolean): boolean {
    if (by === of) return false;
    const byWriter = this.ownPast.get(by)?.writer;
    const ofWriter = this.ownPast.get(of)?.writer;
    if (!byWriter || !ofWriter || !this.graph.concurrent(by, of)) return false;
    const type = (id: EntryIdText) => this.graph.nodes.get(id)?.item.entry.type as EntryType;
    if (!removes(this.removals.get(by) as Removal, ofWriter, type(of))) return false;
    return removes(this.removals.get(of) as Removal, byWriter, type(by)) === mutual;
  }

  private fallsBecause(id: EntryIdText, standing: ReadonlySet<EntryIdText>): Rejection {
    const against = [...standing].find((other) => this.challenges(other, id, false));
    return against && this.removals.get(against)?.kind === 'revoke' ? 'not-coordinator' : 'suspended';
  }
}

function removalOf(entry: AnyEntry): Removal | null {
  switch (entry.type) {
    case 'suspend':
      return { kind: 'suspend', target: toBase64Url(entry.body.member), keeps: null };
    case 'revoke-role':
      return entry.body.role === 'coordinator'
        ? { kind: 'revoke', target: toBase64Url(entry.body.member), keeps: null }
        : null;
    case 'move-member':
      return { kind: 'move', target: toBase64Url(entry.body.member), keeps: toBase64Url(entry.body.device) };
    case 'device-remove':
      return { kind: 'device', target: toBase64Url(entry.body.device), keeps: null };
    default:
      return null;
  }
}

/** Entries a member writes for themselves; everything else needs the coordinator role. */
const memberActs: ReadonlySet<EntryType> = new Set<EntryType>(['device-add', 'device-remove', 'vouch']);

/** Does this removal take away the right to write an entry of this type, by this writer? */
function removes(removal: Removal, writer: Writer, type: EntryType): boolean {
  switch (removal.kind) {
    case 'suspend':
      return writer.member === removal.target;
    case 'revoke':
      return writer.member === removal.target && !memberActs.has(type);
    case 'move':
      return writer.member === removal.target && writer.device !== removal.keeps;
    case 'device':
      return writer.device === removal.target;
  }
}

function writerIn(state: NetworkState, item: VerifiedEntry): Writer | null {
  const device = toBase64Url(item.entry.author);
  const member = state.devices.get(device)?.member;
  return member === undefined ? null : { device, member };
}
