// A removed member stays removed (protocol v3, §4.4). Step 3 of the rules: every authority
// entry is judged in causal order (authorityOrder.ts) against the state so far
// (applyAuthority.ts), but whether an act may count next to a removal of its author is
// decided here, from causal pasts alone, never from claimed times or seniority:
//
//  - A removal (a suspension or coordinator revocation of a member, a move of a member away
//    from their old devices, a device's removal) is *contested* when an authority entry
//    concurrent with it is written by someone it removes (a device ever claimed for the
//    member). A contested removal is *effective* when it is valid judged against the state
//    of its own causal past alone (derived again, with these same rules).
//  - Contested removals decide between them which stand. One *challenges* another when it
//    removes the other's writer, unless the other removes its writer too (two who remove
//    each other: both stand). A removal falls when one of its challengers stands, stands
//    when all of them fall; when only rings of challenges are left undecided, the removals
//    on a ring stand, and it goes on. A standing removal takes effect by the rights its
//    author had in its own past.
//  - Any other act (and an uncontested removal) counts only if no standing removal of its
//    writer is concurrent with it: the remover had seen it, or it had seen the removal
//    (and then the ordinary checks apply). Such an act never counts, whatever it names.
import { toBase64Url } from '../encoding/base64url.ts';
import type { EntryType } from '../entry/bodies.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { type AuthorityContext, applyAuthority } from './applyAuthority.ts';
import { type AuthorityGraph, buildAuthorityGraph } from './authorityGraph.ts';
import { runInCausalOrder } from './authorityOrder.ts';
import { strongClaims } from './deviceClaims.ts';
import { emptyState } from './emptyState.ts';
import type { EntryIdText, NetworkState, VerifiedEntry } from './NetworkState.ts';
import type { Rejection } from './Rejection.ts';
import { type Removal, removalOf, removes, type Writer, writerIn } from './removal.ts';

/** Judges the chained authority entries into `state` (step 3 of deriveState). */
export function judgeAuthority(
  state: NetworkState,
  chained: readonly VerifiedEntry[],
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
  falseCheckpoints: ReadonlySet<EntryIdText> = new Set(),
): void {
  new StrongRemoval(state, buildAuthorityGraph(state, chained), joins, falseCheckpoints).judge(state, null);
}

class StrongRemoval {
  /**
   * The contested removals: those concurrent with an authority entry written by someone
   * they remove. Only these can take away an act or fall to another removal; any other
   * removal is judged as any act.
   */
  private readonly removals = new Map<EntryIdText, Removal>();
  /** The contested removals, judged in their own past: the rejection there, and who wrote them. */
  private readonly ownPast = new Map<EntryIdText, { rejection: Rejection | null; writer: Writer | null }>();
  /** For each effective removal, the effective removals that challenge it, and those it removes each other with. */
  private readonly challengers = new Map<EntryIdText, EntryIdText[]>();
  private readonly mutuals = new Map<EntryIdText, EntryIdText[]>();

  private readonly graph: AuthorityGraph;
  private readonly joins: ReadonlyMap<EntryIdText, VerifiedEntry>;

  constructor(
    state: NetworkState,
    graph: AuthorityGraph,
    joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
    falseCheckpoints: ReadonlySet<EntryIdText>,
  ) {
    this.graph = graph;
    this.joins = joins;
    const start = state.checkpoint;
    this.context = {
      // What a checkpoint's frontier holds (a voice) is in the past of everything after it.
      inPast: (earlier, later) =>
        this.graph.pastOf(later).has(earlier) || (start !== undefined && !this.graph.nodes.has(earlier)),
      claimed: strongClaims(
        state.networkId,
        [...graph.nodes.values()].map((node) => node.item),
      ),
      falseCheckpoints,
    };
    const claimed = claimedDevices(graph, state);
    for (const [id, node] of graph.nodes) {
      const removal = falseCheckpoints.has(id)
        ? { kind: 'revoke' as const, target: ownerOf(graph, state, node.author), keeps: null }
        : removalOf(node.item.entry as AnyEntry);
      if (!removal) continue;
      const devices = removal.kind === 'device' ? [removal.target] : claimed(removal.target);
      const contested = devices.some((device) =>
        (graph.byAuthor.get(device) ?? []).some((act) => {
          const writer = { device, member: removal.kind === 'device' ? '' : removal.target };
          const type = graph.nodes.get(act)?.item.entry.type as EntryType;
          return removes(removal, writer, type) && graph.concurrent(act, id);
        }),
      );
      if (contested) this.removals.set(id, removal);
    }
    // Each judged in its own past, earlier ones first: a removal's past holds only removals with a smaller past.
    const open = [...this.removals.keys()];
    open.sort((a, b) => graph.pastOf(a).size - graph.pastOf(b).size || (a < b ? -1 : a > b ? 1 : 0));
    for (const id of open) {
      const past = new Set(graph.pastOf(id));
      past.delete(id);
      const before: NetworkState = {
        ...(start ? start.fresh() : emptyState(state.networkId)),
        chain: state.chain,
        heads: state.heads,
      };
      this.judge(before, past);
      const item = (graph.nodes.get(id) as { item: VerifiedEntry }).item;
      const rejection = applyAuthority(before, item, joins, this.context);
      this.ownPast.set(id, { rejection, writer: writerIn(before, item) });
      if (rejection === null) this.relate(id);
    }
  }

  /** Judges the entries of `only` (a set closed under causal pasts), or all, into `state`. */
  judge(state: NetworkState, only: ReadonlySet<EntryIdText> | null): void {
    const standing = this.standing(only);
    const byTarget = new Map<string, EntryIdText[]>();
    for (const id of standing) {
      const { target } = this.removals.get(id) as Removal;
      byTarget.set(target, [...(byTarget.get(target) ?? []), id]);
    }
    runInCausalOrder(state, this.graph, only, (item) => this.judgeOne(state, item, standing, byTarget));
  }

  private judgeOne(
    state: NetworkState,
    item: VerifiedEntry,
    standing: ReadonlySet<EntryIdText>,
    byTarget: ReadonlyMap<string, EntryIdText[]>,
  ): Rejection | null {
    const id = item.idText;
    const judged = this.ownPast.get(id);
    if (judged) {
      if (judged.rejection) return judged.rejection;
      if (!standing.has(id)) return this.fallsBecause(id, standing);
      const mutual = (this.mutuals.get(id) ?? []).some((other) => standing.has(other));
      return applyAuthority(state, item, this.joins, { ...this.context, rightsJudged: true, mutual });
    }
    const writer = writerIn(state, item);
    if (writer) {
      // A member's key is also their first device's: a removal may be found under both.
      for (const removal of [...(byTarget.get(writer.member) ?? []), ...(byTarget.get(writer.device) ?? [])]) {
        const what = this.removals.get(removal) as Removal;
        if (removes(what, writer, item.entry.type) && this.graph.concurrent(id, removal)) {
          return what.kind === 'revoke' ? 'not-coordinator' : 'suspended';
        }
      }
    }
    return applyAuthority(state, item, this.joins, this.context);
  }

  private readonly context: AuthorityContext;

  /**
   * The effective removals (of `only`) that stand. Each is challenged by the effective,
   * concurrent removals of its writer that it does not answer in kind; labelled from those
   * with no standing challenger up. What a ring leaves open stands.
   */
  private standing(only: ReadonlySet<EntryIdText> | null): Set<EntryIdText> {
    const inScope = (id: EntryIdText) => only === null || only.has(id);
    const against = new Map<EntryIdText, EntryIdText[]>();
    for (const [id, judged] of this.ownPast) {
      if (judged.rejection === null && inScope(id)) against.set(id, (this.challengers.get(id) ?? []).filter(inScope));
    }
    const stands = new Set<EntryIdText>();
    const falls = new Set<EntryIdText>();
    const open = () => [...against.keys()].filter((id) => !stands.has(id) && !falls.has(id));
    for (;;) {
      let changed = true;
      while (changed) {
        changed = false;
        for (const id of open()) {
          const others = against.get(id) as EntryIdText[];
          if (others.some((other) => stands.has(other))) falls.add(id);
          else if (others.every((other) => falls.has(other))) stands.add(id);
          else continue;
          changed = true;
        }
      }
      // What is left is challenged only by what is left: those on a ring of challenges stand, and on it goes.
      const left = open();
      if (left.length === 0) break;
      const undecided = new Set(left);
      for (const id of left) if (onRing(id, against, undecided)) stands.add(id);
    }
    return stands;
  }

  /** Records how a newly effective removal stands to the effective removals before it in the order of pasts. */
  private relate(id: EntryIdText): void {
    const add = (map: Map<EntryIdText, EntryIdText[]>, of: EntryIdText, by: EntryIdText) =>
      map.set(of, [...(map.get(of) ?? []), by]);
    for (const [other, judged] of this.ownPast) {
      if (other === id || judged.rejection !== null) continue;
      for (const [by, of] of [
        [id, other],
        [other, id],
      ] as const) {
        const relation = this.relation(by, of);
        if (relation === 'challenge') add(this.challengers, of, by);
        if (relation === 'mutual') add(this.mutuals, of, by);
      }
    }
  }

  /** How removal `by` stands to removal `of` (both judged in their own past): it challenges it, they remove each other, or neither. */
  private relation(by: EntryIdText, of: EntryIdText): 'challenge' | 'mutual' | null {
    if (by === of) return null;
    const byWriter = this.ownPast.get(by)?.writer;
    const ofWriter = this.ownPast.get(of)?.writer;
    if (!byWriter || !ofWriter || !this.graph.concurrent(by, of)) return null;
    const type = (id: EntryIdText) => this.graph.nodes.get(id)?.item.entry.type as EntryType;
    if (!removes(this.removals.get(by) as Removal, ofWriter, type(of))) return null;
    return removes(this.removals.get(of) as Removal, byWriter, type(by)) ? 'mutual' : 'challenge';
  }

  private fallsBecause(id: EntryIdText, standing: ReadonlySet<EntryIdText>): Rejection {
    const against = (this.challengers.get(id) ?? []).find((other) => standing.has(other));
    return against && this.removals.get(against)?.kind === 'revoke' ? 'not-coordinator' : 'suspended';
  }
}

/** Can `id` reach itself through challengers among `among`? */
function onRing(id: EntryIdText, against: ReadonlyMap<EntryIdText, EntryIdText[]>, among: ReadonlySet<EntryIdText>) {
  const seen = new Set<EntryIdText>();
  const stack = [...(against.get(id) ?? [])];
  while (stack.length) {
    const at = stack.pop() as EntryIdText;
    if (at === id) return true;
    if (seen.has(at) || !among.has(at)) continue;
    seen.add(at);
    stack.push(...(against.get(at) ?? []));
  }
  return false;
}

/**
 * Every device ever claimed for a member, whether the claim counts or not: their own key,
 * what a device of theirs added, what a move gave them. Deciding which removals are
 * contested from claims keeps that question free of the state.
 */
function claimedDevices(graph: AuthorityGraph, state: NetworkState): (member: string) => string[] {
  const added = new Map<string, string[]>();
  // After a checkpoint, the devices its state gives each member (§4.8).
  if (state.checkpoint) for (const member of state.members.values()) added.set(member.key, [...member.devices]);
  const add = (from: string, device: string) => added.set(from, [...(added.get(from) ?? []), device]);
  for (const node of graph.nodes.values()) {
    const entry = node.item.entry as AnyEntry;
    if (entry.type === 'device-add') add(node.author, toBase64Url(entry.body.device));
    if (entry.type === 'move-member') add(toBase64Url(entry.body.member), toBase64Url(entry.body.device));
  }
  return (member) => {
    const found = new Set([member]);
    const stack = [member];
    while (stack.length) {
      for (const device of added.get(stack.pop() as string) ?? []) {
        if (!found.has(device)) {
          found.add(device);
          stack.push(device);
        }
      }
    }
    return [...found];
  };
}

/** The member a device was claimed for (its own key if none claimed it): whose roles a false checkpoint of it ends. */
function ownerOf(graph: AuthorityGraph, state: NetworkState, device: string, passed = new Set<string>()): string {
  const known = state.devices.get(device)?.member;
  if (known || passed.has(device)) return known ?? device;
  passed.add(device);
  for (const node of graph.nodes.values()) {
    const entry = node.item.entry as AnyEntry;
    if (entry.type === 'device-add' && toBase64Url(entry.body.device) === device)
      return ownerOf(graph, state, node.author, passed);
    if (entry.type === 'move-member' && toBase64Url(entry.body.device) === device)
      return toBase64Url(entry.body.member);
  }
  return device;
}
