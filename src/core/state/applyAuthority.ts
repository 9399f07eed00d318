// Step 3 of the rules, one entry at a time: entries that change who may do what, and the
// acts only a coordinator may do. Each is judged against the state built so far, in the
// causal order of src/core/state/authorityOrder.ts, so rights are judged at the time of
// the act: revoking a coordinator later does not undo what they did before. Whether an
// act counts at all next to a removal of its author is decided first (strongRemoval.ts).
// Who may write is checked here, the same for every type; what each type checks and
// changes is in its rule (src/core/rules/<type>.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { ruleOf } from '../rules/entryRules.ts';
import { hasRole, inKeptWindow, memberOf, writerOf } from './membership.ts';
import type { Device, EntryIdText, Member, NetworkState, VerifiedEntry } from './NetworkState.ts';
import type { Rejection } from './Rejection.ts';
import { recordAct } from './recordAct.ts';

/** What the judge of strongRemoval.ts knows beyond the state. */
export interface AuthorityContext {
  /**
   * A removal whose author's rights were judged in its own causal past: here only what it
   * does is judged (its author may have lost those rights to a removal it had not seen).
   */
  rightsJudged?: boolean;
  /** It removes someone who removed its author at the same time: both stand, even the last coordinator or device. */
  mutual?: boolean;
  /** Is `earlier` in the causal past of `later`? (Vouches count only those their deciding vouch had seen.) */
  inPast?: (earlier: EntryIdText, later: EntryIdText) => boolean;
  /** Device keys claimed by more than a bare word, and for whom (deviceClaims.ts). */
  claimed?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Checkpoint entries found false (src/core/checkpoint/falseCheckpoint.ts): they end their signer's roles. */
  falseCheckpoints?: ReadonlySet<EntryIdText>;
}

export function applyAuthority(
  state: NetworkState,
  item: VerifiedEntry,
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
  context: AuthorityContext = {},
): Rejection | null {
  const entry = item.entry as AnyEntry;
  const author = toBase64Url(entry.author);
  const rule = ruleOf(entry.type);
  const at = { id: item.idText, author };

  // chainEntries let through only the genesis whose id is the network's.
  if (rule.kind === 'authority' && rule.writer === 'founder') return rule.act(state, entry, at);
  if (!state.network) return 'not-member';
  // A join request is by someone who is not a member yet.
  if (rule.kind === 'authority' && rule.writer === 'newcomer') return rule.act(state, entry, at);

  let member: Member;
  if (context.rightsJudged) {
    const known = memberOf(state, author);
    if (!known) return 'not-member';
    member = known;
  } else {
    let writer = writerOf(state, author, item.idText);
    if (writer === 'suspended' && rule.kind === 'authority' && rule.writer === 'coordinator') {
      writer = retiredCoordinator(state, author, item.idText, context) ?? writer;
    }
    if (typeof writer === 'string') return writer;
    if (writer.member.status !== 'admitted') return 'suspended';
    member = writer.member;
  }
  const written = {
    ...at,
    member,
    joins,
    mutual: context.mutual === true,
    inPast: context.inPast ?? (() => false),
    claimed: context.claimed ?? new Map<string, ReadonlySet<string>>(),
    falseCheckpoint: (id: EntryIdText) => context.falseCheckpoints?.has(id) === true,
  };
  // A member's own devices and voice.
  if (rule.kind === 'authority' && rule.writer === 'member') return rule.act(state, entry, written);

  // Everything else is a coordinator's.
  if (!context.rightsJudged && !hasRole(member, 'coordinator')) return 'not-coordinator';
  if (rule.kind !== 'authority') return 'malformed';
  const rejection = rule.act(state, entry, written);
  if (rejection === null) recordAct(state, item.idText, entry, member.key);
  return rejection;
}

/**
 * A coordinator's act of a device its own member retired, past the member's cut: it counts
 * when it lies in the device's kept window (Device.kept: no coordinator's cut ended it) and
 * had not seen the retirement. The member's retirement says "this device is gone from now";
 * it must not take back an admission or a grant the device gave before. What the device
 * writes having seen its retirement is its future, and does not count.
 */
function retiredCoordinator(
  state: NetworkState,
  author: string,
  id: EntryIdText,
  context: AuthorityContext,
): { device: Device; member: Member } | null {
  const device = state.devices.get(author);
  const member = device ? state.members.get(device.member) : undefined;
  if (!device?.kept || member?.status !== 'admitted' || !inKeptWindow(state, device, id)) return null;
  const afterRetirement = context.inPast?.(device.kept.retiredBy, id) ?? true;
  return afterRetirement ? null : { device, member };
}
