// A coordinator ends a link (protocol-links.md §6): our `link-end` names our attestation
// heads as `last`, so of ours only what was attested up to now counts, and the peer's
// devices stop attesting once it crosses. Nothing counted is undone; both clearing
// accounts stay, shown as what each neighbourhood has from or owes the other.
import { idFromText } from '../../core/encoding/base64url.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { LinkHost } from './LinkCommands.ts';

/** The most a reason may say (the body's limit). */
export const maxEndReason = 500;

export function endLink(
  host: Pick<LinkHost, 'memberState' | 'write'>,
  link: string,
  reason: string,
): Promise<WriteResult> {
  const state = host.memberState;
  if (!state) return Promise.resolve(failed('no-member-room'));
  const found = state.links.get(link);
  if (!found) return Promise.resolve({ ok: false, problem: 'rule', rule: 'no-link' });
  // Ended already (another tab, another coordinator): not twice.
  if (found.ended.own) return Promise.resolve(failed('not-needed'));
  return host.write('link-end', {
    link: idFromText(link),
    last: found.heads.own.map(idFromText),
    reason: reason.trim().slice(0, maxEndReason),
  });
}
