// Step 3 of the rules, one entry at a time: entries that change who may do what, and the
// acts only a coordinator may do. Each is judged against the state built so far, in the
// causal order of src/core/state/authorityOrder.ts, so rights are judged at the time of
// the act: revoking a coordinator later does not undo what they did before. Who may write
// is checked here, the same for every type; what each type checks and changes is in its
// rule (src/core/rules/<type>.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import { ruleOf } from '../rules/entryRules.ts';
import { hasRole, writerOf } from './membership.ts';
import type { EntryIdText, MemberKey, NetworkState, Rejection, VerifiedEntry } from './NetworkState.ts';

export function applyAuthority(
  state: NetworkState,
  item: VerifiedEntry,
  joins: ReadonlyMap<EntryIdText, VerifiedEntry>,
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

  const writer = writerOf(state, author, item.idText);
  if (typeof writer === 'string') return writer;
  if (writer.member.status !== 'admitted') return 'suspended';
  const written = { ...at, member: writer.member, joins };
  // A member's own devices.
  if (rule.kind === 'authority' && rule.writer === 'member') return rule.act(state, entry, written);

  // Everything else is a coordinator's.
  if (!hasRole(writer.member, 'coordinator')) return 'not-coordinator';
  if (rule.kind !== 'authority') return 'malformed';
  const rejection = rule.act(state, entry, written);
  if (rejection === null) recordAct(state, item, writer.member.key);
  return rejection;
}

function recordAct(state: NetworkState, item: VerifiedEntry, by: MemberKey): void {
  const entry = item.entry as AnyEntry;
  const body = entry.body as Record<string, unknown>;
  const about = ['member', 'post', 'transfer', 'to', 'device'].find((field) => Object.hasOwn(body, field));
  const aboutValue = about ? body[about] : null;
  state.acts.push({
    id: item.idText,
    type: entry.type,
    by,
    about: aboutValue instanceof Uint8Array ? toBase64Url(aboutValue) : null,
    reason: typeof body.reason === 'string' ? body.reason : '',
    time: entry.time,
  });
}
