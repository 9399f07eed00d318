// The list of coordinator acts (state.acts) that the audit page shows: what each act was
// about, by whom, why. Written by applyAuthority.ts for every coordinator's act, and by a
// vouch that makes a member coordinator (src/core/rules/vouch.ts).
import { toBase64Url } from '../encoding/base64url.ts';
import type { AnyEntry } from '../entry/Entry.ts';
import type { EntryIdText, MemberKey, NetworkState } from './NetworkState.ts';

export function recordAct(state: NetworkState, id: EntryIdText, entry: AnyEntry, by: MemberKey): void {
  const body = entry.body as Record<string, unknown>;
  const about = ['member', 'post', 'transfer', 'to', 'device', 'activity', 'plan'].find((field) =>
    Object.hasOwn(body, field),
  );
  const aboutValue = about ? body[about] : null;
  state.acts.push({
    id,
    type: entry.type,
    by,
    about: aboutValue instanceof Uint8Array ? toBase64Url(aboutValue) : null,
    reason: typeof body.reason === 'string' ? body.reason : '',
    time: entry.time,
  });
}
